/**
 * What becomes of every column of the sheet: mapped to a field, appended to a text field under
 * its header, or not imported — chosen by the user. A column with data is never dropped without
 * that choice: the preview waits until every such column has one.
 */
import { columnLetter, guessMapping, IMPORT_FIELDS, normalizeHeader, type ColumnMapping, type ImportField } from './columns'
import { cellText, hashText, type CellValue } from './text'
import { SESSION_FIELD_LABELS } from '../model/session'

/** Text fields of a 督导记录 a column can be appended to. */
export const APPEND_TARGETS = ['process', 'questions', 'advice', 'supervisorReflection', 'superviseeReflection'] as const
export type AppendTarget = (typeof APPEND_TARGETS)[number]
/** The form's own labels (督导过程 …), so the mapping and the report name a field as the form does. */
export const APPEND_TARGET_LABELS = Object.fromEntries(APPEND_TARGETS.map((t) => [t, SESSION_FIELD_LABELS[t]])) as Record<AppendTarget, string>

export type ColumnChoice =
  | { kind: 'field'; field: ImportField }
  | { kind: 'append'; target: AppendTarget }
  | { kind: 'skip' }
  | { kind: 'undecided' }

export interface SheetColumn {
  index: number
  letter: string
  header: string
  /** Non-empty cells below the header. */
  filled: number
  /** The first non-empty cell below the header. */
  sample: string
}

/** Every column that has a header or data, left to right. */
export function sheetColumns(rows: readonly (readonly CellValue[])[], headerRow: number): SheetColumn[] {
  let width = 0
  for (const r of rows) width = Math.max(width, r.length)
  const header = rows[headerRow] ?? []
  const out: SheetColumn[] = []
  for (let c = 0; c < width; c++) {
    let filled = 0
    let sample = ''
    for (let r = headerRow + 1; r < rows.length; r++) {
      const t = cellText(rows[r]?.[c] ?? null)
      if (t === '') continue
      filled += 1
      if (!sample) sample = t
    }
    const h = cellText(header[c] ?? null)
    if (h || filled > 0) out.push({ index: c, letter: columnLetter(c), header: h, filled, sample })
  }
  return out
}

/** Names the headers of a sheet, whatever their spacing and width: remembered choices are kept under it. */
export function headerSignature(headers: readonly string[]): string {
  return hashText(headers.map(normalizeHeader).join('\u0001'))
}

/**
 * The first plan of a sheet: the remembered one when the headers are the same as last time,
 * else the guessed fields; an empty column needs no choice, any other column waits for one.
 */
export function initialPlan(columns: readonly SheetColumn[], remembered?: readonly ColumnChoice[] | null): ColumnChoice[] {
  const width = columns.reduce((n, c) => Math.max(n, c.index + 1), 0)
  const plan: ColumnChoice[] = Array.from({ length: width }, () => ({ kind: 'skip' }) as ColumnChoice)
  const headers: string[] = new Array(width).fill('')
  for (const c of columns) headers[c.index] = c.header
  const guessed = guessMapping(headers)
  for (const c of columns) {
    const kept = remembered?.[c.index]
    if (kept && kept.kind !== 'undecided') plan[c.index] = kept
    else {
      const field = IMPORT_FIELDS.find((f) => guessed[f] === c.index)
      plan[c.index] = field ? { kind: 'field', field } : c.filled > 0 ? { kind: 'undecided' } : { kind: 'skip' }
    }
  }
  return plan
}

/** The column of each field. */
export function mappingOf(plan: readonly ColumnChoice[]): ColumnMapping {
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping
  plan.forEach((c, i) => {
    if (c.kind === 'field' && mapping[c.field] === null) mapping[c.field] = i
  })
  return mapping
}

/** Chooses for one column; a field taken by another column is moved here (that column then waits for a choice). */
export function choose(plan: readonly ColumnChoice[], columns: readonly SheetColumn[], index: number, choice: ColumnChoice): ColumnChoice[] {
  const filled = (i: number) => (columns.find((c) => c.index === i)?.filled ?? 0) > 0
  return plan.map((c, i) => {
    if (i === index) return choice
    if (choice.kind === 'field' && c.kind === 'field' && c.field === choice.field) return filled(i) ? { kind: 'undecided' } : { kind: 'skip' }
    return c
  })
}

/** Columns with data still waiting for a choice. */
export function undecidedColumns(plan: readonly ColumnChoice[], columns: readonly SheetColumn[]): SheetColumn[] {
  return columns.filter((c) => c.filled > 0 && (plan[c.index]?.kind ?? 'undecided') === 'undecided')
}

/** 不导入 for every column still waiting (the headless import of tests and the benchmark says so explicitly). */
export function skipUndecided(plan: readonly ColumnChoice[]): ColumnChoice[] {
  return plan.map((c) => (c.kind === 'undecided' ? { kind: 'skip' } : c))
}

/** F 列“联系电话” */
export const columnName = (c: Pick<SheetColumn, 'letter' | 'header'>) => `${c.letter} 列${c.header ? `“${c.header}”` : ''}`
