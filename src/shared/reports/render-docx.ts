/**
 * Renders a `Report` (report-model.ts) to a .docx laid out after GB/T 9704 (docs/domain.md "Word reports",
 * docs/architecture.md trap 7). Pure TypeScript on `docx`: runs in the renderer (browser) and in Node.
 *
 * Layout: A4, margins top 37 / bottom 35 / left 28 / right 26 mm; title 22 pt centred; headings 16 pt
 * (一、 黑体, （一） 楷体, 1. 仿宋 bold) kept with the next paragraph; body 仿宋 16 pt at a fixed 28 pt line
 * with a first-line indent of two characters; tables 宋体 10.5–12 pt single-spaced, explicit DXA column
 * widths summing to the text width, header row repeated on each page, rows that do not split; page
 * numbers "— N —" centred at the foot.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
} from 'docx'
import { fontSet as getFontSet, runFonts, type FontSet, type FontSetName } from './fonts'
import {
  LABEL_FILL_HEX,
  PRINT_FILL_HEX,
  cellDisplayText,
  chineseNumeral,
  cleanText,
  normaliseRow,
  resolveColumnWidths,
  textLines,
  type Align,
  type Block,
  type HeadingBlock,
  type ImageBlock,
  type Inline,
  type ParagraphBlock,
  type Report,
  type SignatureBlock,
  type TableBlock,
  type TableCell,
} from './report-model'

// ---------------------------------------------------------------------------------------------
// Page geometry (twips: 1/20 pt, 1440 per inch)
// ---------------------------------------------------------------------------------------------

export const TWIPS_PER_MM = 1440 / 25.4

/** Millimetres → twips, rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

export const A4_TWIPS = { width: 11906, height: 16838 } as const

export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const

export const MARGINS_TWIPS = {
  top: mmToTwips(MARGINS_MM.top), // 2098
  bottom: mmToTwips(MARGINS_MM.bottom), // 1984
  left: mmToTwips(MARGINS_MM.left), // 1587
  right: mmToTwips(MARGINS_MM.right), // 1474
} as const

/** Width of the text block: A4 width minus the left and right margins (8845 twips ≈ 156 mm). */
export const TEXT_WIDTH_TWIPS = A4_TWIPS.width - MARGINS_TWIPS.left - MARGINS_TWIPS.right

/** Footer distance from the page edge: the page number sits about 7 mm below the text block. */
const FOOTER_TWIPS = mmToTwips(22)
const HEADER_TWIPS = mmToTwips(15)

// Sizes in points.
const TITLE_PT = 22
const BODY_PT = 16
const LINE_PT = 28
const NOTE_PT = 12
const PAGE_NUMBER_PT = 14
const DATA_TABLE_PT = 10.5
const FORM_TABLE_PT = 12

const halfPoints = (pt: number): number => Math.round(pt * 2)
const exactLine = (pt: number) => ({ line: Math.round(pt * 20), lineRule: LineRuleType.EXACT })
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO }
const TWO_CHARS_INDENT = { firstLine: 2 * BODY_PT * 20, firstLineChars: 200 }
const NO_INDENT = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 }

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export type RenderOptions = {
  /** Default 'windows' (SimHei / KaiTi / FangSong / SimSun). */
  fontSet?: FontSetName
}

// ---------------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------------

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

function paragraphStyles(fonts: FontSet): IParagraphStyleOptions[] {
  const run = (family: string, pt: number, extra: { bold?: boolean } = {}) => ({
    font: runFonts(family),
    size: halfPoints(pt),
    sizeComplexScript: halfPoints(pt),
    bold: extra.bold ?? false,
    color: '000000',
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
    {
      id: STYLE_IDS.subtitle,
      name: 'Subtitle',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      quickFormat: true,
      run: run(fonts.heading2, BODY_PT),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...exactLine(LINE_PT) }, indent: NO_INDENT, keepNext: true },
    },
    {
      id: STYLE_IDS.meta,
      name: 'Report Meta',
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      run: run(fonts.body, BODY_PT),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...exactLine(LINE_PT) }, indent: NO_INDENT, keepNext: true },
    },
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

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

type BodyChild = Paragraph | Table

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
}

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const OUTER: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

class Renderer {
  private readonly children: BodyChild[] = []
  private headingCounters = [0, 0, 0]
  private tableCount = 0
  private figureCount = 0
  private pendingPageBreak = false

  constructor(private readonly fonts: FontSet) {}

