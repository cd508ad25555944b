/**
 * Where each cell of a report table lands in the column grid (rows follow HTML: a cell covered by
 * a colSpan/rowSpan from another cell is left out of its row, short rows are padded), and how wide
 * each column must be for its content: the widest piece of it that may not break — a code, a
 * date, a number with its unit, a name in a column of names, a word of a header or a form label.
 */
import { cellDisplayText, normaliseRow, textLines, type TableBlock, type TableCell } from '../report-model'
import { keepTokens } from '../typeset/keep-tokens'
import { textWidthEm } from '../typeset/text-width'
import { CELL_MARGIN_TWIPS } from './page'

export interface PlacedCell {
  cell: TableCell
  /** First column of the cell, and how many it spans. */
  col: number
  span: number
  rowSpan: number
}

export interface PlacedRow {
  cells: PlacedCell[]
  minHeightMm?: number
  allowSplit?: boolean
  /** True when the row's cells hold long text (a form row that may break across pages). */
  longText: boolean
}

/** The rows of a table with each cell's place in the grid. Throws (in Chinese) on a cell that does not fit. */
export function placeRows(block: TableBlock): PlacedRow[] {
  const columnCount = block.columns.length
  // Columns still covered by a rowSpan from an earlier row: remaining rows per column.
  const covered = new Array<number>(columnCount).fill(0)
  return block.rows.map((spec, rowIndex) => {
    const row = normaliseRow(spec)
    const cells: PlacedCell[] = []
    let col = 0
    const nextFree = () => {
      while (col < columnCount && covered[col]! > 0) col++
    }
    const place = (cell: TableCell) => {
      nextFree()
      if (col >= columnCount) throw new Error(`表格第 ${rowIndex + 1} 行的单元格多于 ${columnCount} 列`)
      const colSpan = Math.max(1, Math.floor(cell.colSpan ?? 1))
      const rowSpan = Math.max(1, Math.floor(cell.rowSpan ?? 1))
      let span = 0
      while (span < colSpan && col + span < columnCount && covered[col + span]! === 0) span++
      if (span < colSpan) throw new Error(`表格第 ${rowIndex + 1} 行的单元格跨列超出表格`)
      if (rowSpan > 1) for (let i = col; i < col + span; i++) covered[i] = rowSpan
      cells.push({ cell, col, span, rowSpan })
      col += span
    }
    for (const cell of row.cells) place(cell)
    // Pad short rows so the grid stays rectangular.
    for (nextFree(); col < columnCount; nextFree()) place({ text: '' })
    // This row's own rowSpans start counting on the next row; the columns of earlier ones count down.
    for (let i = 0; i < columnCount; i++) if (covered[i]! > 0) covered[i]! -= 1
    return {
      cells,
      ...(row.minHeightMm !== undefined ? { minHeightMm: row.minHeightMm } : {}),
      ...(row.allowSplit !== undefined ? { allowSplit: row.allowSplit } : {}),
      longText: row.cells.some((c) => c.text.length > 150),
    }
  })
}

/** The items of a list cell (names, 方式, an indicator's code and name…): what sits between 、 ， / and spaces, each with its separator. */
export function listItems(line: string): string[] {
  return line.match(/[^、，, /]+[、，, /]?/g) ?? []
}

/** A cell this short without separators is one word (第3季度, 进行中, 个别督导): it never breaks. */
const WORD_EM = 6
const CODED_NAME = /^[A-Za-z0-9.]+ [^ 、，,；;。]+$/

/**
 * What of a header must fit on one line: its words (督导时数（小时） → 督导时数, （小时）), a word
 * longer than three characters only its first half — a header may set 志愿者/人数 on two lines,
 * so eight columns of long headers still leave their room to the codes and dates below.
 */
function headerWords(header: string): string[] {
  return header
    .split(/(?=（)/)
    .filter((w) => w !== '')
    .map((w) => {
      const chars = [...w]
      return chars.length > 3 && !w.startsWith('（') ? chars.slice(0, Math.ceil(chars.length / 2)).join('') : w
    })
}

/** The pieces of a cell that may not break, by what the cell is. */
function unbreakable(cell: TableCell, nowrap: boolean, form: boolean): string[] {
  const lines = textLines(cellDisplayText(cell))
  if (form && cell.label) return lines
  return lines.flatMap((line) => {
    // 「3 合格」「B 项目设计」「A1 需求调研」: a code or number with its short name is one word too.
    const short = textWidthEm(line) <= WORD_EM
    if (short && CODED_NAME.test(line)) return [line]
    if (nowrap) return listItems(line)
    return short && !/[、，,；;。 ]/.test(line) ? [line] : keepTokens(line)
  })
}

/** Bold text sets a little wider. */
export const BOLD_WIDTH = 1.06
/** A little air beyond the cell padding, so a piece that just fits does not wrap on another font's metrics. */
const SLACK_TWIPS = 60

/**
 * The least width (twips) of each column: its widest unbreakable piece at the table's font size,
 * plus the cell padding. Only cells of one column count (a span's content has more room).
 */
export function columnMinima(block: TableBlock, rows: readonly PlacedRow[], pt: number): number[] {
  const form = block.variant === 'form'
  const em = block.columns.map((column) => (form ? 0 : Math.max(0, ...headerWords(column.header ?? '').map((w) => textWidthEm(w) * BOLD_WIDTH))))
  for (const row of rows) {
    for (const { cell, col, span } of row.cells) {
      if (span !== 1) continue
      const bold = cell.bold || (form && cell.label) ? BOLD_WIDTH : 1
      const nowrap = cell.nowrap === true || block.columns[col]?.nowrap === true
      for (const piece of unbreakable(cell, nowrap, form)) em[col] = Math.max(em[col]!, textWidthEm(piece.trim()) * bold)
    }
  }
  return em.map((w) => Math.ceil(w * pt * 20) + 2 * CELL_MARGIN_TWIPS + SLACK_TWIPS)
}

/** How many em of text fit across a cell of `twips` at `pt`. */
export function cellCapacityEm(twips: number, pt: number): number {
  return (twips - 2 * CELL_MARGIN_TWIPS - SLACK_TWIPS) / (pt * 20)
}
