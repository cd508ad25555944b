/**
 * A bordered table of a Word report (docs/architecture.md trap 7): explicit DXA column widths
 * summing to the text width, computed from the builder's proportions and widened to the widest
 * piece of content that may not break (table-grid.ts); a header row repeated on every page; rows
 * that do not split; 宋体 10.5–12 pt single-spaced. A cell whose line would break inside a date
 * or between the characters of a name is broken by the renderer at a place that keeps them whole.
 */
import {
  Paragraph,
  ShadingType,
  Table,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  AlignmentType,
  HeightRule,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { runFonts } from '../fonts'
import { LABEL_FILL_HEX, PRINT_FILL_HEX, cellDisplayText, textLines, type Align, type TableBlock, type TableCell } from '../report-model'
import { resolveColumnWidths } from '../typeset/column-widths'
import { breaksInWord, keepTokens } from '../typeset/keep-tokens'
import { breakLines, breakOpportunities } from '../typeset/line-break'
import { textWidthEm } from '../typeset/text-width'
import type { RenderContext } from './context'
import { ALIGN, CELL_MARGIN_TWIPS, DATA_TABLE_PT, FORM_TABLE_PT, halfPoints, mmToTwips, NOTE_PT, OUTER, TEXT_WIDTH_TWIPS, THIN, TWIPS_PER_MM } from './page'
import { lineRuns } from './runs'
import { STYLE_IDS } from './styles'
import { BOLD_WIDTH, cellCapacityEm, columnMinima, listItems, placeRows } from './table-grid'

/**
 * The lines a cell's line is set in: as it is when it fits; else, where Word would break it
 * badly — inside a Chinese date or period, or inside a name of a list — broken here, between
 * items of a list or between whole pieces. Other long text is left to Word's own wrapping.
 */
export function cellLines(line: string, capacityEm: number, list: boolean): string[] {
  if (textWidthEm(line) <= capacityEm) return [line]
  if (list) {
    const ends: number[] = []
    let at = 0
    for (const item of listItems(line).slice(0, -1)) ends.push((at += item.length))
    return breakLines(line, capacityEm, ends)
  }
  if (!keepTokens(line).some(breaksInWord)) return [line]
  return breakLines(line, capacityEm, breakOpportunities(line))
}

/**
 * A header too wide for its column, in lines that do fit: its unit on a line of its own (涉及时数 /
 * （小时）, not 涉及时数（小 / 时）), a word too long for the line broken before its last two
 * characters where that fits (志愿服务 / 时长, 截至评估日 / 状态), else in its middle (逾期 / 天数) —
 * the column's minimum assumed the first half (table-grid headerWords). Left alone, Word and
 * LibreOffice would break wherever the line happens to be full (志愿服务时 / 长).
 */
export function headerLines(header: string, capacityEm: number): string {
  const fits = (text: string) => textWidthEm(text) * BOLD_WIDTH <= capacityEm
  if (fits(header)) return header
  const at = header.indexOf('（')
  const parts = at > 0 ? [header.slice(0, at), header.slice(at)] : [header]
  const lines = parts.flatMap((part) => {
    const chars = [...part]
    if (fits(part) || chars.length <= 3 || part.startsWith('（')) return [part]
    const head = chars.slice(0, -2).join('')
    if (chars.length > 4 && fits(head)) return [head, chars.slice(-2).join('')]
    const half = Math.ceil(chars.length / 2)
    return [chars.slice(0, half).join(''), chars.slice(half).join('')]
  })
  return lines.join('\n')
}

/** The paragraphs of a cell: one per line of its text, each broken where cellLines says. */
export function cellParagraphs(
  text: string,
  o: { family: string; pt: number; style: string; alignment: Align; bold: boolean; capacityEm: number; list: boolean },
): Paragraph[] {
  const lines = textLines(text)
  return (lines.length > 0 ? lines : ['']).map(
    (line) =>
      new Paragraph({
        style: o.style,
        alignment: ALIGN[o.alignment],
        children: line === '' ? [] : lineRuns(cellLines(line, o.capacityEm, o.list), o.family, o.pt, { bold: o.bold }),
        // The paragraph mark carries the size too, so an empty cell is as tall as its neighbours.
        run: { size: halfPoints(o.pt), font: runFonts(o.family) },
      }),
  )
}

function bodyCell(cell: TableCell, block: TableBlock, o: { width: number; span: number; rowSpan: number; col: number; pt: number; family: string; tallRow: boolean }): DocxTableCell {
  const form = block.variant === 'form'
  const label = form && cell.label === true
  const fill = cell.fill ? PRINT_FILL_HEX[cell.fill] : label ? LABEL_FILL_HEX : undefined
  const text = cellDisplayText(cell)
  const shortFilled = cell.fill !== undefined && [...text].length <= 10
  const alignment: Align = cell.align ?? (label ? 'center' : (block.columns[o.col]?.align ?? (shortFilled ? 'center' : 'left')))
  return new DocxTableCell({
    width: { size: o.width, type: WidthType.DXA },
    ...(o.span > 1 ? { columnSpan: o.span } : {}),
    ...(o.rowSpan > 1 ? { rowSpan: o.rowSpan } : {}),
    verticalAlign: o.tallRow && !label ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: cellParagraphs(text, {
      family: o.family,
      pt: o.pt,
      style: STYLE_IDS.tableText,
      alignment,
      bold: label || cell.bold === true,
      capacityEm: cellCapacityEm(o.width, o.pt),
      list: label || cell.nowrap === true || (o.span === 1 && block.columns[o.col]?.nowrap === true),
    }),
  })
}

/** The caption (or page-break carrier), the table and the air after it. */
export function renderTable(ctx: RenderContext, block: TableBlock): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = []
  const form = block.variant === 'form'
  const pt = Math.min(12, Math.max(10.5, block.fontSizePt ?? (form ? FORM_TABLE_PT : DATA_TABLE_PT)))
  if (block.columns.length === 0) throw new Error('表格至少需要一列')
  const placed = placeRows(block)
  const widths = resolveColumnWidths(block.columns, TEXT_WIDTH_TWIPS, TWIPS_PER_MM, columnMinima(block, placed, pt))
  const family = ctx.fonts.table

  if (block.caption) {
    const numbered = block.captionNumbered !== false
    const text = numbered ? `表${ctx.nextTableNumber()}　${block.caption}` : block.caption
    out.push(ctx.paragraph(STYLE_IDS.caption, [{ text }], ctx.fonts.heading1, NOTE_PT, { keepNext: true }))
  } else {
    const carrier = ctx.breakCarrier()
    if (carrier) out.push(carrier)
  }

  const rows: DocxTableRow[] = []
  if (!form && block.columns.some((c) => (c.header ?? '').trim() !== '')) {
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
              children: cellParagraphs(headerLines(column.header ?? '', cellCapacityEm(widths[i]!, pt)), {
                family,
                pt,
                style: STYLE_IDS.tableHeading,
                alignment: 'center',
                bold: true,
                capacityEm: cellCapacityEm(widths[i]!, pt),
                list: false,
              }),
            }),
        ),
      }),
    )
  }
  placed.forEach((row, rowIndex) => {
    const cells = row.cells.map(({ cell, col, span, rowSpan }) =>
      bodyCell(cell, block, {
        width: widths.slice(col, col + span).reduce((a, b) => a + b, 0),
        span,
        rowSpan,
        col,
        pt,
        family,
        tallRow: row.minHeightMm !== undefined,
      }),
    )
    rows.push(
      new DocxTableRow({
        cantSplit: row.allowSplit ? false : !(form && row.longText),
        ...(ctx.leadsToSignatures && rowIndex === placed.length - 1 ? { keepNext: true } : {}),
        children: cells,
        ...(row.minHeightMm !== undefined ? { height: { value: mmToTwips(row.minHeightMm), rule: HeightRule.ATLEAST } } : {}),
      }),
    )
  })

  out.push(
    new Table({
      rows,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      margins: { top: 28, bottom: 28, left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
      borders: { top: OUTER, bottom: OUTER, left: OUTER, right: OUTER, insideHorizontal: THIN, insideVertical: THIN },
    }),
  )
  // A little air after a table before the next paragraph.
  out.push(ctx.spacerParagraph(8))
  return out
}
