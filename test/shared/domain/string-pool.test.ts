import { describe, expect, it } from 'vitest'
import { toListRow } from '@shared/domain/session-filter'
import { StringPool } from '@shared/domain/string-pool'
import { indexedRows } from '../../support/session-rows'

describe('the list rows’ string pool', () => {
  it('holds one string per distinct value and gives back equal values', () => {
    const pool = new StringPool()
    const a = 'p-' + 'li'
    expect(pool.of(a)).toBe('p-li')
    expect(pool.of(['p', 'li'].join('-'))).toBe('p-li')
    const ids = ['p-li', 'p-wang', 'p-li']
    const pooled = pool.list(ids)
    expect(pooled).toEqual(ids)
    expect(pooled).not.toBe(ids)
    expect(pool.size).toBe(2)
  })

  it('builds the same rows with a pool, keeping one string per id, date and label', () => {
    const { data } = indexedRows(300)
    const pool = new StringPool()
    for (const s of data.sessions) expect(toListRow(s, pool)).toEqual(toListRow(s))
    const distinct = new Set(
      data.sessions.flatMap((s) => [s.date, s.startTime, s.endTime, s.mode, s.kind, s.status, s.riskLevel, ...s.functions, ...s.supervisorIds, ...s.superviseeIds, ...s.projectIds, ...s.topics]),
    )
    expect(pool.size).toBe(distinct.size)
    // 300 records, a few hundred strings: what the pool saves grows with the records, not the values.
    expect(pool.size).toBeLessThan(data.sessions.length * 2)
  })
})
