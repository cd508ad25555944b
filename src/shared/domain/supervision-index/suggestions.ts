/**
 * Suggested ratings for the data-backed indicators C1, C3, D2, D3, E1, E2 (docs/domain.md, "Suggested ratings from data"). Each
 * suggestion keeps the figures it came from, as Chinese text, so the assessment can store them
 * as they were on the day. Missing data gives no suggestion (null) and a reason.
 *
 * Data rules for a period of m months (quarters Q = quartersIn(period)):
 * - Progress rows: those of the project for the quarters in Q (deleted rows ignored; if a
 *   quarter has two rows, the most recently updated one counts).
 * - C1: flows summed over Q. Needs a row for EVERY quarter in Q — comparing half a year's
 *   activities with a full year's target would understate the project, so an incomplete period
 *   gives no suggestion. Ratio per measure = actual ÷ (annual target × m / 12); the smaller
 *   ratio counts. A measure with a target of 0 is left out; both 0 → no suggestion.
 * - C3: 志愿者人数 is a stock: the latest quarter in Q that has a row, against the annual target
 *   as is.
 * - D2: minutes of the project's non-deleted sessions dated in the period, each session once
 *   (however many supervisees), against hoursPerMonth × m hours.
 * - D3: follow-ups of the project's non-deleted sessions (whatever the session's date, since a
 *   follow-up agreed in March may fall due in April) due in the period, 已取消 excluded;
 *   completed = 已完成 with a completion date ≤ the period's last day. None due → no suggestion.
 * - E1: satisfaction of the latest quarter in Q that has one. Not a mean weighted by 服务人次:
 *   satisfaction is a survey result at a point in time, a quarter may lack a survey, and the
 *   latest figure is the one the assessor and funder see in the progress report; taking a reported
 *   number as is also keeps the figure free of rounding.
 * - E2: 办结诉求 ÷ 收集需求, both summed over the quarters of Q that have rows; 收集 0 → none.
 * - Ratio → rating: ≥100% 5, ≥90% 4, ≥75% 3, ≥60% 2, >0 1, else 0, compared exactly by
 *   cross-multiplying (9/10 is 4). Satisfaction: ≥95 5, ≥90 4, ≥80 3, ≥70 2, >0 1, else 0.
 * - Percentages in the figures are truncated to one decimal (see ratio.percentText).
 */
import { DATA_SOURCES, type DataSource, type Suggestion } from '../../model/framework'
import type { FollowUpStatus } from '../../model/constants'
import { completionRate } from '../followups'
import { monthsIn, periodLabel, periodRange, quartersIn } from '../period'
import { numberText, percentText, ratioRating, satisfactionRating } from '../ratio'
import { hoursText, sessionsInPeriod } from '../statistics'
import { DEFAULT_HOURS_PER_MONTH } from './default-framework'

export interface TargetsLike {
  activities: number
  serviceCount: number
  volunteers: number
}

export interface ProgressLike {
  projectId?: string
  /** Quarter code, e.g. '2025Q1'. */
  period: string
  activities: number
  serviceCount: number
  volunteers: number
  needsCollected: number
  needsResolved: number
  satisfaction: number | null
  updatedAt?: string
  deletedAt?: string | null
}

export interface SuggestionSessionLike {
  id: string
  date: string
  durationMinutes: number
  projectIds: readonly string[]
  deletedAt?: string | null
}

export interface SuggestionFollowUpLike {
  sessionId: string
  dueDate: string
  status: FollowUpStatus
  completedDate: string | null
  deletedAt?: string | null
}

export interface SuggestionInput {
  projectId: string
  /** Assessment period: 2025Q1, 2025H1, 2025Y. */
  period: string
  /** Annual targets of the project. */
  targets: TargetsLike
  /** Progress rows (any project/period; filtered here). */
  progress: readonly ProgressLike[]
  /** Sessions (any; those linked to the project are used). */
  sessions: readonly SuggestionSessionLike[]
  /** Follow-ups (any; those of the project's sessions are used). */
  followUps: readonly SuggestionFollowUpLike[]
  /** D2 target in hours per month (default 2). */
  hoursPerMonth?: number
}

/** A suggestion, or the reason there is none. */
export type SuggestionOutcome = { suggestion: Suggestion; reason: null } | { suggestion: null; reason: string }

export interface SuggestionSet {
  suggestions: Record<DataSource, Suggestion | null>
  /** Why a data-backed indicator has no suggestion, in Chinese. */
  reasons: Partial<Record<DataSource, string>>
}

const ok = (rating: number, value: number | null, figures: string): SuggestionOutcome => ({
  suggestion: { rating, value, figures },
  reason: null,
})
const none = (reason: string): SuggestionOutcome => ({ suggestion: null, reason })

const NO_PROGRESS = '本期未填报项目进展'

