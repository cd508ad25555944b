import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BackupError } from '@shared/backup'
import { readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { mergeBackup } from '@renderer/db/merge'
import { softDelete } from '@renderer/db/records'
import { updatePerson } from '@renderer/db/persons'
import { loadSession, saveSession, toSessionInput } from '@renderer/db/sessions'
import { saveProgress } from '@renderer/db/projects'
import { setClockForTests } from '@renderer/db/clock'
import { defaultFrameworkRecord } from '@renderer/db/frameworks'
import type { StudioDatabase } from '@renderer/db/schema'
import { twoLaptopsEachTest } from './fresh-databases'
import { backupOf, buildStudio, sessionInput, step } from './studio-fixture'

async function editAdvice(db: StudioDatabase, id: string, advice: string) {
  step()
  const loaded = (await loadSession(db, id))!
  await saveSession(db, { ...toSessionInput(loaded.session, loaded.followUps), advice }, { id })
}

describe('合并导入 (merge another laptop’s backup)', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  let studio: Awaited<ReturnType<typeof buildStudio>>

  /** Laptop A builds the studio; laptop B starts from A's backup; then both diverge. */
  async function diverge() {
    studio = await buildStudio(a)
    await restoreBackup(b, await backupOf(a))
    const [s1, s2] = studio.sessions
    // A: renames a person, deletes a session (a tombstone), edits s1, records a new session.
    step()
    await updatePerson(a, studio.w2.id, { name: '程思远（已调岗）', role: '社工', qualification: '助理社会工作师' })
    step()
    await softDelete(a, 'sessions', s2!.id)
    await editAdvice(a, s1!.id, 'A 的意见：先做需求评估')
    step()
    const a4 = await saveSession(a, sessionInput({ date: '2025-05-20', supervisorIds: [studio.sup.id], superviseeIds: [studio.w1.id] }))
    // B: edits a person, then s1 later than A (a conflict B wins), records its own new session.
    step()
    await updatePerson(b, studio.w1.id, { name: '韩雨桐', role: '社工', qualification: '社会工作师', phone: '13800000000' })
    await editAdvice(b, s1!.id, 'B 的意见：先链接资源')
    step()
    const b4 = await saveSession(b, sessionInput({ date: '2025-05-21', supervisorIds: [studio.sup.id], superviseeIds: [studio.w2.id] }))
    expect(a4.session.code).toBe('DD-2025-0004')
    expect(b4.session.code).toBe('DD-2025-0004')
    return { a4: a4.session, b4: b4.session }
  }

  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })

  it('A’s changes into B: edits, tombstones, a conflict kept as revision, a renumbered 编号', async () => {
    const { a4, b4 } = await diverge()
    const [s1, s2] = studio.sessions
    const result = await mergeBackup(b, await backupOf(a), { operator: '周晓岚' })

    expect((await b.persons.get(studio.w2.id))!.name).toBe('程思远（已调岗）')
    expect((await b.persons.get(studio.w1.id))!.phone).toBe('13800000000') // B's own edit stays
    expect((await b.sessions.get(s2!.id))!.deletedAt).not.toBeNull()
    const s2Follow = await b.followUps.where('sessionId').equals(s2!.id).toArray()
    expect(s2Follow.every((f) => f.deletedAt !== null)).toBe(true)

    // Conflict: both edited s1, B's edit is newer and stays; A's version is a revision.
    expect((await b.sessions.get(s1!.id))!.advice).toBe('B 的意见：先链接资源')
    expect(result.conflicts).toHaveLength(1)
    expect(result.conflicts[0]).toMatchObject({ table: 'sessions', id: s1!.id, winner: 'local', title: 'DD-2025-0001 2025-05-01' })
    const revs = await b.revisions.where('[entity+recordId]').equals(['session', s1!.id]).toArray()
    const conflictRev = revs.find((r) => r.action === '合并冲突')!
    expect(conflictRev.by).toBe('周晓岚')
    expect((conflictRev.snapshot as { advice: string }).advice).toBe('A 的意见：先做需求评估')
    expect(conflictRev.changes.find((c) => c.field === 'advice')).toMatchObject({
      label: '督导意见与建议',
      before: 'A 的意见：先做需求评估',
      after: 'B 的意见：先链接资源',
    })

    // A's new session had B's 编号 DD-2025-0004: it becomes DD-2025-0005 and is reported.
    expect(result.renumbered).toEqual([{ id: a4.id, date: '2025-05-20', from: 'DD-2025-0004', to: 'DD-2025-0005' }])
    expect((await b.sessions.get(a4.id))!.code).toBe('DD-2025-0005')
    expect((await b.sessions.get(b4.id))!.code).toBe('DD-2025-0004')
    expect(result.added.sessions).toBe(1)
    expect(result.added.followUps).toBe(0)
    expect(result.deleted.sessions).toBe(1)
    expect(result.updated.persons).toBe(1)
  })

  it('B’s changes into A (the other direction) reach the same records', async () => {
    const { a4, b4 } = await diverge()
    const [s1, s2] = studio.sessions
    const result = await mergeBackup(a, await backupOf(b))

    expect((await a.persons.get(studio.w1.id))!.phone).toBe('13800000000')
    expect((await a.persons.get(studio.w2.id))!.name).toBe('程思远（已调岗）')
    expect((await a.sessions.get(s2!.id))!.deletedAt).not.toBeNull() // A's deletion is not undone
    expect((await a.sessions.get(s1!.id))!.advice).toBe('B 的意见：先链接资源') // the newer edit wins here too
    expect(result.conflicts).toHaveLength(1)
    expect(result.conflicts[0]).toMatchObject({ id: s1!.id, winner: 'remote' })
    const rev = (await a.revisions.where('[entity+recordId]').equals(['session', s1!.id]).toArray()).find((r) => r.action === '合并冲突')!
    expect((rev.snapshot as { advice: string }).advice).toBe('A 的意见：先做需求评估')
    expect(result.renumbered).toEqual([{ id: b4.id, date: '2025-05-21', from: 'DD-2025-0004', to: 'DD-2025-0005' }])
    expect((await a.sessions.get(a4.id))!.code).toBe('DD-2025-0004')

    // Every record now has the same content on both laptops once B takes A's file too.
    await mergeBackup(b, await backupOf(a))
    const ta = await readAllTables(a)
    const tb = await readAllTables(b)
    // 编号 and versions are each laptop's own: rev counts the writes on that laptop.
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map(({ code: _c, seq: _s, rev: _r, fieldRevs: _f, ...r }) => r).sort((x, y) => String(x.id).localeCompare(String(y.id)))
    for (const t of ['persons', 'projects', 'progress', 'sessions', 'followUps'] as const) expect(strip(tb[t]), t).toEqual(strip(ta[t]))
    // …and a further round changes nothing on either side.
    const back = await mergeBackup(a, await backupOf(b))
    expect(back.conflicts).toEqual([])
    expect(Object.values(back.added).concat(Object.values(back.updated)).every((n) => n === 0)).toBe(true)
    expect((await readAllTables(a)).sessions).toEqual(ta.sessions)
  })

  it('importing the same file twice changes nothing the second time', async () => {
    await diverge()
    const file = await backupOf(a)
    await mergeBackup(b, file)
    const snapshot = await readAllTables(b)
    const again = await mergeBackup(b, file)
    expect(again.noop).toBe(true)
    expect(again.conflicts).toEqual([])
    expect(again.renumbered).toEqual([])
    expect(await readAllTables(b)).toEqual(snapshot)
    // A newer file without changes on A's side changes no record either.
    const later = await mergeBackup(b, await backupOf(a))
    expect(Object.values(later.added).every((n) => n === 0)).toBe(true)
    expect(Object.values(later.updated).every((n) => n === 0)).toBe(true)
    expect(later.conflicts).toEqual([])
    const after = await readAllTables(b)
    expect({ ...after, settings: null }).toEqual({ ...snapshot, settings: null })
  })

  it('a later edit on one side only is taken without a conflict', async () => {
    await diverge()
    const [s1] = studio.sessions
    await mergeBackup(b, await backupOf(a))
    await mergeBackup(a, await backupOf(b))
    // Now A edits s1 again with a clock behind B's: only A changed, so A's edit is taken anyway.
    setClockForTests(new Date('2025-06-01T00:00:00.000Z'))
    const loaded = (await loadSession(a, s1!.id))!
    await saveSession(a, { ...toSessionInput(loaded.session, loaded.followUps), advice: 'A 的补充意见' }, { id: s1!.id })
    step()
    const result = await mergeBackup(b, await backupOf(a))
    expect(result.conflicts).toEqual([])
    expect((await b.sessions.get(s1!.id))!.advice).toBe('A 的补充意见')
  })

  it('two laptops entering the same project quarter: newer kept, the other as revision', async () => {
    studio = await buildStudio(a)
    await restoreBackup(b, await backupOf(a))
    const base = { projectId: studio.project.id, activities: 10, serviceCount: 300, volunteers: 20, volunteerHours: 50, needsCollected: 10, needsResolved: 8, satisfaction: 95 }
    step()
    await saveProgress(a, { ...base, period: '2025Q2', note: 'A 录入' })
    step()
    await saveProgress(b, { ...base, period: '2025Q2', note: 'B 录入', activities: 12 })
    const result = await mergeBackup(a, await backupOf(b))
    expect(result.conflicts).toEqual([expect.objectContaining({ table: 'progress', winner: 'remote', title: '“共享儿女”独居老人关爱服务 2025Q2' })])
    const rows = await a.progress.where('[projectId+period]').equals([studio.project.id, '2025Q2']).toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.note).toBe('B 录入')
    const again = await mergeBackup(a, await backupOf(b))
    expect(again.conflicts).toEqual([])
    expect(await a.revisions.filter((r) => r.action === '合并冲突').count()).toBe(1)
  })

  it('the 参考模板 created on each laptop (same id, different times) is no conflict, and stays frozen', async () => {
    step()
    await a.frameworks.add({ ...defaultFrameworkRecord(new Date(Date.UTC(2025, 4, 30, 3)).toISOString()), frozen: 1 })
    await b.frameworks.add(defaultFrameworkRecord(new Date(Date.UTC(2025, 4, 31, 3)).toISOString()))
    await buildStudio(a)
    const result = await mergeBackup(b, await backupOf(a))
    expect(result.conflicts).toEqual([])
    const merged = await b.frameworks.toArray()
    expect(merged).toHaveLength(1)
    expect(merged[0]!.frozen).toBe(1)
    expect((await mergeBackup(b, await backupOf(a))).updated.frameworks).toBe(0)
    const back = await mergeBackup(a, await backupOf(b))
    expect(back.conflicts).toEqual([])
    expect((await a.frameworks.toArray())[0]!.frozen).toBe(1)
  })

  it('refuses this laptop’s own backup and an older file than the last one taken', async () => {
    studio = await buildStudio(a)
    const own = await backupOf(a)
    const err = await mergeBackup(a, own).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackupError)
    expect((err as BackupError).message).toContain('这是本机自己的备份')

    const older = await backupOf(a)
    step()
    await updatePerson(a, studio.w1.id, { name: '韩雨桐', role: '社工', qualification: '社会工作师', note: '新' })
    const newer = await backupOf(a)
    await mergeBackup(b, newer)
    const before = await readAllTables(b)
    const err2 = await mergeBackup(b, older).catch((e: unknown) => e)
    expect((err2 as BackupError).code).toBe('older-file')
    expect((err2 as BackupError).message).toMatch(/早于上次从“林泉高级社工师工作室”导入的备份/)
    expect(await readAllTables(b)).toEqual(before)
  })

  it('a laptop whose clock ran ahead: once its clock is right, its later backups still merge', async () => {
    studio = await buildStudio(a)
    // A's clock runs 20 hours ahead when it writes a backup that B takes…
    step(20 * 60)
    const ahead = await backupOf(a)
    await mergeBackup(b, ahead)
    // …then A's clock is put right: its next backup is dated before the one B took, yet newer.
    step(-19 * 60)
    await updatePerson(a, studio.w1.id, { name: '韩雨桐', role: '社工', qualification: '社会工作师', note: '调到林泉社区' })
    const later = await backupOf(a)
    expect(Date.parse(later.manifest.createdAt)).toBeLessThan(Date.parse(ahead.manifest.createdAt))
    const result = await mergeBackup(b, later)
    expect(result.updated.persons).toBe(1)
    expect((await b.persons.get(studio.w1.id))?.note).toBe('调到林泉社区')
    // The file B took before that one is still refused as older, and so is the one with the wrong clock now.
    const again = await mergeBackup(b, ahead).catch((e: unknown) => e)
    expect((again as BackupError).code).toBe('older-file')
  })
})
