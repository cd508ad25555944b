/**
 * Renders a `Report` (report-model.ts) to a .docx laid out after GB/T 9704 (docs/domain.md "Word reports",
 * docs/architecture.md trap 7). Pure TypeScript on `docx`: runs in the renderer (browser) and in Node.
 *
 * Layout (docx/page.ts): A4, margins top 37 / bottom 35 / left 28 / right 26 mm; title 22 pt centred, in
 * balanced lines; headings 16 pt (一、 黑体, （一） 楷体, 1. 仿宋 bold) kept with the next paragraph; body 仿宋
 * 16 pt at a fixed 28 pt line with a first-line indent of two characters; tables (docx/tables.ts) and
 * signature lines (docx/signatures.ts); page numbers "— N —" centred at the foot. Codes, dates and numbers
 * never break inside (docx/runs.ts, typeset/).
 */
import { Document, Footer, ImageRun, Packer, PageNumber, Paragraph, Table, TextRun } from 'docx'
import { fontSet as getFontSet, runFonts, type FontSet, type FontSetName } from './fonts'
import { chineseNumeral, cleanText, type Align, type Block, type HeadingBlock, type ImageBlock, type Inline, type ParagraphBlock, type Report } from './report-model'
import { balanceLines } from './typeset/line-break'
import type { RenderContext } from './docx/context'
import {
  A4_TWIPS,
  ALIGN,
  BODY_PT,
  exactLine,
  FOOTER_TWIPS,
  halfPoints,
  HEADER_TWIPS,
  LINE_PT,
  MARGINS_TWIPS,
  NO_INDENT,
  NOTE_PT,
  PAGE_NUMBER_PT,
  TEXT_WIDTH_TWIPS,
  TITLE_PT,
  TWIPS_PER_MM,
  TWO_CHARS_INDENT,
} from './docx/page'
import { lineRuns, textRun, type RunStyle } from './docx/runs'
import { renderSignatures } from './docx/signatures'
import { paragraphStyles, STYLE_IDS } from './docx/styles'
import { renderTable } from './docx/tables'

export { A4_TWIPS, DOCX_MIME, MARGINS_MM, MARGINS_TWIPS, mmToTwips, TEXT_WIDTH_TWIPS, TWIPS_PER_MM } from './docx/page'
export { STYLE_IDS } from './docx/styles'

export type RenderOptions = {
  /** Default 'windows' (SimHei / KaiTi / FangSong / SimSun). */
  fontSet?: FontSetName
}

type BodyChild = Paragraph | Table

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

/** How many em of the title fit on a line, with a little room for the fonts' differences. */
const TITLE_CAPACITY_EM = (TEXT_WIDTH_TWIPS / (TITLE_PT * 20)) * 0.97

class Renderer implements RenderContext {
  private readonly children: BodyChild[] = []
  private headingCounters = [0, 0, 0]
  private tableCount = 0
  private figureCount = 0
  private pendingPageBreak = false
  leadsToSignatures = false

  constructor(readonly fonts: FontSet) {}

