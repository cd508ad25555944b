/**
 * Data shaping for the 指数看板, the 工作台 and the assessment form: pure functions over plain
 * records. Every number comes from the index core (scoring, grading, compare, suggestions,
 * followups); nothing here computes a score of its own.
 */
import type { VetoType } from '../model/constants'
import { DATA_SOURCES, type AssessmentItem, type DataSource, type Suggestion, type Thresholds } from '../model/framework'
import { daysBetween } from './dates'
import { isOverdue, type FollowUpLike } from './followups'
import { colourCounts, compareTotals, rankProjects, type Change, type ColourCounts } from './supervision-index/compare'
import { finalGrade, GRADE_OF, type Colour, type FinalGrade } from './supervision-index/grading'
import { computeScores, formatTenths, type DimensionLike, type ScoreResult } from './supervision-index/scoring'
import {
  suggestionOutcome,
  type ProgressLike,
  type SuggestionFollowUpLike,
  type SuggestionInput,
  type SuggestionSessionLike,
  type SuggestionSet,
  type TargetsLike,
} from './supervision-index/suggestions'
import { comparePeriods, parsePeriod, periodLabel, periodOf, periodRange, previousPeriod } from './period'

// ---------------------------------------------------------------------------------------------
// Follow-ups as they stood on a date

/**
 * The follow-up as it stood on `date`: one marked 已完成 with a completion date after `date`
 * was still open then. (已取消 carries no date, so it counts as closed whenever it is read.)
 */
export function followUpOn<T extends FollowUpLike>(f: T, date: string): T {
  // A 已完成 item without a completion date counts as done (the best the record can say).
  if (f.status === '已完成' && f.completedDate !== null && f.completedDate > date) {
    return { ...f, status: '进行中', completedDate: null }
  }
  return f
}

export interface OverdueOnDate<T> {
  followUp: T
  dueDate: string
  daysOverdue: number
}

/**
 * Follow-ups overdue on `date` (期限 before `date`, not closed by then), most overdue first.
 * Used for the colour drop of an assessment, which is judged on its assessment date.
 */
export function overdueOn<T extends FollowUpLike>(followUps: readonly T[], date: string): OverdueOnDate<T>[] {
  const out: OverdueOnDate<T>[] = []
  for (const f of followUps) {
    if (f.deletedAt) continue
    if (!isOverdue(followUpOn(f, date), date)) continue
    out.push({ followUp: f, dueDate: f.dueDate, daysOverdue: daysBetween(f.dueDate, date) })
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue)
}

/**
 * Follow-ups of a project's sessions held on or before `date` that are overdue on `date`: what
 * the colour drop of an assessment dated `date` looks at.
 */
export function overdueForProject<F extends FollowUpLike & { sessionId: string }>(
  sessions: readonly { id: string; date: string; deletedAt?: string | null }[],
  followUps: readonly F[],
  date: string,
): OverdueOnDate<F>[] {
  const held = new Set(sessions.filter((s) => !s.deletedAt && s.date <= date).map((s) => s.id))
  return overdueOn(
    followUps.filter((f) => held.has(f.sessionId)),
    date,
  )
}

// ---------------------------------------------------------------------------------------------
// One assessment: scores and colour

export interface FrameworkForGrading {
  dimensions: readonly DimensionLike[]
  thresholds: Thresholds
}

export interface AssessmentGrade {
  scores: ScoreResult
  grade: FinalGrade
}

/** Scores (computeScores) and colour (finalGrade with the overdue drop and the veto) of a set of ratings. */
export function gradeAssessment(
  framework: FrameworkForGrading,
  items: readonly Pick<AssessmentItem, 'indicatorCode' | 'rating'>[],
  options: { overdue?: readonly { dueDate: string; daysOverdue: number }[]; overdueDropDays?: number; veto?: { type: VetoType | string; note: string } | null } = {},
): AssessmentGrade {
  const scores = computeScores(framework, items)
  const grade = finalGrade(scores.totalTenths, framework.thresholds, {
    overdueFollowUps: options.overdue ?? [],
    overdueDropDays: options.overdueDropDays,
    veto: options.veto ?? null,
  })
  return { scores, grade }
}

