import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type SessionInput } from '@shared/model'
import { createPerson } from '@renderer/db/persons'
import { softDelete } from '@renderer/db/records'
import {
  finalizeSession,
  openFollowUpsFor,
  saveSession,
  sessionHistory,
  SessionLockedError,
  unfinalizeSession,
} from '@renderer/db/sessions'
import { saveDraft, sessionDraftKey } from '@renderer/db/drafts'
import { updateFollowUpStatus } from '@renderer/db/follow-ups'
import { recordHistory, toSessionInput } from '@renderer/db/sessions'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { createSupervisionPair, individualSession } from './supervision-pair'

const TODAY = '2025-07-15'

describe('sessions data layer', () => {
  let db: StudioDatabase
  let sup: string
  let sw: string
  let sw2: string
  const input = (over: Partial<SessionInput> = {}) => individualSession({ sup, sw }, over)

  beforeEach(async () => {
    db = freshDb()
    ;({ sup, sw } = await createSupervisionPair(db))
    sw2 = (await createPerson(db, { name: '李文静', role: '社工', qualification: '助理社会工作师' })).id
  })
  afterEach(() => dropDb(db))

  it('assigns DD-<year>-0001 on first save and computes the duration', async () => {
    const { session } = await saveSession(db, input(), { today: TODAY })
    expect(session.code).toBe('DD-2025-0001')
    expect(session.durationMinutes).toBe(90)
    expect(session.status).toBe('草稿')
    const again = await saveSession(db, { ...input(), location: '林泉社区' }, { id: session.id, today: TODAY })
    expect(again.session.code).toBe('DD-2025-0001')
    expect(await db.sessions.count()).toBe(1)
  })

  it('numbers per year, never reusing a number after a deletion', async () => {
    const a = await saveSession(db, input(), { today: TODAY })
    const b = await saveSession(db, input(), { today: TODAY })
    await softDelete(db, 'sessions', b.session.id)
    const c = await saveSession(db, input(), { today: TODAY })
    const d = await saveSession(db, input({ date: '2024-12-30' }), { today: TODAY })
    expect([a, b, c, d].map((r) => r.session.code)).toEqual(['DD-2025-0001', 'DD-2025-0002', 'DD-2025-0003', 'DD-2024-0001'])
  })

  it('gives unique consecutive numbers to concurrent saves', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => saveSession(db, input(), { today: TODAY })))
    const codes = results.map((r) => r.session.code).sort()
    expect(codes).toEqual(Array.from({ length: 12 }, (_, i) => `DD-2025-${String(i + 1).padStart(4, '0')}`))
  })

  it.each([
    [{ date: '2025-07-16' }, 'date', '督导日期不能晚于今天'],
    [{ date: '' }, 'date', '请填写督导日期'],
    [{ endTime: '09:00' }, 'endTime', '结束时间须晚于开始时间'],
    [{ endTime: '17:31' }, 'endTime', '督导时长不能超过 8 小时'],
    [{ supervisorIds: [] }, 'supervisorIds', '请至少选择一位督导者'],
    [{ superviseeIds: [] }, 'superviseeIds', '请至少选择一位被督导者'],
    [{ superviseeIds: ['x', 'y'], supervisorIds: ['y'] }, 'superviseeIds', '同一人不能既是督导者又是被督导者'],
    [{ followUps: [{ content: ' ', ownerId: 'x', dueDate: '2025-07-20' }] }, 'followUps.0.content', '跟进事项内容必填'],
    [{ followUps: [{ content: '补齐记录', ownerId: '', dueDate: '2025-07-20' }] }, 'followUps.0.ownerId', '请选择负责人'],
  ] as [Partial<SessionInput>, string, string][])('refuses %j with its message and writes nothing', async (over, field, msg) => {
    const err = (await saveSession(db, input(over), { today: TODAY }).catch((e) => e)) as ValidationError
    expect(err).toBeInstanceOf(ValidationError)
    expect(err.fields[field]).toBe(msg)
    expect(await db.sessions.count()).toBe(0)
    expect(await db.followUps.count()).toBe(0)
  })

  it('accepts exactly 8 hours', async () => {
    const { session } = await saveSession(db, input({ startTime: '09:00', endTime: '17:00' }), { today: TODAY })
    expect(session.durationMinutes).toBe(480)
  })

  it('saves follow-ups with the record and removes the draft in the same transaction', async () => {
    await saveDraft(db, sessionDraftKey(null), 'session', null, { date: '2025-07-10' })
    const { session, followUps } = await saveSession(
      db,
      input({
        followUps: [
          { content: '两周内补齐本月个案记录', ownerId: sw, dueDate: '2025-07-24' },
          { content: '联系街道残联链接康复资源', ownerId: sw, dueDate: '2025-08-01', status: '进行中' },
        ],
      }),
      { today: TODAY },
    )
    expect(followUps.map((f) => [f.content, f.status, f.sessionId])).toEqual([
      ['两周内补齐本月个案记录', '待办', session.id],
      ['联系街道残联链接康复资源', '进行中', session.id],
    ])
    expect(await db.drafts.count()).toBe(0)
    // Removing a row on the next save soft-deletes it.
    await saveSession(db, input({ followUps: [{ id: followUps[0]!.id, content: '两周内补齐本月个案记录', ownerId: sw, dueDate: '2025-07-24' }] }), {
      id: session.id,
      today: TODAY,
    })
    const rows = await db.followUps.toArray()
    expect(rows.filter((r) => r.deletedAt === null).map((r) => r.content)).toEqual(['两周内补齐本月个案记录'])
    expect(rows).toHaveLength(2)
  })

  it('a form left open does not write an old follow-up status back over one changed on 跟进事项', async () => {
    const first = await saveSession(
      db,
      input({
        followUps: [
          { content: '两周内补齐本月个案记录', ownerId: sw, dueDate: '2025-07-24' },
          { content: '联系街道残联链接康复资源', ownerId: sw, dueDate: '2025-08-01' },
        ],
      }),
      { today: TODAY },
    )
    // The form loads the record…
    const loaded = toSessionInput(first.session, first.followUps)
    // …meanwhile 跟进事项 marks the first one done…
    await updateFollowUpStatus(db, first.followUps[0]!.id, { status: '已完成', completedDate: '2025-07-14', completionNote: '已补齐' }, { today: TODAY })
    // …and the form saves with the second row's due date changed and the first row untouched.
    const edited = { ...loaded, followUps: loaded.followUps!.map((f, i) => (i === 1 ? { ...f, dueDate: '2025-08-15' } : f)) }
    await saveSession(db, edited, { id: first.session.id, today: TODAY, baseFollowUps: loaded.followUps })
    const [a, b] = await Promise.all(first.followUps.map((f) => db.followUps.get(f.id)))
    expect([a!.status, a!.completedDate, a!.completionNote]).toEqual(['已完成', '2025-07-14', '已补齐'])
    expect(b!.dueDate).toBe('2025-08-15')

    // A status the user did change in the form wins, with its own completion fields.
    const again = toSessionInput(first.session, [a!, b!])
    await updateFollowUpStatus(db, b!.id, { status: '进行中' }, { today: TODAY })
    const mine = { ...again, followUps: again.followUps!.map((f, i) => (i === 1 ? { ...f, status: '已取消' as const } : f)) }
    await saveSession(db, mine, { id: first.session.id, today: TODAY, baseFollowUps: again.followUps })
    expect((await db.followUps.get(b!.id))!.status).toBe('已取消')
    expect((await db.followUps.get(a!.id))!.status).toBe('已完成')
  })

  it("the record history includes its follow-ups' status changes, named by their content, newest first", async () => {
    const first = await saveSession(
      db,
      input({ followUps: [{ content: '两周内补齐本月个案记录', ownerId: sw, dueDate: '2025-07-24' }] }),
      { today: TODAY },
    )
    await finalizeSession(db, first.session.id, '周晓岚')
    await new Promise((r) => setTimeout(r, 5))
    await updateFollowUpStatus(db, first.followUps[0]!.id, { status: '已完成', completedDate: '2025-07-14', completionNote: '已补齐' }, { today: TODAY, by: '张晓明' })
    const other = await saveSession(db, input({ followUps: [{ content: '别的记录的事项', ownerId: sw, dueDate: '2025-07-24' }] }), { today: TODAY })
    await updateFollowUpStatus(db, other.followUps[0]!.id, { status: '进行中' }, { today: TODAY })

    const history = await recordHistory(db, first.session.id)
    expect(history.map((h) => [h.action, h.followUp ?? null, h.by])).toEqual([
      ['修改', '两周内补齐本月个案记录', '张晓明'],
      ['定稿', null, '周晓岚'],
    ])
    expect(history[0]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['状态', '待办', '已完成'],
      ['完成日期', null, '2025-07-14'],
      ['完成说明', '', '已补齐'],
    ])
  })

  it('finalised records are read-only; undo needs a reason and later changes become revisions', async () => {
    const { session } = await saveSession(db, input({ advice: '建议先做需求评估' }), { today: TODAY })
    await finalizeSession(db, session.id, '周晓岚')
    await expect(saveSession(db, input(), { id: session.id, today: TODAY })).rejects.toBeInstanceOf(SessionLockedError)
    await expect(unfinalizeSession(db, session.id, '  ')).rejects.toThrow('请填写撤销定稿的原因')
    await unfinalizeSession(db, session.id, '补充被督导者反馈', '周晓岚')
    await saveSession(db, input({ advice: '建议先做需求评估，再设计小组方案', superviseeIds: [sw, sw2] }), {
      id: session.id,
      today: TODAY,
      by: '周晓岚',
    })
    const history = await sessionHistory(db, session.id)
    expect(history.map((h) => h.action)).toEqual(['修改', '撤销定稿', '定稿'])
    expect(history[1]!.reason).toBe('补充被督导者反馈')
    expect(history[0]!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['被督导者', [sw], [sw, sw2]],
      ['督导意见与建议', '建议先做需求评估', '建议先做需求评估，再设计小组方案'],
    ])
    expect(history[0]!.by).toBe('周晓岚')
  })

  it('lists open follow-ups of earlier sessions with the same supervisee', async () => {
    await saveSession(
      db,
      input({
        followUps: [
          { content: '补齐个案记录', ownerId: sw, dueDate: '2025-07-20' },
          { content: '已完成的事', ownerId: sw, dueDate: '2025-07-12', status: '已完成', completedDate: '2025-07-12' },
        ],
      }),
      { today: TODAY },
    )
    const open = await openFollowUpsFor(db, [sw])
    expect(open.map((o) => o.followUp.content)).toEqual(['补齐个案记录'])
    expect(await openFollowUpsFor(db, [sw2])).toEqual([])
  })
})
