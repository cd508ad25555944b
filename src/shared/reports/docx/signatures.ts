/** The signature lines at the end of a Word report. A label with 日期 gets 年 月 日 on its line. */
import { Paragraph, Table, TableCell as DocxTableCell, TableLayoutType, TableRow as DocxTableRow, HeightRule, VerticalAlignTable, WidthType } from 'docx'
import { cleanText, type Align, type SignatureBlock } from '../report-model'
import type { RenderContext } from './context'
import { BODY_PT, FORM_TABLE_PT, mmToTwips, NONE, TEXT_WIDTH_TWIPS, THIN } from './page'
import { STYLE_IDS } from './styles'
import { cellParagraphs } from './tables'

/** A signature cell's text, never broken by the renderer. */
function signatureText(text: string, family: string, pt: number, alignment: Align): Paragraph[] {
  return cellParagraphs(text, { family, pt, style: STYLE_IDS.signature, alignment, bold: false, capacityEm: Number.POSITIVE_INFINITY, list: false })
}

/**
 * Signature lines as a borderless table: "label：" then a ruled line. Several fields per row when the lines
 * stay long enough to sign on; one per row otherwise, placed at the right as at the end of a Chinese report.
 */
export function renderSignatures(ctx: RenderContext, block: SignatureBlock): (Paragraph | Table)[] {
  const labels = block.labels.map((l) => cleanText(l).replace(/\n/g, ' ').trim()).filter((l) => l !== '')
  if (labels.length === 0) return []
  const compact = block.size === 'table'
  const family = compact ? ctx.fonts.table : ctx.fonts.body
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
          children: signatureText(`${label}：`, family, pt, 'left'),
        }),
        new DocxTableCell({
          width: { size: lineWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.BOTTOM,
          borders: { top: NONE, left: NONE, right: NONE, bottom: THIN },
          margins: { right: dateRightMargin },
          children: signatureText(date, family, pt, 'right'),
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
  const carrier = ctx.breakCarrier()
  return [
    ...(carrier ? [carrier] : []),
    new Table({
      rows,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 0, bottom: 40, left: cellMargin, right: cellMargin },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    }),
    ctx.spacerParagraph(8),
  ]
}
