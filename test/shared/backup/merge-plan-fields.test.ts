import { describe, expect, it } from 'vitest'
import { emptyTables, planMerge, type BackupManifest, type MergeInput } from '@shared/backup'
import type { SyncState } from '@shared/model/stored'

// Two laptops that last exchanged when person p1 was at rev 3 on both (the sync state records
// the pair), then each changed it. The plan is checked record for record.
const T0 = '2026-11-01T08:00:00.000Z'
const base = {
  id: 'p1', name: '韩雨桐', role: '社工', qualification: '社会工作师', field: '', phone: '', note: '',
  createdAt: T0, updatedAt: '2026-11-02T08:00:00.000Z', deletedAt: null as string | null, rev: 3, fieldRevs: { phone: 2 } as Record<string, number>,
}
const manifest = (createdAt: string): BackupManifest => ({
  format: 'sgbak', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 4, createdAt, deviceId: 'laptop-b', studioName: 'B', counts: {}, sha256: {},
})
const state = (): SyncState => ({
  deviceId: 'laptop-b', studioName: 'B', at: '2026-11-02T09:00:00.000Z', fileCreatedAt: '2026-11-02T09:00:00.000Z',
  seen: { 'persons:p1': base.updatedAt }, kept: {}, revs: { 'persons:p1': [3, 3] },
})
function input(local: typeof base, remote: typeof base, localSync: SyncState | null = state()): MergeInput {
  const l = emptyTables()
  l.persons = [local]
  const r = emptyTables()
  r.persons = [remote]
  let n = 0
  return {
    local: l, localDeviceId: 'laptop-a', localSync, remote: { manifest: manifest('2026-12-01T09:00:00.000Z'), tables: r },
    now: '2026-12-06T10:00:00.000Z', operator: '高瑞敏', newId: () => `rev-${++n}`,
  }
}
const localEdit = { ...base, phone: '13800000000', updatedAt: '2026-11-20T08:00:00.000Z', rev: 4, fieldRevs: { phone: 4 } }

describe('合并导入 field by field', () => {
  it('keeps both laptops’ edits of different fields of one record, with no conflict', () => {
    const remote = { ...base, name: '韩雨桐（已调岗）', updatedAt: '2026-11-25T08:00:00.000Z', rev: 4, fieldRevs: { phone: 2, name: 4 } }
    const plan = planMerge(input(localEdit, remote))
    expect(plan.conflicts).toEqual([])
    expect(plan.revisions).toEqual([])
    expect(plan.puts.persons).toEqual([
      { ...base, name: '韩雨桐（已调岗）', phone: '13800000000', updatedAt: '2026-12-06T10:00:00.000Z', rev: 5, fieldRevs: { phone: 4, name: 5 } },
    ])
    expect(plan.syncState.revs).toEqual({ 'persons:p1': [5, 4] })
    expect(plan.syncState.kept).toEqual({ 'persons:p1': '2026-12-06T10:00:00.000Z' })
  })

  it('makes the same field changed on both a conflict: the newer value meanwhile, the other in the history', () => {
    const remote = { ...base, phone: '13900000000', note: '调往新港山', updatedAt: '2026-11-25T08:00:00.000Z', rev: 5, fieldRevs: { phone: 5, note: 4 } }
    const plan = planMerge(input(localEdit, remote))
    expect(plan.puts.persons).toEqual([{ ...base, phone: '13900000000', note: '调往新港山', updatedAt: '2026-11-25T08:00:00.000Z', rev: 5, fieldRevs: { phone: 5, note: 5 } }])
    expect(plan.conflicts).toEqual([
      {
        table: 'persons', tableLabel: '人员', id: 'p1', title: '韩雨桐', winner: 'remote',
        localUpdatedAt: '2026-11-20T08:00:00.000Z', remoteUpdatedAt: '2026-11-25T08:00:00.000Z', localDeleted: false, remoteDeleted: false,
        reason: '两台电脑都修改了这条记录',
        fields: [{ field: 'phone', label: '电话', local: '13800000000', remote: '13900000000' }],
      },
    ])
    expect(plan.revisions).toHaveLength(1)
    expect(plan.revisions[0]).toMatchObject({ id: 'rev-1', entity: 'person', recordId: 'p1', action: '合并冲突', by: '高瑞敏', snapshot: localEdit })
    expect(plan.revisions[0]!.changes).toEqual([
      { field: 'phone', label: '电话', before: '13800000000', after: '13900000000' },
      { field: 'note', label: '备注', before: '', after: '调往新港山' },
    ])
  })

  it('lists a record deleted on one laptop and edited on the other; it waits in the 回收站 with the edit', () => {
    const remote = { ...base, deletedAt: '2026-11-24T08:00:00.000Z', updatedAt: '2026-11-24T08:00:00.000Z', rev: 4, fieldRevs: { phone: 2, deletedAt: 4 } }
    const plan = planMerge(input(localEdit, remote))
    expect(plan.puts.persons).toEqual([
      { ...localEdit, deletedAt: '2026-11-24T08:00:00.000Z', updatedAt: '2026-12-06T10:00:00.000Z', rev: 5, fieldRevs: { phone: 4, deletedAt: 5 } },
    ])
    expect(plan.conflicts.map((c) => [c.winner, c.fields])).toEqual([
      ['remote', [{ field: 'deletedAt', label: '删除时间', local: null, remote: '2026-11-24T08:00:00.000Z' }]],
    ])
  })

  it('counts every difference as a conflict when the last exchange recorded no versions', () => {
    const remote = { ...base, name: '韩雨桐（已调岗）', updatedAt: '2026-11-25T08:00:00.000Z', rev: 4, fieldRevs: { name: 4 } }
    const { revs: _r, ...legacy } = state()
    const plan = planMerge(input(localEdit, remote, legacy as SyncState))
    expect(plan.conflicts[0]!.fields.map((f) => f.field)).toEqual(['name', 'phone'])
    expect(plan.puts.persons[0]).toMatchObject({ name: '韩雨桐（已调岗）', phone: '', updatedAt: '2026-11-25T08:00:00.000Z' })
  })

  it('changes nothing when the same file is merged again after the merge', () => {
    const remote = { ...base, name: '韩雨桐（已调岗）', updatedAt: '2026-11-25T08:00:00.000Z', rev: 4, fieldRevs: { phone: 2, name: 4 } }
    const first = planMerge(input(localEdit, remote))
    const again = input(first.puts.persons[0] as typeof base, remote, first.syncState)
    const second = planMerge(again)
    expect(second.puts.persons).toEqual([])
    expect(second.conflicts).toEqual([])
    expect(second.noop).toBe(true)
  })
})
