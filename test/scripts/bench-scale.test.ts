import { describe, expect, it } from 'vitest'
import { scaleTable, sizeFree } from '../../scripts/bench-scale.mjs'

describe('the scale curve of BENCH_SCALE', () => {
  it('names a metric the same at every size: its size is written N', () => {
    expect(sizeFree('sessions.toArray.20000', 20000)).toBe('sessions.toArray.N')
    expect(sizeFree('limits.bulkPut.indexed.100k', 100000)).toBe('limits.bulkPut.indexed.N')
    // Another number in a name is not the size.
    expect(sizeFree('dashboard.open.200x8', 5000)).toBe('dashboard.open.200x8')
    expect(sizeFree('sessions.insert.5000', 20000)).toBe('sessions.insert.5000')
  })

  it('lists each metric per size with its growth from one size to the next', () => {
    const bySize = new Map<number, Record<string, { value: number; unit: string }>>([
      [5000, { 'sessions.toArray.5000': { value: 10, unit: 'ms' }, 'sessions.list.open': { value: 50, unit: 'ms' } }],
      [100000, { 'sessions.toArray.100000': { value: 250, unit: 'ms' } }],
      [20000, { 'sessions.toArray.20000': { value: 45, unit: 'ms' }, 'sessions.list.open': { value: 70, unit: 'ms' } }],
    ])
    const { results, tables } = scaleTable(bySize)
    expect(results).toEqual({
      'sessions.toArray.N@5000': { value: 10, unit: 'ms' },
      'sessions.toArray.N@20000': { value: 45, unit: 'ms' },
      'sessions.toArray.N@100000': { value: 250, unit: 'ms' },
      'sessions.toArray.N.growth@5000-20000': { value: 4.5, unit: 'count' },
      'sessions.toArray.N.growth@20000-100000': { value: 5.56, unit: 'count' },
      'sessions.list.open@5000': { value: 50, unit: 'ms' },
      'sessions.list.open@20000': { value: 70, unit: 'ms' },
      'sessions.list.open.growth@5000-20000': { value: 1.4, unit: 'count' },
    })
    expect(tables).toEqual([
      {
        title: 'scale: sessions',
        rows: [
          { metric: 'sessions.toArray.N', unit: 'ms', '5,000': 10, '20,000': 45, '100,000': 250, '×5000→20000 (sizes ×4)': 4.5, '×20000→100000 (sizes ×5)': 5.56 },
          { metric: 'sessions.list.open', unit: 'ms', '5,000': 50, '20,000': 70, '×5000→20000 (sizes ×4)': 1.4 },
        ],
      },
    ])
  })
})