  render(report: Report): BodyChild[] {
    // A title too long for a line breaks between its words, in lines of balanced length.
    const title = balanceLines(report.titleParts ?? [report.title], TITLE_CAPACITY_EM)
    this.children.push(new Paragraph({ style: STYLE_IDS.title, children: lineRuns(title.map((l) => cleanText(l).replace(/\n/g, ' ')), this.fonts.title, TITLE_PT) }))
    if (report.subtitle) {
      this.children.push(this.paragraph(STYLE_IDS.subtitle, [{ text: report.subtitle }], this.fonts.heading2, BODY_PT))
    }
    for (const line of report.meta ?? []) {
      this.children.push(this.paragraph(STYLE_IDS.meta, [{ text: line }], this.fonts.body, BODY_PT))
    }
    // GB/T 9704: one blank line between the title block and the body.
    this.children.push(this.spacerParagraph(LINE_PT))
    report.blocks.forEach((block, i) => {
      // Signature lines never stand alone on a page: what comes just before them stays with them.
      const next = report.blocks.slice(i + 1).find((b) => b.kind !== 'spacer')
      this.leadsToSignatures = block.kind !== 'signatures' && next?.kind === 'signatures'
      this.block(block)
    })
    this.leadsToSignatures = false
    return this.children
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block)
      case 'paragraph':
        return this.bodyParagraph(block)
      case 'table':
        this.children.push(...renderTable(this, block))
        return
      case 'image':
        return this.image(block)
      case 'signatures':
        this.children.push(...renderSignatures(this, block))
        return
      case 'pageBreak':
        this.pendingPageBreak = true
        return
      case 'spacer':
        this.children.push(this.spacerParagraph(block.heightPt ?? 14))
        return
    }
  }

  takePageBreak(): boolean {
    const pending = this.pendingPageBreak
    this.pendingPageBreak = false
    return pending
  }

  nextTableNumber(): number {
    return ++this.tableCount
  }

  breakCarrier(): Paragraph | null {
    if (!this.takePageBreak()) return null
    return new Paragraph({ style: STYLE_IDS.note, pageBreakBefore: true, spacing: { before: 0, after: 0, ...exactLine(1) }, run: { size: 2 } })
  }

  paragraph(
    style: string,
    runs: readonly ({ text: string } & RunStyle)[],
    family: string,
    pt: number,
    extra: { alignment?: Align; indent?: boolean; keepNext?: boolean } = {},
  ): Paragraph {
    return new Paragraph({
      style,
      children: runs.map((r) => textRun(cleanText(r.text).replace(/\n/g, ' '), family, pt, r)),
      ...(extra.alignment ? { alignment: ALIGN[extra.alignment] } : {}),
      ...(extra.indent === false ? { indent: NO_INDENT } : {}),
      ...(extra.indent === true ? { indent: TWO_CHARS_INDENT } : {}),
      ...(extra.keepNext ? { keepNext: true } : {}),
      ...(this.takePageBreak() ? { pageBreakBefore: true } : {}),
    })
  }

  spacerParagraph(heightPt: number): Paragraph {
    return new Paragraph({
      style: STYLE_IDS.note,
      ...(this.leadsToSignatures ? { keepNext: true } : {}),
      spacing: { before: 0, after: 0, ...exactLine(Math.max(1, heightPt)) },
      ...(this.takePageBreak() ? { pageBreakBefore: true } : {}),
    })
  }

  private heading(block: HeadingBlock): void {
    const level = block.level
    let number = ''
    if (block.numbered !== false) {
      this.headingCounters[level - 1]! += 1
      for (let i = level; i < this.headingCounters.length; i++) this.headingCounters[i] = 0
      const n = this.headingCounters[level - 1]!
      number = level === 1 ? `${chineseNumeral(n)}、` : level === 2 ? `（${chineseNumeral(n)}）` : `${n}.`
    }
    const style = level === 1 ? STYLE_IDS.heading1 : level === 2 ? STYLE_IDS.heading2 : STYLE_IDS.heading3
    const family = level === 1 ? this.fonts.heading1 : level === 2 ? this.fonts.heading2 : this.fonts.body
    const text = number + cleanText(block.text).replace(/\n/g, ' ').trim()
    this.children.push(this.paragraph(style, [{ text, bold: level === 3 }], family, BODY_PT))
  }

  private bodyParagraph(block: ParagraphBlock): void {
    const note = block.style === 'note'
    const style = note ? STYLE_IDS.note : STYLE_IDS.normal
    const pt = note ? NOTE_PT : BODY_PT
    const indent = block.indent ?? !note
    // Split the runs into lines on '\n': every line is a paragraph of its own.
    const inlines: Inline[] = typeof block.runs === 'string' ? [block.runs] : block.runs
    const lines: { text: string; bold?: boolean; underline?: boolean }[][] = [[]]
    for (const inline of inlines) {
      const run = typeof inline === 'string' ? { text: inline } : inline
      const parts = cleanText(run.text).split('\n')
      parts.forEach((part, i) => {
        if (i > 0) lines.push([])
        if (part !== '') lines[lines.length - 1]!.push({ ...run, text: part })
      })
    }
    const shown = lines.filter((line) => !line.every((r) => r.text.trim() === ''))
    shown.forEach((line, i) => {
      this.children.push(
        this.paragraph(style, line, this.fonts.body, pt, {
          ...(block.align ? { alignment: block.align } : {}),
          indent,
          ...(this.leadsToSignatures && i === shown.length - 1 ? { keepNext: true } : {}),
        }),
      )
    })
  }

  private image(block: ImageBlock): void {
    if (!(block.png instanceof Uint8Array) || !isPng(block.png)) throw new Error('图片数据不是 PNG')
    const maxWidthMm = TEXT_WIDTH_TWIPS / TWIPS_PER_MM
    const maxHeightMm = 200
    const scale = Math.min(1, maxWidthMm / block.widthMm, maxHeightMm / block.heightMm)
    const px = (mm: number) => Math.max(1, Math.round((mm * scale * 96) / 25.4))
    const figureNumber = block.caption && block.captionNumbered !== false ? ++this.figureCount : 0
    const alt = block.alt ?? block.caption ?? '图表'
    this.children.push(
      new Paragraph({
        style: STYLE_IDS.figure,
        keepNext: Boolean(block.caption),
        ...(this.takePageBreak() ? { pageBreakBefore: true } : {}),
        children: [
          new ImageRun({
            type: 'png',
            data: block.png,
            transformation: { width: px(block.widthMm), height: px(block.heightMm) },
            altText: { name: figureNumber > 0 ? `图${figureNumber}` : '图', title: alt, description: alt },
          }),
        ],
      }),
    )
    if (block.caption) {
      const text = figureNumber > 0 ? `图${figureNumber}　${block.caption}` : block.caption
      this.children.push(this.paragraph(STYLE_IDS.caption, [{ text }], this.fonts.heading1, NOTE_PT))
    } else {
      this.children.push(this.spacerParagraph(8))
    }
  }
}