// ---------------------------------------------------------------------------------------------
// Suggestions for one project

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
  const inputs: Record<DataSource, SuggestionInput> = {
    C1: base,
    C3: base,
    D2: { ...base, sessions: activity.sessions.filter((s) => s.date >= start && s.date <= end) },
    D3: { ...base, followUps: activity.followUps.filter((f) => f.dueDate >= start && f.dueDate <= end) },
    E1: base,
    E2: base,
  }
  const suggestions = {} as Record<DataSource, Suggestion | null>
  const reasons: Partial<Record<DataSource, string>> = {}
  for (const source of DATA_SOURCES) {
    const outcome = suggestionOutcome(source, inputs[source])
    suggestions[source] = outcome.suggestion
    if (outcome.reason !== null) reasons[source] = outcome.reason
  }
  return { suggestions, reasons }
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

// ---------------------------------------------------------------------------------------------
// 指数看板

export interface DashboardProjectLike {
  id: string
  name: string
  community: string
  startDate: string
  endDate: string
  deletedAt: string | null
}

export interface DashboardAssessmentLike {
  id: string
  projectId: string
  period: string
  frameworkId: string
  status: '草稿' | '已定稿'
  totalTenths: number | null
  colour: Colour | null
  grade: string | null
  dropReasons: readonly string[]
  items: readonly Pick<AssessmentItem, 'indicatorCode' | 'rating'>[]
  updatedAt: string
  deletedAt: string | null
}

export interface DashboardFrameworkLike {
  id: string
  dimensions: readonly DimensionLike[]
}

export interface DimensionPoint {
  code: string
  name: string
  /** Share of the dimension weight, in tenths of a percent (706 = 70.6%). */
  percentTenths: number | null
  /** percentTenths / 10, for charts. */
  percent: number | null
  /** '70.6%' */
  percentText: string
  /** '10.6/15' */
  scoreText: string
}

export interface TrendPoint {
  period: string
  /** '2025年第1季度' */
  label: string
  /** Short axis label: '25年Q1', '25年上半年', '2025年'. */
  shortLabel: string
  totalTenths: number | null
  /** totalTenths / 10 for charts, null when not assessed (a gap in the line). */
  total: number | null
  totalText: string
  colour: Colour | null
}

export type RowState = '已定稿' | '草稿' | '未评估'

export interface DashboardRow {
  projectId: string
  name: string
  community: string
  /** The project's assessment of the period (final or draft), if any. */
  assessmentId: string | null
  state: RowState
  /** Final assessments only; drafts carry no total. */
  totalTenths: number | null
  totalText: string
  colour: Colour | null
  grade: string | null
  /** '绿色 优秀', '草稿（未定稿）', '未评估'. */
  colourLabel: string
  change: Change & { previousPeriod: string }
  rank: number | null
  dropReasons: readonly string[]
  /** Dimension scores of the final assessment (empty otherwise). */
  dimensions: DimensionPoint[]
  trend: TrendPoint[]
}

export interface RankingBar {
  projectId: string
  name: string
  rank: number
  total: number
  totalText: string
  colour: Colour
  /** '92.4 分 · 绿色' — printed on the bar so it reads without colour. */
  label: string
}

export interface DashboardData {
  period: string
  periodLabel: string
  previousPeriod: string
  previousLabel: string
  /** Ranked (highest total first), then drafts and unassessed projects by name. */
  rows: DashboardRow[]
  counts: ColourCounts
  /** Final assessments only, highest first. */
  ranking: RankingBar[]
  /** Periods of the trend lines, oldest first, ending with `period`. */
  trendPeriods: string[]
  /** Final assessments of the period. */
  assessedCount: number
  draftCount: number
}

