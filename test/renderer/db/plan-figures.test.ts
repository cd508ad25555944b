import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SessionInput } from '@shared/model'
import { saveAgreement } from '@renderer/db/agreements'
import { dueSummary, personPlans, planRows, sessionContext } from '@renderer/db/plan-figures'
import { updatePreferences } from '@renderer/db/settings'
import { saveSession, toSessionInput, unfinalizeSession, finalizeSession, sessionHistory } from '@renderer/db/sessions'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { createSupervisionPair, individualSession } from './supervision-pair'

const TODAY = '2025-07-15'

describe('plan figures read from the database', () => {
  let db: StudioDatabase
  let sup: string
  let sw: string
  let agreementId: string
  const session = (over: Partial<SessionInput> = {}) => individualSession({ sup, sw }, over)
  beforeEach(async () => {
    db = freshDb()
    ;({ sup, sw } = await createSupervisionPair(db))
    agreementId = (
      await saveAgreement(db, {
        supervisorIds: [sup],
        superviseeIds: [sw],
        startDate: '2025-04-01',
        endDate: '2025-12-31',
        frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
        plannedHours: 3,
        hoursPer: '季度',
        goals: [{ id: 'g1', text: '掌握个案评估' }, { id: 'g2', text: '带领小组' }],
        status: '生效',
      })
    ).id
  })
  afterEach(() => dropDb(db))

  it('gives each quarter of the term its plan vs done, and the period list its rows', async () => {
    await saveSession(db, session({ date: '2025-05-06' }), { today: TODAY })
    await saveSession(db, session({ date: '2025-07-10', mode: '团体督导' }), { today: TODAY })
    const [plan] = await personPlans(db, sw, TODAY)
    expect(plan!.quarters.map((q) => [q.period, q.modes[0]!.held, q.modes[0]!.plannedTenths, q.heldMinutes, q.plannedMinutes])).toEqual([
      ['2025Q3', 0, 30, 90, 180],
      ['2025Q2', 1, 30, 90, 180],
    ])
    expect(await personPlans(db, sup, TODAY)).toEqual([])
    const { rows } = await planRows(db, '2025Q2', TODAY)
    expect(rows.map((r) => [r.superviseeId, r.completionTenths, r.behind])).toEqual([[sw, 333, true]])
  })

  it('starts a record from the last one: its advice and the goals of the agreement in force; the goals it addressed are kept', async () => {
    const first = await saveSession(db, session({ date: '2025-06-10', advice: '先完成需求评估' }), { today: TODAY })
    const ctx = await sessionContext(db, [sw], '2025-07-10', null)
    expect(ctx.last?.id).toBe(first.session.id)
    expect(ctx.goals).toEqual([{ agreementId, title: '', superviseeIds: [sw], goals: [{ id: 'g1', text: '掌握个案评估' }, { id: 'g2', text: '带领小组' }] }])
    expect((await sessionContext(db, [sw], '2026-01-05', null)).goals).toEqual([])

    const second = await saveSession(db, session({ goalIds: [`${agreementId}:g2`] }), { today: TODAY })
    expect(second.session.goalIds).toEqual([`${agreementId}:g2`])
    expect(toSessionInput(second.session, []).goalIds).toEqual([`${agreementId}:g2`])
    // A record that names no goal stores none, and an edit of an old record adds no change to its history.
    expect('goalIds' in first.session).toBe(false)
    await finalizeSession(db, first.session.id)
    await unfinalizeSession(db, first.session.id, '补充')
    await saveSession(db, session({ date: '2025-06-10', advice: '先完成需求评估。' }), { id: first.session.id, today: TODAY })
    const changes = (await sessionHistory(db, first.session.id)).flatMap((r) => r.changes.map((c) => c.field))
    expect(changes).toEqual(['advice'])
  })

  it('lists a supervisee as 久未督导 after the studio’s setting of days, 90 until it is changed', async () => {
    await saveSession(db, session({ date: '2025-05-06' }), { today: TODAY }) // 70 days before TODAY
    const gaps = async () => (await dueSummary(db, TODAY)).items.filter((d) => d.kind === '久未督导').map((d) => [d.superviseeIds.join(), d.dueDate, d.detail])
    expect((await dueSummary(db, TODAY)).noSessionDays).toBe(90)
    expect(await gaps()).toEqual([])
    await updatePreferences(db, { noSessionDays: 60 })
    expect((await dueSummary(db, TODAY)).noSessionDays).toBe(60)
    expect(await gaps()).toEqual([[sw, '2025-07-05', '上次督导 2025-05-06，超过 60 天未督导']])
    // The setting's bounds: a week to a year.
    await expect(updatePreferences(db, { noSessionDays: 3 })).rejects.toThrow()
    expect((await dueSummary(db, TODAY)).noSessionDays).toBe(60)
  })
})