/** The project's progress rows for the quarters of the period, one per quarter, in quarter order. */
export function progressRowsFor<T extends ProgressLike>(progress: readonly T[], projectId: string, period: string): T[] {
  const quarters = quartersIn(period)
  const byQuarter = new Map<string, T>()
  for (const row of progress) {
    if (row.deletedAt) continue
    if (row.projectId !== undefined && row.projectId !== projectId) continue
    if (!quarters.includes(row.period)) continue
    const prev = byQuarter.get(row.period)
    if (!prev || (row.updatedAt ?? '') >= (prev.updatedAt ?? '')) byQuarter.set(row.period, row)
  }
  return quarters.flatMap((q) => {
    const r = byQuarter.get(q)
    return r ? [r] : []
  })
}

/** Label of the quarter a stock figure was taken from, only when the period spans several quarters. */
function quarterNote(period: string, quarter: string): string {
  return quartersIn(period).length > 1 ? `，${periodLabel(quarter)}数据` : ''
}

export function c1Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const have = new Set(rows.map((r) => r.period))
  const lacking = quartersIn(input.period).filter((q) => !have.has(q))
  if (lacking.length > 0) return none(`缺少${lacking.map(periodLabel).join('、')}的项目进展，无法计算计划完成率`)
  const m = monthsIn(input.period)
  const parts: { label: string; actual: number; target: number }[] = [
    { label: '活动场次', actual: sum(rows, (r) => r.activities), target: input.targets.activities },
    { label: '服务人次', actual: sum(rows, (r) => r.serviceCount), target: input.targets.serviceCount },
  ]
  const measured = parts.filter((p) => p.target > 0)
  if (measured.length === 0) return none('项目未设定年度活动场次和服务人次目标')
  // ratio = actual ÷ (target × m / 12) = (actual × 12) ÷ (target × m): integers, compared exactly
  const ratios = measured.map((p) => ({ ...p, num: p.actual * 12, den: p.target * m }))
  let smallest = ratios[0]!
  for (const r of ratios) if (r.num * smallest.den < smallest.num * r.den) smallest = r
  const texts = ratios.map(
    (r) => `${r.label} ${numberText(r.actual)}/${numberText((r.target * m) / 12)}（${percentText(r.num, r.den)}）`,
  )
  let figures = texts.join('，')
  if (ratios.length > 1) figures += `，取较小值 ${percentText(smallest.num, smallest.den)}`
  const unset = parts.filter((p) => p.target <= 0).map((p) => p.label)
  if (unset.length > 0) figures += `（${unset.join('、')}未设年度目标，不计）`
  return ok(ratioRating(smallest.num, smallest.den)!, smallest.num / smallest.den, figures)
}

export function c3Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const target = input.targets.volunteers
  if (!(target > 0)) return none('项目未设定年度志愿者人数目标')
  const latest = rows[rows.length - 1]!
  const v = latest.volunteers
  const figures = `志愿者人数 ${numberText(v)}/${numberText(target)}（${percentText(v, target)}${quarterNote(input.period, latest.period)}）`
  return ok(ratioRating(v, target)!, v / target, figures)
}

/** The project's non-deleted sessions (any date), each once. */
function projectSessions(input: SuggestionInput): SuggestionSessionLike[] {
  const seen = new Set<string>()
  return input.sessions.filter((s) => {
    if (s.deletedAt || !s.projectIds.includes(input.projectId) || seen.has(s.id)) return false
    seen.add(s.id)
    return true
  })
}

export function d2Outcome(input: SuggestionInput): SuggestionOutcome {
  const perMonth = input.hoursPerMonth ?? DEFAULT_HOURS_PER_MONTH
  const m = monthsIn(input.period)
  const targetMinutes = Math.round(perMonth * 60 * m)
  if (!(targetMinutes > 0)) return none('未设定督导时数目标')
  const sessions = sessionsInPeriod(projectSessions(input), input.period)
  const minutes = sessions.reduce((s, x) => s + x.durationMinutes, 0)
  const figures =
    `督导 ${sessions.length} 次，时数 ${hoursText(minutes)}/${hoursText(targetMinutes)} 小时` +
    `（${percentText(minutes, targetMinutes)}）`
  return ok(ratioRating(minutes, targetMinutes)!, minutes / targetMinutes, figures)
}

export function d3Outcome(input: SuggestionInput): SuggestionOutcome {
  const ids = new Set(projectSessions(input).map((s) => s.id))
  const rate = completionRate(
    input.followUps.filter((f) => ids.has(f.sessionId)),
    input.period,
  )
  if (rate.dueCount === 0) return none('本期无到期的跟进事项')
  const figures = `本期到期跟进事项 ${rate.dueCount} 项，期末前完成 ${rate.completedCount} 项（${rate.rateText}）`
  return ok(ratioRating(rate.completedCount, rate.dueCount)!, rate.completedCount / rate.dueCount, figures)
}

export function e1Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const withValue = rows.filter((r) => r.satisfaction !== null && Number.isFinite(r.satisfaction))
  const latest = withValue[withValue.length - 1]
  if (!latest) return none('本期未填报满意度')
  const s = latest.satisfaction as number
  const figures = `满意度 ${numberText(s)}%${quartersIn(input.period).length > 1 ? `（${periodLabel(latest.period)}）` : ''}`
  return ok(satisfactionRating(s), s, figures)
}

