/**
 * Data shaping for the 指数看板 (and the 工作台's and the project report's view of it): pure
 * functions over plain records. Every number comes from the index core (scoring, grading,
 * compare); nothing here computes a score of its own.
 */
import type { AssessmentItem, DropReason, Thresholds } from '../model/framework'
import { assessmentKey, assessmentsThatCount, finalPeriods } from './supervision-index/assessment-rules'
import { colourCounts, compareTotals, rankProjects, type Change, type ColourCounts } from './supervision-index/compare'
import { GRADE_OF, type Colour } from './supervision-index/grading'
import { computeScores, formatTenths, type DimensionLike } from './supervision-index/scoring'
import { periodLabel, periodRange, periodsEndingWith, previousPeriod, shortPeriodLabel } from './period'

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
  dropReasons: readonly DropReason[]
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
  dropReasons: readonly DropReason[]
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
  const picked = assessmentsThatCount(input.assessments.filter((x) => x.projectId === projectId && x.period === period))
  const fin = finalIn(picked, projectId, period)
  const fw = fin ? input.frameworks.find((f) => f.id === fin.frameworkId) : undefined
  return fin && fw ? dimensionPoints(fw, fin.items) : null
}

function colourLabelOf(colour: Colour | null, state: RowState): string {
  if (state === '未评估') return '未评估'
  if (state === '草稿' || !colour) return '草稿（未定稿）'
  return `${colour} ${GRADE_OF[colour]}`
}

/** The picked assessment of a project and period when it counts: final, with its total. */
function finalIn<A extends DashboardAssessmentLike>(picked: ReadonlyMap<string, A>, projectId: string, period: string): A | null {
  const a = picked.get(assessmentKey(projectId, period))
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
  const picked = assessmentsThatCount(input.assessments)
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

  const listed = input.projects.filter((p) => !p.deletedAt && (overlaps(p, range) || picked.has(assessmentKey(p.id, period))))
  const rows = listed.map((p) => {
    const a = picked.get(assessmentKey(p.id, period)) ?? null
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

/**
 * The period a dashboard opens on: the latest period with a final assessment (a quarter
 * before a half-year or year ending the same day), else `fallback`.
 */
export function latestAssessedPeriod(
  assessments: readonly Pick<DashboardAssessmentLike, 'period' | 'status' | 'deletedAt'>[],
  fallback: string,
): string {
  return finalPeriods(assessments)[0] ?? fallback
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
