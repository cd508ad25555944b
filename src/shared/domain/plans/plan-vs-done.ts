/**
 * Planned vs held supervision per 督导协议, supervisee and period (docs/domain.md, "Supervision
 * plans"). Integer arithmetic throughout: planned sessions in tenths, hours in minutes, so a
 * figure never drifts across "on plan".
 */
import { daysBetween } from '../dates'
import { periodRange } from '../period'
import { percentTenthsFloor } from '../ratio'
import type { AgreementStatus, PlanFrequency, PlanUnit } from '../../model/agreement'
import { PLAN_UNIT_MONTHS } from '../../model/agreement'
import type { SessionMode } from '../../model/constants'
import { monthsIn } from '../period'

export interface PlanAgreementLike {
  id: string
  supervisorIds: readonly string[]
  superviseeIds: readonly string[]
  startDate: string
  endDate: string
  terminatedOn: string | null
  status: AgreementStatus
  frequencies: readonly PlanFrequency[]
  plannedHours: number | null
  hoursPer: PlanUnit
  deletedAt?: string | null
}

export interface PlanSessionLike {
  id: string
  date: string
  mode: SessionMode
  durationMinutes: number
  supervisorIds: readonly string[]
  superviseeIds: readonly string[]
  deletedAt?: string | null
}

/**
 * The status as of `today`: an agreement in force whose term has ended reads 已到期 without
 * anyone having to change it.
 */
export function agreementStatusOn(a: Pick<PlanAgreementLike, 'status' | 'endDate'>, today: string): AgreementStatus {
  return a.status === '生效' && a.endDate < today ? '已到期' : a.status
}

/** The days the agreement sets targets for; null for a 草稿 (no target until it is in force) or a deleted one. */
export function agreementTerm(a: PlanAgreementLike): { start: string; end: string } | null {
  if (a.deletedAt || a.status === '草稿') return null
  const end = a.terminatedOn && a.terminatedOn < a.endDate ? a.terminatedOn : a.endDate
  return end >= a.startDate ? { start: a.startDate, end } : null
}

/** Whether a session counts for this agreement and supervisee: theirs, led by one of the agreement's supervisors. */
export function sessionCountsFor(a: PlanAgreementLike, superviseeId: string, s: PlanSessionLike): boolean {
  return !s.deletedAt && s.superviseeIds.includes(superviseeId) && s.supervisorIds.some((id) => a.supervisorIds.includes(id))
}

/** a × b / c rounded half up, for non-negative integers. */
const mulDivRound = (a: number, b: number, c: number) => Math.floor((2 * a * b + c) / (2 * c))

/**
 * `perUnit` per unit of `unitMonths`, over `days` of a period of `periodMonths` months and
 * `periodDays` days: perUnit × periodMonths / unitMonths × days / periodDays, rounded half up.
 */
function proRata(perUnit: number, unitMonths: number, periodMonths: number, days: number, periodDays: number): number {
  return mulDivRound(perUnit * periodMonths, days, unitMonths * periodDays)
}

export interface ModePlan {
  mode: SessionMode
  count: number
  per: PlanUnit
  /** Sessions planned for the period's days within the term, in tenths (15 = 1.5 次). */
  plannedTenths: number
  /** Whole sessions that had fallen due by `today` (all of them for a past period). */
  dueByToday: number
  held: number
  heldMinutes: number
  /** Planned minus held, in tenths, never below 0. */
  shortfallTenths: number
}

export interface PlanVsDone {
  agreementId: string
  superviseeId: string
  period: string
  /** Days of the period within the term, and of the whole period. */
  days: number
  periodDays: number
  modes: ModePlan[]
  plannedTenths: number
  /** Sessions held of the planned modes. */
  held: number
  /** Held, capped per 方式 at the plan: an extra 团体督导 does not make up for a missing 个别督导. */
  heldTowardPlanTenths: number
  /** Completion of the sessions planned, tenths of a percent truncated (null when nothing planned). */
  completionTenths: number | null
  plannedMinutes: number | null
  /** Minutes of every session counted (any 方式) within the term. */
  heldMinutes: number
  hoursShortfallMinutes: number | null
  /** Fewer sessions of a 方式 than had fallen due, or fewer whole hours than had fallen due by `today`. */
  behind: boolean
  /** The sessions counted, each once. */
  sessionIds: string[]
}

const UNIT_DAYS = (months: number) => Math.round((365 * months) / 12)

/**
 * Planned vs held for one supervisee of an agreement over one period (a 评估周期 code). Null
 * when the agreement sets no target for those days: a 草稿, or a term outside the period, or a
 * person who is not its supervisee. A session counts once for the supervisee however many
 * others took part (a 团体督导 counts once for each of its supervisees).
 */