/** The docx `Document` for a report (exposed for tests and for callers that pack it themselves). */
export function buildDocument(report: Report, options: RenderOptions = {}): Document {
  const fonts = getFontSet(options.fontSet ?? 'windows')
  const children = new Renderer(fonts).render(report)
  const footerRun = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: runFonts(fonts.table),
    size: halfPoints(PAGE_NUMBER_PT),
    sizeComplexScript: halfPoints(PAGE_NUMBER_PT),
  })
  return new Document({
    title: cleanText(report.title).replace(/\n/g, ' '),
    ...(report.subtitle ? { subject: cleanText(report.subtitle).replace(/\n/g, ' ') } : {}),
    creator: report.author ? cleanText(report.author) : '社工督导工作台',
    lastModifiedBy: report.author ? cleanText(report.author) : '社工督导工作台',
    styles: {
      default: {
        document: {
          run: {
            font: runFonts(fonts.body),
            size: halfPoints(BODY_PT),
            sizeComplexScript: halfPoints(BODY_PT),
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: paragraphStyles(fonts),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
            margin: { ...MARGINS_TWIPS, header: HEADER_TWIPS, footer: FOOTER_TWIPS, gutter: 0 },
          },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ style: STYLE_IDS.footer, children: [footerRun] })] }),
        },
        children,
      },
    ],
  })
}

/**
 * Renders the report to .docx bytes. Uses `Packer.toArrayBuffer`, which works the same in the browser and in
 * Node (no Buffer, no Blob). Wrap in `new Blob([bytes], { type: DOCX_MIME })` to download in the renderer.
 */
export async function renderReport(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildDocument(report, options))
  return new Uint8Array(buffer)
}
