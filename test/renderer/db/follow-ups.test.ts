import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type SessionInput } from '@shared/model'
import { followUpHistory, updateFollowUpStatus } from '@renderer/db/follow-ups'
import { finalizeSession, saveSession } from '@renderer/db/sessions'
import { softDelete } from '@renderer/db/records'
import { setClockForTests } from '@renderer/db/clock'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

const TODAY = '2025-07-16'

const input = (over: Partial<SessionInput> = {}): SessionInput => ({
  date: '2025-07-01',
  startTime: '09:00',
  endTime: '10:30',
  mode: '个别督导',
  functions: ['教育'],
  supervisorIds: ['sup'],
  superviseeIds: ['p-li'],
  followUps: [
    { content: '联系楼长安排入户探访', ownerId: 'p-li', dueDate: '2025-07-10' },
    { content: '整理送餐排班表', ownerId: 'p-li', dueDate: '2025-07-30' },
  ],
  ...over,
})

describe('follow-up status changes', () => {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
    setClockForTests(new Date('2025-07-16T08:00:00+08:00'))
  })
  afterEach(async () => {
    setClockForTests(null)
    await dropDb(db)
  })

  async function seed(over: Partial<SessionInput> = {}) {
    const { session, followUps } = await saveSession(db, input(over), { today: TODAY })
    return { session, first: followUps[0]!, second: followUps[1]! }
  }

  it('completes an item with a date and a note, and keeps the change as a revision', async () => {
    const { first } = await seed()
    const next = await updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: '2025-07-15', completionNote: ' 已与楼长面谈 ' }, { today: TODAY, by: '周晓岚' })
    expect(next).toMatchObject({ status: '已完成', completedDate: '2025-07-15', completionNote: '已与楼长面谈' })
    expect(next.updatedAt).toBe('2025-07-16T00:00:00.000Z')
    expect(await db.followUps.get(first.id)).toEqual(next)
    const history = await followUpHistory(db, first.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      entity: 'followUp',
      recordId: first.id,
      by: '周晓岚',
      action: '修改',
      changes: [
        { field: 'status', label: '状态', before: '待办', after: '已完成' },
        { field: 'completedDate', label: '完成日期', before: null, after: '2025-07-15' },
        { field: 'completionNote', label: '完成说明', before: '', after: '已与楼长面谈' },
      ],
    })
  })

  it('已完成 needs a 完成日期, not later than today; nothing is written otherwise', async () => {
    const { first } = await seed()
    const missing = (await updateFollowUpStatus(db, first.id, { status: '已完成' }, { today: TODAY }).catch((e) => e)) as ValidationError
    expect(missing).toBeInstanceOf(ValidationError)
    expect(missing.fields).toEqual({ completedDate: '请填写完成日期' })
    const future = (await updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: '2025-07-17' }, { today: TODAY }).catch((e) => e)) as ValidationError
    expect(future.fields).toEqual({ completedDate: '完成日期不能晚于今天' })
    const bad = (await updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: '2025-02-30' }, { today: TODAY }).catch((e) => e)) as ValidationError
    expect(bad.fields).toEqual({ completedDate: '日期无效：2025年2月没有30日' })
    const unknown = (await updateFollowUpStatus(db, first.id, { status: '搁置' as never }, { today: TODAY }).catch((e) => e)) as ValidationError
    expect(unknown.fields).toEqual({ status: '请选择状态' })
    expect((await db.followUps.get(first.id))?.status).toBe('待办')
    expect(await db.revisions.count()).toBe(0)
  })

  it('today itself is accepted, a date before the session is not', async () => {
    const { first, second } = await seed()
    await expect(updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: TODAY }, { today: TODAY })).resolves.toMatchObject({ completedDate: TODAY })
    const early = (await updateFollowUpStatus(db, second.id, { status: '已完成', completedDate: '2025-06-30' }, { today: TODAY }).catch((e) => e)) as ValidationError
    expect(early).toBeInstanceOf(ValidationError)
    expect(early.fields).toEqual({ completedDate: '完成日期不能早于督导日期（2025-07-01）' })
    expect((await db.followUps.get(second.id))?.status).toBe('待办')
  })

  it('reopening clears the 完成日期; 进行中 and 已取消 keep no date', async () => {
    const { first } = await seed()
    await updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: '2025-07-15' }, { today: TODAY })
    const reopened = await updateFollowUpStatus(db, first.id, { status: '进行中', completedDate: '2025-07-15', completionNote: '服务对象临时住院，延后' }, { today: TODAY })
    expect(reopened).toMatchObject({ status: '进行中', completedDate: null, completionNote: '服务对象临时住院，延后' })
    const cancelled = await updateFollowUpStatus(db, first.id, { status: '已取消', completionNote: '服务对象搬离社区' }, { today: TODAY })
    expect(cancelled).toMatchObject({ status: '已取消', completedDate: null })
    expect(await followUpHistory(db, first.id)).toHaveLength(3)
  })

  it('an unchanged status writes nothing', async () => {
    const { first } = await seed()
    const same = await updateFollowUpStatus(db, first.id, { status: '待办' }, { today: TODAY })
    expect(same).toEqual(first)
    expect(await db.revisions.count()).toBe(0)
  })

  it('works on a finalised record (following up happens after 定稿) without touching the record', async () => {
    const { session, first } = await seed()
    const finalised = await finalizeSession(db, session.id)
    await updateFollowUpStatus(db, first.id, { status: '已完成', completedDate: '2025-07-15' }, { today: TODAY })
    expect(await db.sessions.get(session.id)).toEqual(finalised)
    expect((await db.followUps.get(first.id))?.status).toBe('已完成')
  })

  it('refuses a follow-up of a deleted session, and an unknown one', async () => {
    const { session, first } = await seed()
    await softDelete(db, 'sessions', session.id)
    await expect(updateFollowUpStatus(db, first.id, { status: '进行中' }, { today: TODAY })).rejects.toThrow('该跟进事项不存在或已删除')
    await expect(updateFollowUpStatus(db, 'nope', { status: '进行中' }, { today: TODAY })).rejects.toThrow('该跟进事项不存在或已删除')
  })

  it('refuses when only the session is gone (follow-up left live)', async () => {
    const { session, first } = await seed()
    await db.sessions.update(session.id, { deletedAt: '2025-07-16T00:00:00.000Z' })
    await expect(updateFollowUpStatus(db, first.id, { status: '进行中' }, { today: TODAY })).rejects.toThrow('该跟进事项所属的督导记录已删除')
    expect((await db.followUps.get(first.id))?.status).toBe('待办')
  })
})