export function planVsDone(
  a: PlanAgreementLike,
  superviseeId: string,
  sessions: readonly PlanSessionLike[],
  period: string,
  today: string,
): PlanVsDone | null {
  const term = agreementTerm(a)
  if (!term || !a.superviseeIds.includes(superviseeId)) return null
  const range = periodRange(period)
  const start = term.start > range.start ? term.start : range.start
  const end = term.end < range.end ? term.end : range.end
  if (start > end) return null
  const periodDays = daysBetween(range.start, range.end) + 1
  const days = daysBetween(start, end) + 1
  const daysToDate = today < start ? 0 : daysBetween(start, today < end ? today : end) + 1
  const months = monthsIn(period)

  const seen = new Set<string>()
  const counted = sessions.filter((s) => {
    if (s.date < start || s.date > end || seen.has(s.id) || !sessionCountsFor(a, superviseeId, s)) return false
    seen.add(s.id)
    return true
  })

  const modes: ModePlan[] = a.frequencies.map((f) => {
    const unit = PLAN_UNIT_MONTHS[f.per]
    const plannedTenths = proRata(f.count * 10, unit, months, days, periodDays)
    const dueByToday = Math.floor(proRata(f.count * 10, unit, months, daysToDate, periodDays) / 10)
    const own = counted.filter((s) => s.mode === f.mode)
    const held = own.length
    return {
      mode: f.mode,
      count: f.count,
      per: f.per,
      plannedTenths,
      dueByToday,
      held,
      heldMinutes: own.reduce((m, s) => m + s.durationMinutes, 0),
      shortfallTenths: Math.max(0, plannedTenths - held * 10),
    }
  })
  const plannedTenths = modes.reduce((n, m) => n + m.plannedTenths, 0)
  const heldTowardPlanTenths = modes.reduce((n, m) => n + Math.min(m.held * 10, m.plannedTenths), 0)
  const heldMinutes = counted.reduce((m, s) => m + s.durationMinutes, 0)
  const hourUnit = PLAN_UNIT_MONTHS[a.hoursPer]
  const plannedMinutes = a.plannedHours === null ? null : proRata(Math.round(a.plannedHours * 60), hourUnit, months, days, periodDays)
  const dueMinutes = a.plannedHours === null ? 0 : proRata(Math.round(a.plannedHours * 60), hourUnit, months, daysToDate, periodDays)
  const behind = modes.some((m) => m.held < m.dueByToday) || heldMinutes < Math.floor(dueMinutes / 60) * 60

  return {
    agreementId: a.id,
    superviseeId,
    period,
    days,
    periodDays,
    modes,
    plannedTenths,
    held: modes.reduce((n, m) => n + m.held, 0),
    heldTowardPlanTenths,
    completionTenths: plannedTenths > 0 ? percentTenthsFloor(heldTowardPlanTenths, plannedTenths) : null,
    plannedMinutes,
    heldMinutes,
    hoursShortfallMinutes: plannedMinutes === null ? null : Math.max(0, plannedMinutes - heldMinutes),
    behind,
    sessionIds: counted.map((s) => s.id),
  }
}

/** Every supervisee's plan vs done of every agreement that sets a target in the period. */
export function plansVsDone(
  agreements: readonly PlanAgreementLike[],
  sessions: readonly PlanSessionLike[],
  period: string,
  today: string,
): PlanVsDone[] {
  const out: PlanVsDone[] = []
  for (const a of agreements)
    for (const p of a.superviseeIds) {
      const row = planVsDone(a, p, sessions, period, today)
      if (row) out.push(row)
    }
  return out
}

export interface SupervisorCompletion {
  supervisorId: string
  plannedTenths: number
  heldTowardPlanTenths: number
  completionTenths: number | null
  /** Supervisee rows behind plan. */
  behind: number
  rows: number
}

/**
 * 按计划完成率 per supervisor: the sessions planned in their agreements' rows against those held
 * (capped per 方式 as in planVsDone). A row of an agreement with two supervisors counts for both.
 */
export function completionBySupervisor(rows: readonly PlanVsDone[], agreements: readonly PlanAgreementLike[]): SupervisorCompletion[] {
  const byId = new Map(agreements.map((a) => [a.id, a]))
  const tally = new Map<string, SupervisorCompletion>()
  for (const r of rows)
    for (const sup of byId.get(r.agreementId)?.supervisorIds ?? []) {
      const t = tally.get(sup) ?? { supervisorId: sup, plannedTenths: 0, heldTowardPlanTenths: 0, completionTenths: null, behind: 0, rows: 0 }
      t.plannedTenths += r.plannedTenths
      t.heldTowardPlanTenths += r.heldTowardPlanTenths
      t.behind += r.behind ? 1 : 0
      t.rows += 1
      tally.set(sup, t)
    }
  return [...tally.values()].map((t) => ({
    ...t,
    completionTenths: t.plannedTenths > 0 ? percentTenthsFloor(t.heldTowardPlanTenths, t.plannedTenths) : null,
  }))
}

/** Days between two sessions a frequency asks for: a month is 30 days, a quarter 91 (365 × months / 12 / count, rounded down). */
export function frequencyIntervalDays(f: Pick<PlanFrequency, 'count' | 'per'>): number {
  return Math.max(1, Math.floor(UNIT_DAYS(PLAN_UNIT_MONTHS[f.per]) / f.count))
}

/** '1.5' from 15 tenths, '2' from 20. */
export function tenthsText(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1)
}
