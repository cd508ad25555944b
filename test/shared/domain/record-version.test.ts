import { describe, expect, it } from 'vitest'
import { changedAfter, nextVersion, withoutVersion } from '@shared/domain/record-version'

describe('nextVersion', () => {
  it('starts a new record at rev 1 with no field stamps, whatever the caller passed', () => {
    expect(nextVersion(undefined, { id: 'p1', name: '张晓明', rev: 9, fieldRevs: { name: 9 } })).toEqual({ id: 'p1', name: '张晓明', rev: 1 })
  })

  it('counts one more and stamps only the fields that changed', () => {
    const v1 = { id: 'p1', name: '张晓明', field: '社区', tags: ['a'], updatedAt: 't1', rev: 1 }
    const v2 = nextVersion(v1, { ...v1, field: '青少年', updatedAt: 't2' })
    expect(v2).toEqual({ id: 'p1', name: '张晓明', field: '青少年', tags: ['a'], updatedAt: 't2', rev: 2, fieldRevs: { field: 2 } })
    const v3 = nextVersion(v2, { ...v2, tags: ['a', 'b'], updatedAt: 't3' })
    expect(v3.rev).toBe(3)
    expect(v3.fieldRevs).toEqual({ field: 2, tags: 3 })
  })

  it('stamps a field that was removed or added, and treats a record from before versions as rev 1', () => {
    const legacy = { id: 'p1', name: '张晓明', note: '旧' } as { id: string; name: string; note?: string; extra?: number }
    const next = nextVersion(legacy, { id: 'p1', name: '张晓明', extra: 1 })
    expect(next).toEqual({ id: 'p1', name: '张晓明', extra: 1, rev: 2, fieldRevs: { note: 2, extra: 2 } })
  })

  it('still counts a write that changed nothing, so a form that loaded the old rev learns of it', () => {
    const v1 = { id: 'p1', name: '张晓明', rev: 4, fieldRevs: { name: 3 } }
    expect(nextVersion(v1, { ...v1 })).toEqual({ id: 'p1', name: '张晓明', rev: 5, fieldRevs: { name: 3 } })
  })
})

describe('changedAfter and withoutVersion', () => {
  it('tells which fields changed after a rev', () => {
    const changed = changedAfter({ rev: 5, fieldRevs: { name: 5, field: 2 } }, 3)
    expect(['name', 'field', 'tags'].map(changed)).toEqual([true, false, false])
  })
  it('strips the version', () => {
    expect(withoutVersion({ id: 'x', rev: 3, fieldRevs: { a: 2 }, a: 1 })).toEqual({ id: 'x', a: 1 })
  })
})
