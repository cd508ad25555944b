import { describe, expect, it } from 'vitest'
import { mergeRecord, resolveMerge } from '@shared/domain/three-way-merge'
import { canonicalJson, sameValue } from '@shared/domain/canonical-json'

const META = new Set(['updatedAt', 'rev'])
const base = { id: 's1', location: '会议室', advice: '继续跟进', topics: ['个案工作'], deletedAt: null as string | null, updatedAt: 't0', rev: 1 }

describe('canonicalJson', () => {
  it('ignores key order and undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}')
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameValue(null, undefined)).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
  })

  it('compares lists as their texts do, whether or not the copies hold the very same items', () => {
    const pairs: [unknown[], unknown[]][] = [
      [['个案工作', '小组工作'], ['个案工作', '小组工作']],
      [['个案工作'], ['小组工作']],
      [['a'], ['a', 'b']],
      [[undefined], [null]],
      [[1], [1, undefined]],
      [[{ a: 1, b: 2 }], [{ b: 2, a: 1 }]],
      [[{ a: 1 }], [{ a: 2 }]],
      [[], []],
    ]
    for (const [a, b] of pairs) expect([a, b, sameValue(a, b)]).toEqual([a, b, canonicalJson(a) === canonicalJson(b)])
  })
})

describe('mergeRecord', () => {
  it('keeps both sides when each changed a different field', () => {
    const local = { ...base, location: '二楼', updatedAt: 't1', rev: 2 }
    const remote = { ...base, advice: '下周再访', updatedAt: 't2', rev: 2 }
    const m = mergeRecord({ local, remote, base, ignore: META, provisional: 'remote' })
    expect(m.merged).toEqual({ id: 's1', location: '二楼', advice: '下周再访', topics: ['个案工作'], deletedAt: null, updatedAt: 't2', rev: 2 })
    expect(m.fromLocal).toEqual(['location'])
    expect(m.fromRemote).toEqual(['advice'])
    expect(m.conflicts).toEqual([])
  })

  it('makes the same field changed differently on both sides a conflict, provisionally the chosen side', () => {
    const local = { ...base, location: '二楼', updatedAt: 't1' }
    const remote = { ...base, location: '三楼', advice: '下周再访', updatedAt: 't2' }
    const m = mergeRecord({ local, remote, base, ignore: META, provisional: 'remote' })
    expect(m.conflicts).toEqual([{ field: 'location', local: '二楼', remote: '三楼', base: '会议室' }])
    expect(m.merged).toEqual({ ...base, location: '三楼', advice: '下周再访', updatedAt: 't2' })
    expect(resolveMerge(m, { location: 'local' })).toEqual({ ...base, location: '二楼', advice: '下周再访', updatedAt: 't2' })
    expect(resolveMerge(m, {})).toEqual(m.merged)
  })

  it('agrees without a conflict when both made the same change, whatever the key order', () => {
    const local = { ...base, topics: ['个案工作', '小组工作'], extra: { a: 1, b: 2 } }
    const remote = { ...base, topics: ['个案工作', '小组工作'], extra: { b: 2, a: 1 } }
    const m = mergeRecord({ local, remote, base, ignore: META, provisional: 'local' })
    expect(m.conflicts).toEqual([])
    expect(m.fromLocal).toEqual([])
    expect(m.fromRemote).toEqual([])
  })

  it('changes nothing when merged again with the same remote (the ancestor is now that remote)', () => {
    const local = { ...base, location: '二楼' }
    const remote = { ...base, advice: '下周再访' }
    const first = mergeRecord({ local, remote, base, ignore: META, provisional: 'local' }).merged
    const again = mergeRecord({ local: first, remote, base: remote, ignore: META, provisional: 'local' })
    expect(again.merged).toEqual(first)
    expect(again.fromRemote).toEqual([])
    expect(again.conflicts).toEqual([])
  })

  it('lists a record deleted on one side and edited on the other as a conflict, keeping the edits in the 回收站', () => {
    const local = { ...base, deletedAt: '2026-12-01T08:00:00.000Z' }
    const remote = { ...base, advice: '下周再访' }
    const m = mergeRecord({ local, remote, base, ignore: META, provisional: 'remote' })
    expect(m.merged).toEqual({ ...base, advice: '下周再访', deletedAt: '2026-12-01T08:00:00.000Z' })
    expect(m.conflicts).toEqual([{ field: 'deletedAt', local: '2026-12-01T08:00:00.000Z', remote: null, base: null }])
    expect(resolveMerge(m, { deletedAt: 'remote' })).toEqual({ ...base, advice: '下周再访' })
  })

  it('deletes without asking when the other side did not touch the record', () => {
    const remote = { ...base, deletedAt: '2026-12-01T08:00:00.000Z' }
    const m = mergeRecord({ local: base, remote, base, ignore: META, provisional: 'local' })
    expect(m.merged.deletedAt).toBe('2026-12-01T08:00:00.000Z')
    expect(m.fromRemote).toEqual(['deletedAt'])
    expect(m.conflicts).toEqual([])
  })

  it('counts every difference as a conflict when the ancestor is unknown', () => {
    const local = { ...base, location: '二楼' }
    const remote = { ...base, advice: '下周再访' }
    const m = mergeRecord({ local, remote, base: null, ignore: META, provisional: 'local' })
    expect(m.conflicts).toEqual([
      { field: 'location', local: '二楼', remote: '会议室' },
      { field: 'advice', local: '继续跟进', remote: '下周再访' },
    ])
    expect(m.merged).toEqual(local)
  })

  it('takes which fields changed from version stamps when only those are known', () => {
    const local = { ...base, location: '二楼', advice: 'A' }
    const remote = { ...base, location: '三楼', advice: 'B' }
    const m = mergeRecord({
      local,
      remote,
      base: { local: (f) => f === 'location', remote: (f) => f === 'advice' },
      ignore: META,
      provisional: 'local',
    })
    expect(m.merged).toEqual({ ...base, location: '二楼', advice: 'B' })
    expect(m.conflicts).toEqual([])
  })

  it('is a conflict when both deleted-or-restored differently', () => {
    const local = { ...base, deletedAt: '2026-12-01T08:00:00.000Z' }
    const remote = { ...base, deletedAt: '2026-12-02T08:00:00.000Z' }
    const m = mergeRecord({ local, remote, base, ignore: META, provisional: 'remote' })
    expect(m.conflicts).toEqual([{ field: 'deletedAt', local: '2026-12-01T08:00:00.000Z', remote: '2026-12-02T08:00:00.000Z', base: null }])
    expect(m.merged.deletedAt).toBe('2026-12-02T08:00:00.000Z')
  })
})
