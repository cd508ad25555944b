import { describe, expect, it } from 'vitest'
import { filterSessions, sortSessions, type SessionFilter, type SessionListRow } from '@shared/domain/session-filter'
import { GramStore, mayContain, termGrams } from '@shared/domain/session-grams'
import { indexedRows } from '../../support/session-rows'

describe('bigram index of the 督导记录 list', () => {
  const { rows, store } = indexedRows(1500)
  const ids = (xs: readonly SessionListRow[]) => xs.map((r) => r.id)
  const sample = rows.find((r) => r.sensitive === 0 && r.lower.length > 60)!
  const sensitive = rows.find((r) => r.sensitive === 1 && r.lower.length > 40)!
  const firstField = sample.lower.split('\u001f')[0]!
  const queries: SessionFilter[] = [
    { query: firstField.slice(10, 16) }, // a phrase from a record
    { query: firstField.slice(3, 5) }, // two characters
    { query: firstField.slice(7, 8) }, // one character: no bigram, the text is read
    { query: `${firstField.slice(0, 3)} ${firstField.slice(20, 24)}` }, // two terms
    { query: 'ROOM b1' }, // Latin letters in another case
    { query: 'hub' },
    { query: sample.code.slice(-6) }, // in the 编号 only
    { query: '没有这个短语的记录' }, // nowhere
    { query: sensitive.lower.slice(5, 11) }, // a sensitive record's text, not searched…
    { query: sensitive.lower.slice(5, 11), includeSensitive: true }, // …unless asked
    { query: `${firstField.slice(-2)}\u001f` }, // the field separator is not a character one can search
    { query: firstField.slice(10, 16), superviseeId: sample.superviseeIds[0]! }, // with another filter
  ]

  it('finds exactly what the plain scan finds, in the same order, for both sort orders', () => {
    for (const sort of [{ key: 'date', order: 'desc' }, { key: 'code', order: 'asc' }] as const) {
      const sorted = sortSessions(rows, sort)
      for (const f of queries) {
        const plain = filterSessions(sorted, f)
        const indexed = filterSessions(sorted, f, store)
        expect(ids(indexed), JSON.stringify(f)).toEqual(ids(plain))
      }
    }
    // The cases are not vacuous: the phrase is found, the miss is not, the sensitive text only when asked.
    expect(filterSessions(rows, queries[0]!, store).length).toBeGreaterThan(0)
    expect(filterSessions(rows, queries[4]!, store).length).toBeGreaterThan(0)
    expect(filterSessions(rows, queries[7]!, store)).toEqual([])
    expect(ids(filterSessions(rows, queries[9]!, store))).toContain(sensitive.id)
    expect(ids(filterSessions(rows, queries[8]!, store))).not.toContain(sensitive.id)
  })

  it('rules out the texts that lack a bigram of the term, and never one that has the term', () => {
    const phrase = termGrams(firstField.slice(10, 16))!
    const kept = rows.filter((r) => mayContain(store, r.gramSlot!, phrase))
    for (const r of rows) if (r.lower.includes(firstField.slice(10, 16))) expect(kept).toContain(r)
    // Most texts are never read for a six-character phrase (the point of the index).
    expect(kept.length).toBeLessThan(rows.length / 10)
    expect(termGrams('一')).toBeNull()
  })

  it('keeps a slot written once: the store grows without changing earlier rows', () => {
    const small = new GramStore(1)
    const a = small.add('社区走访记录')
    for (let i = 0; i < 3000; i++) small.add(`第${i}次`)
    expect(small.size).toBe(3001)
    expect(mayContain(small, a, termGrams('走访')!)).toBe(true)
    expect(mayContain(small, a, termGrams('个案会议')!)).toBe(false)
  })
})