/** '25年Q1', '25年上半年', '2025年' — for chart axes where the full label does not fit. */
export function shortPeriodLabel(code: string): string {
  const p = parsePeriod(code)
  if (!p) return code
  const yy = String(p.year).slice(2)
  if (p.kind === 'Q') return `${yy}年Q${p.index}`
  if (p.kind === 'H') return `${yy}年${p.index === 1 ? '上' : '下'}半年`
  return `${p.year}年`
}

/** `count` periods of the same kind ending with `period`, oldest first. */
export function periodsEndingWith(period: string, count: number): string[] {
  const out = [period]
  while (out.length < count) out.unshift(previousPeriod(out[0]!))
  return out
}

/** Dimension scores of a set of ratings for the radar (computeScores on the framework scored on). */
export function dimensionPoints(framework: { dimensions: readonly DimensionLike[] }, items: DashboardAssessmentLike['items']): DimensionPoint[] {
  return computeScores(framework, items).dimensions.map((d) => ({
    code: d.code,
    name: d.name,
    percentTenths: d.percentTenths,
    percent: d.percentTenths === null ? null : d.percentTenths / 10,
    percentText: d.percentText,
    scoreText: `${formatTenths(d.scoreTenths)}/${formatTenths(d.maxTenths)}`,
  }))
}

/**
 * The radar's points for one project and period: the dimension scores of its final assessment
 * (the one buildDashboard counts), on the framework version it was scored on; null without one.
 * The dashboard computes these for the project it shows, not for all of them.
 */
export function projectDimensions(
  input: { assessments: readonly DashboardAssessmentLike[]; frameworks: readonly DashboardFrameworkLike[] },
  projectId: string,
  period: string,
): DimensionPoint[] | null {
  const picked = pickAssessments(input.assessments.filter((x) => x.projectId === projectId && x.period === period))
  const fin = finalIn(picked, projectId, period)
  const fw = fin ? input.frameworks.find((f) => f.id === fin.frameworkId) : undefined
  return fin && fw ? dimensionPoints(fw, fin.items) : null
}

function colourLabelOf(colour: Colour | null, state: RowState): string {
  if (state === '未评估') return '未评估'
  if (state === '草稿' || !colour) return '草稿（未定稿）'
  return `${colour} ${GRADE_OF[colour]}`
}

/** The live assessment of each project and period; with duplicates (e.g. after a merge) the final one, then the latest. */
function pickAssessments<A extends DashboardAssessmentLike>(assessments: readonly A[]): Map<string, A> {
  const out = new Map<string, A>()
  for (const a of assessments) {
    if (a.deletedAt) continue
    const key = `${a.projectId}|${a.period}`
    const prev = out.get(key)
    const better =
      !prev ||
      (a.status === '已定稿' && prev.status !== '已定稿') ||
      (a.status === prev.status && a.updatedAt > prev.updatedAt)
    if (better) out.set(key, a)
  }
  return out
}

/** The picked assessment of a project and period when it counts: final, with its total. */
function finalIn<A extends DashboardAssessmentLike>(picked: ReadonlyMap<string, A>, projectId: string, period: string): A | null {
  const a = picked.get(`${projectId}|${period}`)
  return a && a.status === '已定稿' && a.totalTenths !== null ? a : null
}

function overlaps(p: DashboardProjectLike, range: { start: string; end: string }): boolean {
  return p.startDate <= range.end && p.endDate >= range.start
}

/**
 * Everything the 指数看板 shows for one period. A project is listed when its dates overlap the
 * period or it has an assessment of the period. Totals, colours, changes, ranks and trends use
 * FINAL assessments only (their totals and colours as stored at 定稿); dimension scores come
 * from computeScores on the framework version the assessment was scored on.
 */
