import { generateSampleData } from '@shared/sample/generator'
import { toListRow, type SessionListRow } from '@shared/domain/session-filter'
import { GramStore } from '@shared/domain/session-grams'

/** Sample sessions as the 督导记录 list holds them: every row with its slot in one bigram index. */
export function indexedRows(sessions: number) {
  const data = generateSampleData({ seed: 5, today: '2026-01-15', persons: 40, projects: 12, sessions, quarters: 4 })
  const store = new GramStore(4)
  const rows: SessionListRow[] = data.sessions.map((s, i) => {
    // A few rows with capitals and a sensitive one among them: the edges of matching.
    const row = toListRow(i % 97 === 0 ? { ...s, location: 'Room B12 社区 Hub' } : s)
    row.gramSlot = store.add(row.lower)
    return row
  })
  return { rows, store, data }
}
