import { describe, expect, it } from 'vitest'
import {
  agreementStatusOn,
  completionBySupervisor,
  frequencyIntervalDays,
  planVsDone,
  plansVsDone,
  tenthsText,
  type PlanSessionLike,
} from '@shared/domain/plans/plan-vs-done'
import { planAgreement, planSession } from './plan-records'

const agreement = planAgreement
const s = planSession

const group = s('s3', '2025-02-20', { mode: '团体督导', durationMinutes: 120, superviseeIds: ['P1', 'P2'] })
const sessions: PlanSessionLike[] = [
  s('s1', '2025-01-10'),
  s('s2', '2025-02-12', { durationMinutes: 90 }),
  group,
  // Led by someone who is not a supervisor of the agreement: not under it.
  s('s4', '2025-03-05', { supervisorIds: ['X'] }),
  // A 方式 the agreement does not plan: counts for the hours only.
  s('s5', '2025-03-20', { mode: '朋辈督导', durationMinutes: 30 }),
  s('s6', '2025-04-02'),
  s('s7', '2025-03-01', { deletedAt: '2025-03-02T00:00:00.000Z' }),
  // The same group session read twice (e.g. found through two supervisees): still once.
  group,
]

describe('planVsDone', () => {
  it('counts planned and held sessions per 方式, hours and the shortfall of a whole quarter', () => {
    const r = planVsDone(agreement(), 'P1', sessions, '2025Q1', '2025-06-30')!
    expect(r.days).toBe(90)
    expect(r.periodDays).toBe(90)
    expect(r.modes.map((m) => [m.mode, m.plannedTenths, m.held, m.shortfallTenths, m.dueByToday])).toEqual([
      ['个别督导', 30, 2, 10, 3],
      ['团体督导', 20, 1, 10, 2],
    ])
    expect(r.plannedTenths).toBe(50)
    expect(r.held).toBe(3)
    expect(r.heldTowardPlanTenths).toBe(30)
    expect(r.completionTenths).toBe(600)
    expect(r.plannedMinutes).toBe(360)
    expect(r.heldMinutes).toBe(300) // 60 + 90 + 120 + 30
    expect(r.hoursShortfallMinutes).toBe(60)
    expect(r.behind).toBe(true)
    expect(r.sessionIds).toEqual(['s1', 's2', 's3', 's5'])
  })

  it('counts a group session once for each of its supervisees', () => {
    const r = planVsDone(agreement(), 'P2', sessions, '2025Q1', '2025-06-30')!
    expect(r.modes.map((m) => m.held)).toEqual([0, 1])
    expect(r.heldTowardPlanTenths).toBe(10)
    expect(r.completionTenths).toBe(200)
    expect(r.heldMinutes).toBe(120)
  })

  it('caps each 方式 at its plan: extra sessions of one do not make up for another', () => {
    const many = [s('g1', '2025-01-05', { mode: '团体督导' }), s('g2', '2025-01-06', { mode: '团体督导' }), s('g3', '2025-01-07', { mode: '团体督导' })]
    const r = planVsDone(agreement(), 'P1', many, '2025Q1', '2025-06-30')!
    expect(r.held).toBe(3)
    expect(r.heldTowardPlanTenths).toBe(20)
    expect(r.completionTenths).toBe(400)
  })

  it('plans pro rata by days for an agreement that starts or ends within the period', () => {
    const late = agreement({ id: 'a2', superviseeIds: ['P3'], startDate: '2025-02-15', endDate: '2025-08-10', frequencies: [{ mode: '个别督导', count: 1, per: '月' }], plannedHours: 2, hoursPer: '月' })
    const q1 = planVsDone(late, 'P3', [], '2025Q1', '2025-12-31')!
    expect([q1.days, q1.plannedTenths, q1.plannedMinutes]).toEqual([45, 15, 180]) // 1 × 3 × 45/90; 120 min × 3 × 45/90
    const q3 = planVsDone(late, 'P3', [], '2025Q3', '2025-12-31')!
    expect([q3.days, q3.periodDays, q3.plannedTenths, q3.plannedMinutes]).toEqual([41, 92, 13, 160]) // 3 × 41/92 = 1.337; 360 × 41/92 = 160.4
    const h2 = planVsDone(late, 'P3', [], '2025H2', '2025-12-31')!
    expect([h2.days, h2.periodDays, h2.plannedTenths]).toEqual([41, 184, 13])
    const year = planVsDone(late, 'P3', [], '2025Y', '2025-12-31')!
    expect([year.days, year.plannedTenths, year.plannedMinutes]).toEqual([177, 58, 698]) // 12 × 177/365 = 5.82; 120 min × 12 × 177/365 = 698.3
    expect(planVsDone(late, 'P3', [], '2025Q4', '2025-12-31')).toBeNull()
    // Terminated on 15 March: the term ends there.
    const ended = planVsDone({ ...late, status: '已终止', terminatedOn: '2025-03-15' }, 'P3', [], '2025Q1', '2025-12-31')!
    expect([ended.days, ended.plannedTenths]).toEqual([29, 10]) // 3 × 29/90 = 0.97
  })

  it('judges a running period by what had fallen due by today', () => {
    const late = agreement({ id: 'a2', superviseeIds: ['P3'], startDate: '2025-02-15', frequencies: [{ mode: '个别督导', count: 1, per: '月' }], plannedHours: null })
    // 15 days of the term by 1 March: 0.5 of a session, no whole session due yet.
    const early = planVsDone(late, 'P3', [], '2025Q1', '2025-03-01')!
    expect([early.modes[0]!.dueByToday, early.behind]).toEqual([0, false])
    const later = planVsDone(late, 'P3', [], '2025Q1', '2025-03-20')!
    expect([later.modes[0]!.dueByToday, later.behind]).toEqual([1, true])
    expect(later.plannedMinutes).toBeNull()
    expect(later.hoursShortfallMinutes).toBeNull()
    // An hour target alone: 2 hours a month, 1 hour due by 1 March.
    const hours = planVsDone({ ...late, frequencies: [], plannedHours: 2, hoursPer: '月' }, 'P3', [], '2025Q1', '2025-03-01')!
    expect([hours.plannedTenths, hours.completionTenths, hours.behind]).toEqual([0, null, true])
  })

  it('gives no target without an agreement in force', () => {
    expect(planVsDone(agreement({ status: '草稿' }), 'P1', sessions, '2025Q1', '2025-06-30')).toBeNull()
    expect(planVsDone(agreement({ deletedAt: '2025-05-01T00:00:00.000Z' }), 'P1', sessions, '2025Q1', '2025-06-30')).toBeNull()
    expect(planVsDone(agreement(), 'P9', sessions, '2025Q1', '2025-06-30')).toBeNull()
    expect(plansVsDone([], sessions, '2025Q1', '2025-06-30')).toEqual([])
    expect(plansVsDone([agreement(), agreement({ id: 'd', status: '草稿' })], sessions, '2025Q1', '2025-06-30').map((r) => r.superviseeId)).toEqual(['P1', 'P2'])
  })
})

