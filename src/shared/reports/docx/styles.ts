/**
 * The named paragraph styles of a Word report (docs/architecture.md trap 7: fonts set per script,
 * named styles), written into styles.xml: title, subtitle and meta lines, the three heading
 * levels (一、 黑体, （一） 楷体, 1. 仿宋 bold), body, table text and headings, captions, notes,
 * figures, signatures and the footer.
 */
import { AlignmentType, type IParagraphStyleOptions } from 'docx'
import { runFonts, type FontSet } from '../fonts'
import { BODY_PT, DATA_TABLE_PT, exactLine, halfPoints, LINE_PT, NO_INDENT, NOTE_PT, PAGE_NUMBER_PT, SINGLE_LINE, TITLE_PT, TWO_CHARS_INDENT } from './page'

/** Paragraph style ids written into styles.xml. */
export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  meta: 'ReportMeta',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  caption: 'Caption',
  note: 'Note',
  figure: 'Figure',
  signature: 'Signature',
  footer: 'Footer',
} as const

export function paragraphStyles(fonts: FontSet): IParagraphStyleOptions[] {
  const run = (family: string, pt: number, extra: { bold?: boolean } = {}) => ({
    font: runFonts(family),
    size: halfPoints(pt),
    sizeComplexScript: halfPoints(pt),
    bold: extra.bold ?? false,
    color: '000000',
  })
  /** A centred line under the title, kept with what follows (subtitle, meta). */
  const centredLine = (id: string, name: string, family: string, quickFormat: boolean): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE_IDS.normal,
    next: STYLE_IDS.normal,
    ...(quickFormat ? { quickFormat: true } : {}),
    run: run(family, BODY_PT),
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...exactLine(LINE_PT) }, indent: NO_INDENT, keepNext: true },
  })
  const heading = (id: string, name: string, family: string, outlineLevel: number, bold: boolean): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE_IDS.normal,
    next: STYLE_IDS.normal,
    quickFormat: true,
    run: run(family, BODY_PT, { bold }),
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: 0, ...exactLine(LINE_PT) },
      indent: TWO_CHARS_INDENT,
      keepNext: true,
      keepLines: true,
      outlineLevel,
    },
  })
  return [
    {
      id: STYLE_IDS.normal,
      name: 'Normal',
      quickFormat: true,
      run: run(fonts.body, BODY_PT),
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 0, after: 0, ...exactLine(LINE_PT) },
        indent: TWO_CHARS_INDENT,
      },
    },
    {
      id: STYLE_IDS.title,
      name: 'Title',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      quickFormat: true,
      run: run(fonts.title, TITLE_PT),
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0, ...exactLine(36) },
        indent: NO_INDENT,
        keepNext: true,
        keepLines: true,
      },
    },
    centredLine(STYLE_IDS.subtitle, 'Subtitle', fonts.heading2, true),
    centredLine(STYLE_IDS.meta, 'Report Meta', fonts.body, false),
    heading(STYLE_IDS.heading1, 'heading 1', fonts.heading1, 0, false),
    heading(STYLE_IDS.heading2, 'heading 2', fonts.heading2, 1, false),
    heading(STYLE_IDS.heading3, 'heading 3', fonts.body, 2, true),
    {
      id: STYLE_IDS.tableText,
      name: 'Table Text',
      basedOn: STYLE_IDS.normal,
      quickFormat: true,
      run: run(fonts.table, DATA_TABLE_PT),
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...SINGLE_LINE }, indent: NO_INDENT },
    },
    {
      id: STYLE_IDS.tableHeading,
      name: 'Table Heading',
      basedOn: STYLE_IDS.tableText,
      run: run(fonts.table, DATA_TABLE_PT, { bold: true }),
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    },
    {
      id: STYLE_IDS.caption,
      name: 'caption',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      quickFormat: true,
      run: run(fonts.heading1, NOTE_PT),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120, ...SINGLE_LINE }, indent: NO_INDENT },
    },
    {
      id: STYLE_IDS.note,
      name: 'Note',
      basedOn: STYLE_IDS.normal,
      run: run(fonts.body, NOTE_PT),
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 60, after: 60, ...SINGLE_LINE }, indent: NO_INDENT },
    },
    {
      id: STYLE_IDS.figure,
      name: 'Figure',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.caption,
      // An exact line height would clip an inline picture: figures are single-spaced.
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0, ...SINGLE_LINE }, indent: NO_INDENT, keepNext: true },
    },
    {
      id: STYLE_IDS.signature,
      name: 'Signature Line',
      basedOn: STYLE_IDS.normal,
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, ...SINGLE_LINE }, indent: NO_INDENT },
    },
    {
      id: STYLE_IDS.footer,
      name: 'footer',
      basedOn: STYLE_IDS.normal,
      run: run(fonts.table, PAGE_NUMBER_PT),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...SINGLE_LINE }, indent: NO_INDENT },
    },
  ]
}
