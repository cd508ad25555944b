/** What the mapping step points out before the preview: words the synonym table does not know, dates without a year. */
import { parseLooseDate, parseMonthDay } from './dates'
import { mappingOf, type ColumnChoice } from './plan'
import { indexSynonyms, matchFunctions, matchMode, type SynonymEntry, type SynonymField } from './synonyms'
import { cellText, type CellValue } from './text'

export interface UnknownValue {
  field: SynonymField
  word: string
  rows: number
}

/** The distinct 方式/功能 cells neither the table nor this file's choices give a meaning, most frequent first. */
export function unknownValues(
  rows: readonly (readonly CellValue[])[],
  headerRow: number,
  plan: readonly ColumnChoice[],
  synonyms: readonly SynonymEntry[],
): UnknownValue[] {
  const mapping = mappingOf(plan)
  const index = indexSynonyms(synonyms)
  const found = new Map<string, UnknownValue>()
  for (const field of ['mode', 'functions'] as const) {
    const col = mapping[field]
    if (col === null) continue
    for (let r = headerRow + 1; r < rows.length; r++) {
      const word = cellText(rows[r]?.[col] ?? null)
      if (!word) continue
      const known = field === 'mode' ? matchMode(word, index) !== null : matchFunctions(word, index).length > 0
      if (known) continue
      const key = `${field}:${word}`
      const v = found.get(key) ?? { field, word, rows: 0 }
      v.rows += 1
      found.set(key, v)
    }
  }
  return [...found.values()].sort((a, b) => b.rows - a.rows || a.word.localeCompare(b.word))
}

/** Rows whose date is written without a year (3月6日). */
export function yearlessRows(rows: readonly (readonly CellValue[])[], headerRow: number, plan: readonly ColumnChoice[]): number {
  const col = mappingOf(plan).date
  if (col === null) return 0
  let n = 0
  for (let r = headerRow + 1; r < rows.length; r++) {
    const v = rows[r]?.[col] ?? null
    if (v !== null && !parseLooseDate(v).ok && parseMonthDay(v)) n += 1
  }
  return n
}