describe('completionBySupervisor', () => {
  it('adds up the rows of each supervisor’s agreements', () => {
    const rows = plansVsDone([agreement()], sessions, '2025Q1', '2025-06-30')
    expect(completionBySupervisor(rows, [agreement()])).toEqual([
      { supervisorId: 'S', plannedTenths: 100, heldTowardPlanTenths: 40, completionTenths: 400, behind: 2, rows: 2 },
    ])
  })
})

describe('small rules', () => {
  it('reads 已到期 once the term of an agreement in force has ended', () => {
    expect(agreementStatusOn({ status: '生效', endDate: '2025-12-31' }, '2026-01-01')).toBe('已到期')
    expect(agreementStatusOn({ status: '生效', endDate: '2025-12-31' }, '2025-12-31')).toBe('生效')
    expect(agreementStatusOn({ status: '草稿', endDate: '2025-12-31' }, '2026-01-01')).toBe('草稿')
  })
  it('spaces sessions by the frequency', () => {
    expect(frequencyIntervalDays({ count: 1, per: '月' })).toBe(30)
    expect(frequencyIntervalDays({ count: 2, per: '季度' })).toBe(45)
    expect(frequencyIntervalDays({ count: 1, per: '年' })).toBe(365)
    expect([tenthsText(15), tenthsText(20), tenthsText(0)]).toEqual(['1.5', '2', '0'])
  })
})