  render(report: Report): BodyChild[] {
    this.children.push(this.paragraph(STYLE_IDS.title, [{ text: report.title }], this.fonts.title, TITLE_PT))
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
        return this.table(block)
      case 'image':
        return this.image(block)
      case 'signatures':
        return this.signatures(block)
      case 'pageBreak':
        this.pendingPageBreak = true
        return
      case 'spacer':
        this.children.push(this.spacerParagraph(block.heightPt ?? 14))
        return
    }
  }

  /** Whether the next paragraph starts a new page (consumes the pending page break). */
  private takePageBreak(): boolean {
    const pending = this.pendingPageBreak
    this.pendingPageBreak = false
    return pending
  }

  /** Before a table that has no paragraph of its own to carry the break: a 1 pt paragraph that does. */
  private breakBeforeTable(): void {
    if (this.takePageBreak()) {
      this.children.push(
        new Paragraph({
          style: STYLE_IDS.note,
          pageBreakBefore: true,
          spacing: { before: 0, after: 0, ...exactLine(1) },
          run: { size: 2 },
        }),
      )
    }
  }

  private textRun(text: string, family: string, pt: number, options: { bold?: boolean; underline?: boolean } = {}): TextRun {
    return new TextRun({
      text,
      font: runFonts(family),
      size: halfPoints(pt),
      sizeComplexScript: halfPoints(pt),
      ...(options.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(options.underline ? { underline: {} } : {}),
    })
  }

  private paragraph(
    style: string,
    runs: { text: string; bold?: boolean; underline?: boolean }[],
    family: string,
    pt: number,
    extra: { alignment?: Align; indent?: boolean; keepNext?: boolean } = {},
  ): Paragraph {
    return new Paragraph({
      style,
      children: runs.map((r) => this.textRun(cleanText(r.text).replace(/\n/g, ' '), family, pt, r)),
      ...(extra.alignment ? { alignment: ALIGN[extra.alignment] } : {}),
      ...(extra.indent === false ? { indent: NO_INDENT } : {}),
      ...(extra.indent === true ? { indent: TWO_CHARS_INDENT } : {}),
      ...(extra.keepNext ? { keepNext: true } : {}),
      ...(this.takePageBreak() ? { pageBreakBefore: true } : {}),
    })
  }

  private leadsToSignatures = false

  private spacerParagraph(heightPt: number): Paragraph {
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

  private cellParagraphs(
    text: string,
    family: string,
    pt: number,
    style: string,
    alignment: Align,
    bold: boolean,
  ): Paragraph[] {
    const lines = textLines(text)
    const texts = lines.length > 0 ? lines : ['']
    return texts.map(
      (line) =>
        new Paragraph({
          style,
          alignment: ALIGN[alignment],
          children: line === '' ? [] : [this.textRun(line, family, pt, { bold })],
          // The paragraph mark carries the size too, so an empty cell is as tall as its neighbours.
          run: { size: halfPoints(pt), font: runFonts(family) },
        }),
    )
  }

  private table(block: TableBlock): void {
    const form = block.variant === 'form'
    const pt = Math.min(12, Math.max(10.5, block.fontSizePt ?? (form ? FORM_TABLE_PT : DATA_TABLE_PT)))
    const columnCount = block.columns.length
    if (columnCount === 0) throw new Error('表格至少需要一列')
    const widths = resolveColumnWidths(block.columns, TEXT_WIDTH_TWIPS, TWIPS_PER_MM)
    const family = this.fonts.table

    if (block.caption) {
      const numbered = block.captionNumbered !== false
      if (numbered) this.tableCount += 1
      const text = numbered ? `表${this.tableCount}　${block.caption}` : block.caption
      this.children.push(this.paragraph(STYLE_IDS.caption, [{ text }], this.fonts.heading1, NOTE_PT, { keepNext: true }))
    } else {
      this.breakBeforeTable()
    }

    const rows: DocxTableRow[] = []
    const hasHeader = !form && block.columns.some((c) => (c.header ?? '').trim() !== '')
    if (hasHeader) {
      rows.push(
        new DocxTableRow({
          tableHeader: true,
          cantSplit: true,
          keepNext: true,
          children: block.columns.map(
            (column, i) =>
              new DocxTableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: LABEL_FILL_HEX },
                children: this.cellParagraphs(column.header ?? '', family, pt, STYLE_IDS.tableHeading, 'center', true),
              }),
          ),
        }),
      )
    }

    // Columns still covered by a rowSpan from an earlier row: remaining rows per column.
    const covered = new Array<number>(columnCount).fill(0)
    const lastRowIndex = block.rows.length - 1
    block.rows.forEach((spec, rowIndex) => {
      const row = normaliseRow(spec)
      const cells: DocxTableCell[] = []
      let col = 0
      const nextFree = () => {
        while (col < columnCount && covered[col]! > 0) col++
      }
      const place = (cell: TableCell | null) => {
        nextFree()
        if (col >= columnCount) {
          throw new Error(`表格第 ${rowIndex + 1} 行的单元格多于 ${columnCount} 列`)
        }
        const colSpan = Math.max(1, Math.floor(cell?.colSpan ?? 1))
        const rowSpan = Math.max(1, Math.floor(cell?.rowSpan ?? 1))
        let span = 0
        while (span < colSpan && col + span < columnCount && covered[col + span]! === 0) span++
        if (span < colSpan) throw new Error(`表格第 ${rowIndex + 1} 行的单元格跨列超出表格`)
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0)
        if (rowSpan > 1) for (let i = col; i < col + span; i++) covered[i] = rowSpan
        cells.push(this.bodyCell(cell ?? { text: '' }, block, form, width, span, rowSpan, family, pt, row.minHeightMm !== undefined, col))
        col += span
      }
      for (const cell of row.cells) place(cell)
      // Pad short rows so the grid stays rectangular.
      for (nextFree(); col < columnCount; nextFree()) place(null)
      // This row's own rowSpans start counting on the next row; the columns of earlier ones count down.
      for (let i = 0; i < columnCount; i++) if (covered[i]! > 0) covered[i]! -= 1

      const longText = row.cells.some((c) => cleanText(c.text).length > 150)
      rows.push(
        new DocxTableRow({
          cantSplit: row.allowSplit ? false : !(form && longText),
          ...(this.leadsToSignatures && rowIndex === lastRowIndex ? { keepNext: true } : {}),
          children: cells,
          ...(row.minHeightMm !== undefined ? { height: { value: mmToTwips(row.minHeightMm), rule: HeightRule.ATLEAST } } : {}),
        }),
      )
    })

    this.children.push(
      new Table({
        rows,
        width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        alignment: AlignmentType.CENTER,
        margins: { top: 28, bottom: 28, left: 85, right: 85 },
        borders: { top: OUTER, bottom: OUTER, left: OUTER, right: OUTER, insideHorizontal: THIN, insideVertical: THIN },
      }),
    )
    // A little air after a table before the next paragraph.
    this.children.push(this.spacerParagraph(8))
  }

  private bodyCell(
    cell: TableCell,
    block: TableBlock,
    form: boolean,
    width: number,
    colSpan: number,
    rowSpan: number,
    family: string,
    pt: number,
    tallRow: boolean,
    col: number,
  ): DocxTableCell {
    const label = form && cell.label === true
    const fill = cell.fill ? PRINT_FILL_HEX[cell.fill] : label ? LABEL_FILL_HEX : undefined
    const text = cellDisplayText(cell)
    const shortFilled = cell.fill !== undefined && [...text].length <= 10
    const alignment: Align = cell.align ?? (label ? 'center' : (block.columns[col]?.align ?? (shortFilled ? 'center' : 'left')))
    return new DocxTableCell({
      width: { size: width, type: WidthType.DXA },
      ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
      ...(rowSpan > 1 ? { rowSpan } : {}),
      verticalAlign: tallRow && !label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: this.cellParagraphs(text, family, pt, STYLE_IDS.tableText, alignment, label || cell.bold === true),
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

  /**
   * Signature lines as a borderless table: "label：" then a ruled line. Several fields per row when the lines
   * stay long enough to sign on; one per row otherwise, placed at the right as at the end of a Chinese report.
   */
  private signatures(block: SignatureBlock): void {
    const labels = block.labels.map((l) => cleanText(l).replace(/\n/g, ' ').trim()).filter((l) => l !== '')
    if (labels.length === 0) return
    const compact = block.size === 'table'
    const family = compact ? this.fonts.table : this.fonts.body
    const pt = compact ? FORM_TABLE_PT : BODY_PT
    const cellMargin = 60
    const labelTwips = (label: string) => ([...label].length + 1) * pt * 20 + 2 * cellMargin + 40
    const dateRightMargin = mmToTwips(3)
    // A date line holds 年　月　日 plus room to write a four-digit year in front.
    const dateLineTwips = (5 + 2.5) * pt * 20 + dateRightMargin + cellMargin

    /** Label widths and line widths per position in a row; null when a line would get shorter than `min`. */
    const layout = (perRow: number, min: number) => {
      const labelWidths: number[] = []
      const dated: boolean[] = []
      for (let p = 0; p < perRow; p++) {
        const own = labels.filter((_, i) => i % perRow === p)
        labelWidths.push(Math.max(...own.map(labelTwips)))
        dated.push(own.some((l) => l.includes('日期')))
      }
      const room = TEXT_WIDTH_TWIPS - labelWidths.reduce((a, b) => a + b, 0)
      let lines = labelWidths.map(() => Math.floor(room / perRow))
      const datedCount = dated.filter(Boolean).length
      if (datedCount > 0 && datedCount < perRow && lines[0]! < dateLineTwips) {
        const others = Math.floor((room - datedCount * dateLineTwips) / (perRow - datedCount))
        lines = dated.map((d) => (d ? dateLineTwips : others))
      }
      return Math.min(...lines) >= min ? { labelWidths, lines } : null
    }
    // A perRow the builder asked for is kept while the lines stay 20 mm long; the default (2) gives way sooner.
    const minLine = block.perRow !== undefined ? mmToTwips(20) : mmToTwips(compact ? 35 : 45)
    let perRow = Math.max(1, Math.min(labels.length, Math.floor(block.perRow ?? 2)))
    let fitted = layout(perRow, minLine)
    while (!fitted && perRow > 1) fitted = layout(--perRow, minLine)
    const { labelWidths, lines } = fitted ?? layout(1, 0)!
    // One per row: a line of about 60 mm, the block pushed to the right by a leading empty column.
    const lead = perRow === 1 ? Math.max(0, lines[0]! - mmToTwips(compact ? 50 : 60)) : 0
    if (lead > 0) lines[0]! -= lead
    const widths: number[] = lead > 0 ? [lead] : []
    for (let p = 0; p < perRow; p++) widths.push(labelWidths[p]!, lines[p]!)
    widths[widths.length - 1]! += TEXT_WIDTH_TWIPS - widths.reduce((a, b) => a + b, 0)
    const offset = lead > 0 ? 1 : 0

    const blank = (width: number, span = 1) =>
      new DocxTableCell({
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        children: [new Paragraph({ style: STYLE_IDS.signature })],
      })

    const rows: DocxTableRow[] = []
    for (let start = 0; start < labels.length; start += perRow) {
      const chunk = labels.slice(start, start + perRow)
      const cells: DocxTableCell[] = lead > 0 ? [blank(lead)] : []
      chunk.forEach((label, p) => {
        const lineWidth = widths[offset + 2 * p + 1]!
        // Room for a four-digit year before 年 decides how wide the date is spread.
        const wide = lineWidth >= (7 + 4) * pt * 20 + dateRightMargin + cellMargin
        const date = label.includes('日期') ? (wide ? '年　　月　　日' : '年　月　日') : ''
        cells.push(
          new DocxTableCell({
            width: { size: widths[offset + 2 * p]!, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
            children: this.cellParagraphs(`${label}：`, family, pt, STYLE_IDS.signature, 'left', false),
          }),
          new DocxTableCell({
            width: { size: lineWidth, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            borders: { top: NONE, left: NONE, right: NONE, bottom: THIN },
            margins: { right: dateRightMargin },
            children: this.cellParagraphs(date, family, pt, STYLE_IDS.signature, 'right', false),
          }),
        )
      })
      if (chunk.length < perRow) {
        const rest = widths.slice(offset + 2 * chunk.length).reduce((a, b) => a + b, 0)
        cells.push(blank(rest, 2 * (perRow - chunk.length)))
      }
      rows.push(
        new DocxTableRow({
          cantSplit: true,
          // Keep the signature rows together on one page.
          keepNext: start + perRow < labels.length,
          height: { value: mmToTwips(compact ? 10 : 14), rule: HeightRule.ATLEAST },
          children: cells,
        }),
      )
    }
    this.breakBeforeTable()
    this.children.push(
      new Table({
        rows,
        width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { top: 0, bottom: 40, left: cellMargin, right: cellMargin },
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      }),
    )
    this.children.push(this.spacerParagraph(8))
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