export function buildDashboard(input: {
  projects: readonly DashboardProjectLike[]
  assessments: readonly DashboardAssessmentLike[]
  frameworks: readonly DashboardFrameworkLike[]
  period: string
  /** Number of periods in the trend lines (default 8). */
  trendLength?: number
  /** Compute each final assessment's dimension scores (default true; the radar needs them). */
  withDimensions?: boolean
}): DashboardData {
  const { period } = input
  const picked = pickAssessments(input.assessments)
  const frameworks = new Map(input.frameworks.map((f) => [f.id, f]))
  const window = periodsEndingWith(period, input.trendLength ?? 8)
  const finalTotal = (projectId: string, p: string) => finalIn(picked, projectId, p)
  // Trend lines start at the first period in the window that has any final assessment.
  let first = window.length - 1
  for (let i = 0; i < window.length; i++) {
    const p = window[i]!
    if (input.projects.some((pr) => !pr.deletedAt && finalTotal(pr.id, p))) {
      first = i
      break
    }
  }
  const trendPeriods = window.slice(first)
  // Worked out once, not per project: period codes are parsed on every call (a fifth of the
  // shaping time for 200 projects).
  const range = periodRange(period)
  const prev = previousPeriod(period)
  const labels = new Map(trendPeriods.map((code) => [code, { label: periodLabel(code), shortLabel: shortPeriodLabel(code) }]))

  const listed = input.projects.filter((p) => !p.deletedAt && (overlaps(p, range) || picked.has(`${p.id}|${period}`)))
  const rows = listed.map((p) => {
    const a = picked.get(`${p.id}|${period}`) ?? null
    const fin = finalTotal(p.id, period)
    const state: RowState = a ? a.status : '未评估'
    const fw = fin ? frameworks.get(fin.frameworkId) : undefined
    const dimensions: DimensionPoint[] = fin && fw && input.withDimensions !== false ? dimensionPoints(fw, fin.items) : []
    const trend: TrendPoint[] = trendPeriods.map((code) => {
      const t = finalTotal(p.id, code)
      return {
        period: code,
        ...labels.get(code)!,
        totalTenths: t?.totalTenths ?? null,
        total: t?.totalTenths == null ? null : t.totalTenths / 10,
        totalText: t?.totalTenths == null ? '—' : formatTenths(t.totalTenths),
        colour: t?.colour ?? null,
      }
    })
    return {
      projectId: p.id,
      name: p.name,
      community: p.community,
      assessmentId: a?.id ?? null,
      state,
      totalTenths: fin?.totalTenths ?? null,
      totalText: fin?.totalTenths == null ? '—' : formatTenths(fin.totalTenths),
      colour: fin?.colour ?? null,
      grade: fin?.grade ?? null,
      colourLabel: colourLabelOf(fin?.colour ?? null, state),
      change: { ...compareTotals(fin?.totalTenths ?? null, finalTotal(p.id, prev)?.totalTenths ?? null), previousPeriod: prev },
      dropReasons: fin?.dropReasons ?? [],
      dimensions,
      trend,
    }
  })
  const ranked = rankProjects(rows)
  // Drafts before the unassessed among the unranked, each by name (rankProjects keeps name order).
  const scored = ranked.filter((r) => r.rank !== null)
  const drafts = ranked.filter((r) => r.rank === null && r.state === '草稿')
  const none = ranked.filter((r) => r.rank === null && r.state !== '草稿')
  const ordered: DashboardRow[] = [...scored, ...drafts, ...none]
  const ranking: RankingBar[] = scored.map((r) => ({
    projectId: r.projectId,
    name: r.name,
    rank: r.rank as number,
    total: (r.totalTenths as number) / 10,
    totalText: r.totalText,
    colour: r.colour as Colour,
    label: `${r.totalText} 分 · ${r.colour}`,
  }))
  return {
    period,
    periodLabel: periodLabel(period),
    previousPeriod: previousPeriod(period),
    previousLabel: periodLabel(previousPeriod(period)),
    rows: ordered,
    counts: colourCounts(ordered.map((r) => r.colour)),
    ranking,
    trendPeriods,
    assessedCount: scored.length,
    draftCount: drafts.length,
  }
}

