import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VersionConflictError } from '@renderer/db/write'
import { updatePerson } from '@renderer/db/persons'
import { saveProgress } from '@renderer/db/projects'
import { restore, softDelete } from '@renderer/db/records'
import { loadSession, saveSession, toSessionInput } from '@renderer/db/sessions'
import { updateFollowUpStatus } from '@renderer/db/follow-ups'
import { getDraft, saveDraft, sessionDraftKey } from '@renderer/db/drafts'
import { setClockForTests } from '@renderer/db/clock'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { buildStudio, step } from './studio-fixture'

describe('every record carries a version; a save names the one it loaded', () => {
  let db: StudioDatabase
  let studio: Awaited<ReturnType<typeof buildStudio>>
  beforeEach(async () => {
    db = freshDb()
    studio = await buildStudio(db)
  })
  afterEach(async () => {
    setClockForTests(null)
    await dropDb(db)
  })

  it('counts each write and stamps the fields it changed', async () => {
    expect(studio.w1.rev).toBe(1)
    step()
    const p = await updatePerson(db, studio.w1.id, { name: '韩雨桐', role: '社工', qualification: '社会工作师', phone: '13800000000' }, { expectedRev: 1 })
    expect([p.rev, p.fieldRevs]).toEqual([2, { phone: 2 }])
    expect((await db.persons.get(studio.w1.id))?.rev).toBe(2)
  })

  it('refuses a save over a newer version, writing nothing', async () => {
    step()
    await updatePerson(db, studio.w1.id, { name: '韩雨桐（A 改）', role: '社工', qualification: '社会工作师' }, { expectedRev: 1 })
    step()
    const stale = updatePerson(db, studio.w1.id, { name: '韩雨桐（B 改）', role: '社工', qualification: '社会工作师' }, { expectedRev: 1 })
    await expect(stale).rejects.toThrow(VersionConflictError)
    await expect(stale).rejects.toMatchObject({ table: 'persons', expectedRev: 1, stored: { name: '韩雨桐（A 改）', rev: 2 } })
    expect(await db.persons.get(studio.w1.id)).toMatchObject({ name: '韩雨桐（A 改）', rev: 2 })
  })

  it('two tabs on one 督导记录: the later save is refused whatever the order, its draft kept until it is settled', async () => {
    const s = studio.sessions[0]!
    const loaded = (await loadSession(db, s.id))!
    const input = toSessionInput(loaded.session, loaded.followUps)
    expect(loaded.session.rev).toBe(1)
    for (const [first, second] of [
      ['location', 'advice'],
      ['advice', 'location'],
    ] as const) {
      const rev = (await db.sessions.get(s.id))!.rev
      step()
      await saveSession(db, { ...input, [first]: `${first} 第一个窗口` }, { id: s.id, expectedRev: rev })
      await saveDraft(db, sessionDraftKey(s.id), 'session', s.id, { [second]: '第二个窗口的草稿' })
      step()
      await expect(saveSession(db, { ...input, [second]: `${second} 第二个窗口` }, { id: s.id, expectedRev: rev })).rejects.toBeInstanceOf(VersionConflictError)
      const stored = (await db.sessions.get(s.id))!
      expect([stored[first], stored[second], stored.rev]).toEqual([`${first} 第一个窗口`, input[second], rev + 1])
      expect((await getDraft(db, sessionDraftKey(s.id)))?.data).toEqual({ [second]: '第二个窗口的草稿' })
    }
  })

  it('a session save bumps the follow-ups it changed and deletes, and only those', async () => {
    const s = studio.sessions[0]!
    const loaded = (await loadSession(db, s.id))!
    const input = toSessionInput(loaded.session, loaded.followUps)
    const [kept] = loaded.followUps
    step()
    const { followUps } = await saveSession(
      db,
      { ...input, followUps: [...input.followUps!, { content: '新增一项', ownerId: studio.w2.id, dueDate: '2025-07-15', status: '待办' }] },
      { id: s.id, expectedRev: 1 },
    )
    expect(followUps.map((f) => f.rev)).toEqual([1, 1])
    expect(followUps[0]!.updatedAt).toBe(kept!.updatedAt)
    step()
    const second = await saveSession(db, { ...input, followUps: [{ ...input.followUps![0]!, content: '改过的内容' }] }, { id: s.id, expectedRev: 2 })
    expect(second.followUps[0]).toMatchObject({ rev: 2, fieldRevs: { content: 2 } })
    const removed = (await db.followUps.get(followUps[1]!.id))!
    expect([removed.rev, removed.deletedAt !== null, removed.fieldRevs]).toEqual([2, true, { deletedAt: 2 }])
  })

  it('moving to the 回收站 and back is a version too, for the session and its follow-ups', async () => {
    const s = studio.sessions[1]!
    step()
    await softDelete(db, 'sessions', s.id)
    const deleted = (await db.sessions.get(s.id))!
    expect([deleted.rev, deleted.fieldRevs]).toEqual([2, { deletedAt: 2 }])
    const [f] = await db.followUps.where('sessionId').equals(s.id).toArray()
    expect([f!.rev, f!.deletedAt !== null]).toEqual([2, true])
    step()
    await restore(db, 'sessions', s.id)
    expect((await db.sessions.get(s.id))?.rev).toBe(3)
    // A form opened before the deletion is refused rather than bringing the old content back.
    const loaded = (await loadSession(db, s.id))!
    await expect(saveSession(db, toSessionInput(loaded.session, loaded.followUps), { id: s.id, expectedRev: 1 })).rejects.toBeInstanceOf(VersionConflictError)
  })

  it('progress and follow-up status changes check the version too', async () => {
    const row = (await db.progress.toArray())[0]!
    step()
    await saveProgress(db, { ...row, activities: 10 }, { expectedRev: 1 })
    await expect(saveProgress(db, { ...row, activities: 11 }, { expectedRev: 1 })).rejects.toBeInstanceOf(VersionConflictError)
    const f = (await db.followUps.toArray())[0]!
    step()
    await updateFollowUpStatus(db, f.id, { status: '进行中' }, { expectedRev: 1, today: '2025-06-10' })
    await expect(updateFollowUpStatus(db, f.id, { status: '已取消' }, { expectedRev: 1, today: '2025-06-10' })).rejects.toBeInstanceOf(VersionConflictError)
    expect((await db.followUps.get(f.id))?.status).toBe('进行中')
  })
})
