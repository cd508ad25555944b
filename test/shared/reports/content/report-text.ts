/** Reading a Report model in tests: paragraph texts, headings, tables by caption, cell texts. */
import type { Block, ImageBlock, Report, TableBlock, TableCellInput, TableRowSpec } from '../../../../src/shared/reports/report-model'
import { normaliseRow } from '../../../../src/shared/reports/report-model'
import { outline } from '../../../../src/shared/reports/content'

export function paragraphs(report: Report): string[] {
  return report.blocks
    .filter((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph')
    .map((b) => (typeof b.runs === 'string' ? b.runs : b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('')))
}

export function headings(report: Report): string[] {
  return outline(report).map((h) => h.text)
}

export function tables(report: Report): TableBlock[] {
  return report.blocks.filter((b): b is TableBlock => b.kind === 'table')
}

export function table(report: Report, caption: string): TableBlock {
  const found = tables(report).find((t) => t.caption === caption)
  if (!found) throw new Error(`no table captioned ${caption}: ${tables(report).map((t) => t.caption).join(' | ')}`)
  return found
}

const cellText = (c: TableCellInput) => (typeof c === 'string' ? c : c.text)

/** Every row as cell texts. */
export function rows(t: TableBlock): string[][] {
  return t.rows.map((r: TableRowSpec) => normaliseRow(r).cells.map(cellText))
}

export function headers(t: TableBlock): string[] {
  return t.columns.map((c) => c.header ?? '')
}

export function images(report: Report): ImageBlock[] {
  return report.blocks.filter((b): b is ImageBlock => b.kind === 'image')
}

/** Label → value pairs of a form table (label cells followed by their value). */
export function formFields(t: TableBlock): Record<string, string> {
  const out: Record<string, string> = {}
  for (const spec of t.rows) {
    const cells = normaliseRow(spec).cells
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!
      // A long label carries where it breaks (\n): the field's name is the label without it.
      if (c.label) out[c.text.replace(/\n/g, '')] = cells[i + 1]?.text ?? ''
    }
  }
  return out
}
