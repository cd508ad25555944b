import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { restoreBackup } from '@renderer/db/backup-restore'
import { mergeBackup } from '@renderer/db/merge'
import { openConflicts, resolveConflict } from '@renderer/db/conflicts'
import { updatePerson } from '@renderer/db/persons'
import { softDelete } from '@renderer/db/records'
import { loadSession, saveSession, toSessionInput } from '@renderer/db/sessions'
import type { StudioDatabase } from '@renderer/db/schema'
import { twoLaptopsEachTest } from './fresh-databases'
import { backupOf, buildStudio, step } from './studio-fixture'

describe('合并导入 field by field, through the data layer', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  let studio: Awaited<ReturnType<typeof buildStudio>>
  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })
  beforeEach(async () => {
    studio = await buildStudio(a)
    await restoreBackup(b, await backupOf(a))
  })

  const person = { role: '社工' as const, qualification: '社会工作师' as const }

  it('each laptop changed a different field of one person: both survive, nothing to decide, again changes nothing', async () => {
    step()
    await updatePerson(a, studio.w1.id, { name: '韩雨桐', ...person, phone: '13800000000' })
    step()
    await updatePerson(b, studio.w1.id, { name: '韩雨桐（已调岗）', ...person })
    const result = await mergeBackup(a, await backupOf(b))
    expect(result.conflicts).toEqual([])
    expect(await a.persons.get(studio.w1.id)).toMatchObject({ name: '韩雨桐（已调岗）', phone: '13800000000' })
    expect(await openConflicts(a)).toEqual([])
    // The other way round reaches the same content, and a second round changes nothing.
    await mergeBackup(b, await backupOf(a))
    expect(await b.persons.get(studio.w1.id)).toMatchObject({ name: '韩雨桐（已调岗）', phone: '13800000000' })
    const again = await mergeBackup(a, await backupOf(b))
    expect([again.conflicts, again.updated.persons]).toEqual([[], 0])
  })

  it('the same field on both: listed on 冲突处理 with both values; choosing the other side keeps the loser in the history', async () => {
    step()
    await updatePerson(a, studio.w1.id, { name: '韩雨桐', ...person, phone: '13800000000' })
    step()
    await updatePerson(b, studio.w1.id, { name: '韩雨桐', ...person, phone: '13900000000' })
    const result = await mergeBackup(a, await backupOf(b))
    expect(result.conflicts.map((c) => [c.winner, c.fields])).toEqual([['remote', [{ field: 'phone', label: '电话', local: '13800000000', remote: '13900000000' }]]])
    expect((await a.persons.get(studio.w1.id))?.phone).toBe('13900000000')
    const [open] = await openConflicts(a)
    expect(open).toMatchObject({ table: 'persons', recordId: studio.w1.id, title: '韩雨桐', source: '合并导入', provisional: 'remote', resolved: 0 })
    expect(open!.fields).toEqual([{ field: 'phone', label: '电话', local: '13800000000', remote: '13900000000' }])

    await expect(resolveConflict(a, open!.id, {}, '周晓岚')).rejects.toThrow('请为“电话”选择保留哪一边')
    step()
    await resolveConflict(a, open!.id, { phone: 'local' }, '周晓岚')
    expect(await a.persons.get(studio.w1.id)).toMatchObject({ phone: '13800000000' })
    expect(await openConflicts(a)).toEqual([])
    const history = await a.revisions.where('[entity+recordId]').equals(['person', studio.w1.id]).toArray()
    const decided = history.find((r) => r.reason.startsWith('冲突处理'))!
    expect(decided).toMatchObject({ action: '合并冲突', by: '周晓岚', changes: [{ field: 'phone', label: '电话', before: '13900000000', after: '13800000000' }] })
    expect(decided.snapshot).toEqual({ local: { phone: '13800000000' }, remote: { phone: '13900000000' } })
    // A repeated merge finds nothing new: no conflict comes back.
    await mergeBackup(a, await backupOf(b))
    expect(await openConflicts(a)).toEqual([])
  })

  it('deleted on one laptop and edited on the other: listed, waiting in the 回收站 with the edit; 保留本机 brings it back with its follow-ups', async () => {
    const s = studio.sessions[0]!
    step()
    await softDelete(b, 'sessions', s.id)
    step()
    const loaded = (await loadSession(a, s.id))!
    await saveSession(a, { ...toSessionInput(loaded.session, loaded.followUps), advice: 'A 补充的意见' }, { id: s.id, expectedRev: loaded.session.rev })
    await mergeBackup(a, await backupOf(b))
    const stored = (await a.sessions.get(s.id))!
    expect([stored.advice, stored.deletedAt !== null]).toEqual(['A 补充的意见', true])
    const [open] = await openConflicts(a)
    expect(open!.fields.map((f) => [f.field, f.local === null, typeof f.remote])).toEqual([['deletedAt', true, 'string']])
    step()
    await resolveConflict(a, open!.id, { deletedAt: 'local' })
    expect((await a.sessions.get(s.id))?.deletedAt).toBeNull()
    expect((await a.followUps.where('sessionId').equals(s.id).toArray()).map((f) => f.deletedAt)).toEqual([null])
  })
})
