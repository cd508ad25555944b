import { describe, expect, it } from 'vitest'
import { filterSessions, sortSessions, type SessionFilter, type SessionListRow } from '@shared/domain/session-filter'
import { COLUMN_STEP_ROWS, filterView, listView, POSTED_KEYS, warmUpSteps } from '@shared/domain/session-list-view'
import { indexedRows } from '../../support/session-rows'

const ids = (xs: readonly SessionListRow[]) => xs.map((r) => r.id)

/** The rows behind proxies that note which rows a filter reads (any field of them). */
function watched(rows: readonly SessionListRow[]) {
  const read = new Set<string>()
  const proxied = rows.map((r) => new Proxy(r, { get: (t, k, recv) => (read.add(t.id), Reflect.get(t, k, recv)) }))
  return { proxied, read }
}

describe('the 督导记录 list view (postings and bigram columns)', () => {
  const { rows, store } = indexedRows(1500)
  const sample = rows.find((r) => r.sensitive === 0 && r.lower.length > 60 && r.superviseeIds.length > 0 && r.topics.length > 0)!
  const sensitive = rows.find((r) => r.sensitive === 1 && r.lower.length > 40)!
  const text = sample.lower.split('\u001f')[0]!
  const filters: SessionFilter[] = [
    {},
    { superviseeId: sample.superviseeIds[0]! },
    { supervisorId: sample.supervisorIds[0]! },
    { projectId: sample.projectIds[0] ?? 'none' },
    { topic: sample.topics[0]! },
    { superviseeId: sample.superviseeIds[0]!, topic: sample.topics[0]!, status: sample.status },
    { superviseeId: sample.superviseeIds[0]!, supervisorId: 'nobody' },
    { superviseeId: 'nobody' },
    { mode: sample.mode, function: sample.functions[0]! },
    { from: '2025-06-01', to: '2025-09-30', superviseeId: sample.superviseeIds[0]! },
    { query: text.slice(10, 16) },
    { query: text.slice(3, 5) },
    { query: text.slice(7, 8) },
    { query: `${text.slice(0, 3)} ${text.slice(20, 24)}` },
    { query: 'ROOM b1' },
    { query: sample.code.slice(-6) },
    { query: `${sample.code.slice(3)} ${text.slice(10, 14)}` },
    { query: '没有这个短语的记录' },
    { query: sensitive.lower.slice(5, 11) },
    { query: sensitive.lower.slice(5, 11), includeSensitive: true },
    { query: text.slice(10, 16), superviseeId: sample.superviseeIds[0]! },
  ]

  it('finds exactly what the plain scan finds, in the same order, for every filter and both sort orders', () => {
    for (const sort of [{ key: 'date', order: 'desc' }, { key: 'code', order: 'asc' }] as const) {
      const sorted = sortSessions(rows, sort)
      const view = listView(sorted, store)
      for (const f of filters) expect(ids(filterView(view, f)), JSON.stringify(f)).toEqual(ids(filterSessions(sorted, f)))
    }
    // Not vacuous: the picks and the phrase find rows, the sensitive text only when asked.
    const view = listView(sortSessions(rows), store)
    expect(filterView(view, filters[1]!).length).toBeGreaterThan(10)
    expect(filterView(view, filters[5]!).length).toBeGreaterThan(0)
    expect(filterView(view, filters[10]!).length).toBeGreaterThan(0)
    expect(ids(filterView(view, filters[18]!))).not.toContain(sensitive.id)
    expect(ids(filterView(view, filters[19]!))).toContain(sensitive.id)
  })

  it('reads only the rows of the picked 被督导者 (or of the rarest of several picks), once the postings are built', () => {
    const { proxied, read } = watched(sortSessions(rows))
    const view = listView(proxied, store)
    for (const key of POSTED_KEYS) view.postings(key)
    read.clear()
    const li = filterView(view, { superviseeId: sample.superviseeIds[0]! })
    expect(read.size).toBe(li.length)
    expect(li.length).toBeLessThan(rows.length / 10)
    read.clear()
    const both = filterView(view, { superviseeId: sample.superviseeIds[0]!, supervisorId: sample.supervisorIds[0]! })
    expect(both.length).toBeGreaterThan(0)
    expect(read.size).toBeLessThanOrEqual(li.length)
    read.clear()
    expect(filterView(view, { superviseeId: 'nobody' })).toEqual([])
    expect(read.size).toBe(0)
  })

  it('does not read the rows whose bigrams rule a phrase out', () => {
    const { proxied, read } = watched(sortSessions(rows))
    const view = listView(proxied, store)
    for (const step of warmUpSteps(view)) step()
    read.clear()
    const found = filterView(view, { query: text.slice(10, 16) })
    expect(found.length).toBeGreaterThan(0)
    expect(read.size).toBeLessThan(rows.length / 10)
    // With a pick too: only the picked rows the columns leave are read.
    read.clear()
    const both = filterView(view, { query: text.slice(10, 16), superviseeId: sample.superviseeIds[0]! })
    expect(both.length).toBeGreaterThan(0)
    expect(read.size).toBeLessThanOrEqual(found.length * 2)
  })

  it('keeps the bit sets in display order: the columns of a re-sorted view follow its rows', () => {
    const asc = listView(sortSessions(rows, { key: 'code', order: 'asc' }), store)
    const desc = listView(sortSessions(rows, { key: 'code', order: 'desc' }), store)
    const n = rows.length
    const a = asc.gramColumns()!
    const d = desc.gramColumns()!
    for (const w of [0, 7, 15]) for (const i of [0, 1, n - 1]) expect(a[w * n + i]).toBe(d[w * n + (n - 1 - i)])
    expect(listView(rows).gramColumns()).toBeNull()
  })

  it('warms up in slices: a search halfway through still finds exactly what the plain scan finds', () => {
    const many = indexedRows(COLUMN_STEP_ROWS + 500)
    const sorted = sortSessions(many.rows)
    const f = { query: many.rows[3]!.lower.slice(10, 16) }
    const view = listView(sorted, many.store)
    const steps = warmUpSteps(view)
    expect(steps.length).toBe(2 + POSTED_KEYS.length)
    steps[0]!()
    expect(ids(filterView(view, f))).toEqual(ids(filterSessions(sorted, f)))
    const whole = listView(sorted, many.store).gramColumns()!
    expect(view.gramColumns()).toEqual(whole)
  })

  it('reads a row that has no slot in the bigram index, and lists a value twice in one row once', () => {
    const [a, b] = rows.filter((r) => r.sensitive === 0 && r.lower.indexOf('\u001f') > 10) as [SessionListRow, SessionListRow]
    const unslotted = { ...a, gramSlot: undefined, topics: ['同一议题', '同一议题'] }
    const view = listView([unslotted, b], store)
    expect([...view.postings('topic').get('同一议题')!]).toEqual([0])
    expect(ids(filterView(view, { query: a.lower.slice(0, 6) }))).toContain(a.id)
    expect(filterView(view, {})).toBe(view.rows)
  })
})