/**
 * The bars of a ranking chart that stays readable: every project up to `max`; beyond that the
 * top and bottom `max / 2` with a gap row between them (null total, name '……').
 */
export function rankingForChart(bars: readonly RankingBar[], max = 30): { bars: (RankingBar | RankingGap)[]; shown: number; omitted: number } {
  if (bars.length <= max) return { bars: [...bars], shown: bars.length, omitted: 0 }
  const half = Math.floor(max / 2)
  const omitted = bars.length - 2 * half
  return {
    bars: [...bars.slice(0, half), { gap: true, projectId: '', name: `…… 中间 ${omitted} 个项目`, total: null, label: '' }, ...bars.slice(bars.length - half)],
    shown: 2 * half,
    omitted,
  }
}

export interface RankingGap {
  gap: true
  projectId: ''
  name: string
  total: null
  label: ''
}

/** The period a new assessment starts on: the last complete quarter before `today`. */
export function defaultAssessmentPeriod(today: string): string {
  return previousPeriod(periodOf(today, 'Q'))
}

/**
 * The period a dashboard opens on: the latest period with a final assessment (a quarter
 * before a half-year or year ending the same day), else `fallback`.
 */
export function latestAssessedPeriod(
  assessments: readonly Pick<DashboardAssessmentLike, 'period' | 'status' | 'deletedAt'>[],
  fallback: string,
): string {
  // Each distinct period once (a studio has many assessments but few periods).
  const periods = new Set<string>()
  for (const a of assessments) if (!a.deletedAt && a.status === '已定稿') periods.add(a.period)
  let best: string | null = null
  for (const p of periods) {
    if (!parsePeriod(p)) continue
    if (best === null) {
      best = p
      continue
    }
    const ea = periodRange(p).end
    const eb = periodRange(best).end
    if (ea > eb || (ea === eb && comparePeriods(p, best) > 0)) best = p
  }
  return best ?? fallback
}

/** Distinct periods that have assessments, newest first (by end date, then start date). */
export function assessedPeriods(assessments: readonly Pick<DashboardAssessmentLike, 'period' | 'deletedAt'>[]): string[] {
  const set = new Set<string>()
  for (const a of assessments) if (!a.deletedAt) set.add(a.period)
  const keys = new Map<string, string>()
  for (const code of set) {
    if (!parsePeriod(code)) continue
    const r = periodRange(code)
    keys.set(code, `${r.end}|${r.start}`)
  }
  return [...keys.keys()].sort((a, b) => {
    const ka = keys.get(a)!
    const kb = keys.get(b)!
    return ka < kb ? 1 : ka > kb ? -1 : 0
  })
}

/**
 * The grade lines to draw behind a chart of these assessments: the thresholds of the
 * framework(s) they were graded with when those agree; `fallback` (the studio's current
 * framework) when there are none; no lines when they differ, since one set of lines would
 * put some assessments on the wrong side of a colour their own framework gave them.
 */
export function chartThresholds(
  frameworks: readonly { id: string; thresholds: Thresholds }[],
  assessments: readonly { frameworkId: string; status: string; deletedAt?: string | null }[],
  fallback: Thresholds | undefined,
): Thresholds | undefined {
  const byId = new Map(frameworks.map((f) => [f.id, f.thresholds]))
  const distinct = new Map<string, Thresholds>()
  for (const a of assessments) {
    if (a.status !== '已定稿' || a.deletedAt) continue
    const t = byId.get(a.frameworkId)
    if (t) distinct.set(`${t.green}/${t.blue}/${t.yellow}`, t)
  }
  if (distinct.size === 0) return fallback
  return distinct.size === 1 ? [...distinct.values()][0] : undefined
}