export function e2Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const collected = sum(rows, (r) => r.needsCollected)
  const resolved = sum(rows, (r) => r.needsResolved)
  if (!(collected > 0)) return none('本期未收集需求，无法计算办结率')
  const figures = `办结诉求 ${numberText(resolved)}/收集需求 ${numberText(collected)} 条（${percentText(resolved, collected)}）`
  return ok(ratioRating(resolved, collected)!, resolved / collected, figures)
}

const OUTCOMES: Record<DataSource, (input: SuggestionInput) => SuggestionOutcome> = {
  C1: c1Outcome,
  C3: c3Outcome,
  D2: d2Outcome,
  D3: d3Outcome,
  E1: e1Outcome,
  E2: e2Outcome,
}

/** The suggestion for one data source, or null (see suggestionOutcome for the reason). */
export function suggestRating(source: DataSource, input: SuggestionInput): Suggestion | null {
  return OUTCOMES[source](input).suggestion
}

export function suggestionOutcome(source: DataSource, input: SuggestionInput): SuggestionOutcome {
  return OUTCOMES[source](input)
}

export const suggestC1 = (input: SuggestionInput): Suggestion | null => c1Outcome(input).suggestion
export const suggestC3 = (input: SuggestionInput): Suggestion | null => c3Outcome(input).suggestion
export const suggestD2 = (input: SuggestionInput): Suggestion | null => d2Outcome(input).suggestion
export const suggestD3 = (input: SuggestionInput): Suggestion | null => d3Outcome(input).suggestion
export const suggestE1 = (input: SuggestionInput): Suggestion | null => e1Outcome(input).suggestion
export const suggestE2 = (input: SuggestionInput): Suggestion | null => e2Outcome(input).suggestion

/** The six outcomes, each rule given its input. */
function outcomesOf(inputOf: (source: DataSource) => SuggestionInput): SuggestionSet {
  const suggestions = {} as Record<DataSource, Suggestion | null>
  const reasons: Partial<Record<DataSource, string>> = {}
  for (const source of DATA_SOURCES) {
    const outcome = OUTCOMES[source](inputOf(source))
    suggestions[source] = outcome.suggestion
    if (outcome.reason !== null) reasons[source] = outcome.reason
  }
  return { suggestions, reasons }
}

/** All six suggestions, with the reason for each missing one. */
export function suggestAll(input: SuggestionInput): SuggestionSet {
  return outcomesOf(() => input)
}

/** One project's progress rows, its linked sessions and their follow-ups. */
export interface ProjectActivity {
  projectId: string
  targets: TargetsLike
  progress: readonly ProgressLike[]
  sessions: readonly SuggestionSessionLike[]
  followUps: readonly SuggestionFollowUpLike[]
}

/**
 * suggestAll for one project and period, with the same results, but each rule handed only the
 * rows it can use: D2 the sessions dated in the period, D3 the follow-ups due in it (the rules
 * filter the same way themselves, so this only saves work — 200 projects × 8 periods would
 * otherwise test every session's date against every period).
 */
export function projectSuggestions(activity: ProjectActivity, period: string, hoursPerMonth: number): SuggestionSet {
  const { start, end } = periodRange(period)
  const base: SuggestionInput = {
    projectId: activity.projectId,
    period,
    targets: activity.targets,
    progress: activity.progress,
    sessions: activity.sessions,
    followUps: activity.followUps,
    hoursPerMonth,
  }
  const d2: SuggestionInput = { ...base, sessions: activity.sessions.filter((s) => s.date >= start && s.date <= end) }
  const d3: SuggestionInput = { ...base, followUps: activity.followUps.filter((f) => f.dueDate >= start && f.dueDate <= end) }
  return outcomesOf((source) => (source === 'D2' ? d2 : source === 'D3' ? d3 : base))
}

/**
 * Groups sessions and their follow-ups by linked project, so suggestions for many projects
 * never scan every session once per project. A session linked to two projects is in both.
 */
export function groupActivityByProject<S extends SuggestionSessionLike, F extends SuggestionFollowUpLike>(
  sessions: readonly S[],
  followUps: readonly F[],
): Map<string, { sessions: S[]; followUps: F[] }> {
  const out = new Map<string, { sessions: S[]; followUps: F[] }>()
  const bySession = new Map<string, F[]>()
  for (const f of followUps) {
    if (f.deletedAt) continue
    const list = bySession.get(f.sessionId)
    if (list) list.push(f)
    else bySession.set(f.sessionId, [f])
  }
  for (const s of sessions) {
    if (s.deletedAt) continue
    for (const pid of new Set(s.projectIds)) {
      let bucket = out.get(pid)
      if (!bucket) out.set(pid, (bucket = { sessions: [], followUps: [] }))
      bucket.sessions.push(s)
      const fs = bySession.get(s.id)
      if (fs) bucket.followUps.push(...fs)
    }
  }
  return out
}

function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0)
}
