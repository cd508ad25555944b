/**
 * The figures of a 项目督导评估报告 (docs/domain.md "Word reports", report 2): one project, one
 * period. project-assessment.ts lays them out.
 *
 * Numbers come from the index core: computeScores for the indicator and dimension scores, the
 * stored total/colour of a final assessment (what the 指数看板 shows) or gradeAssessment for a
 * draft, buildDashboard for the change and the trend, sessionStatistics, d2Outcome,
 * completionRate and overdueForProject for sessions and follow-ups.
 */
import type { Person } from '../../model/person'
import type { Project, ProjectProgress } from '../../model/project'
import type { FollowUp, SupervisionSession } from '../../model/session'
import type { StudioInfo } from '../../model/studio'
import type { Assessment, IndexFramework, Thresholds } from '../../model/framework'
import { RATING_LABELS } from '../../model/constants'
import { buildDashboard, dimensionPoints, type DimensionPoint, type TrendPoint } from '../../domain/dashboard'
import { completionRate, daysOverdue, followUpOn, overdueForProject } from '../../domain/followups'
import { compareTotals, compareWithPrevious, type Change } from '../../domain/supervision-index/compare'
import { GRADE_OF, gradeAssessment, type Colour } from '../../domain/supervision-index/grading'
import { computeScores, formatHundredths, formatTenths, weightHundredths, type ScoreResult } from '../../domain/supervision-index/scoring'
import { d2Outcome, progressRowsFor } from '../../domain/supervision-index/suggestions'
import { periodLabel, previousPeriod } from '../../domain/period'
import { hoursText, sessionsInPeriod, sessionStatistics } from '../../domain/statistics'
import type { ChartRequest } from './charts'
import { EMPTY_TEXT, followUpStateText, NameBook, SENSITIVE_TEXT } from './common'

export interface ProjectReportInput {
  project: Project
  period: string
  /** The project's assessment of the period (final, or a draft: then the report says so). */
  assessment: Assessment
  /** The framework versions the project's assessments were scored on (at least the one of `assessment`). */
  frameworks: readonly IndexFramework[]
  /** All assessments of the project (any period), for the change and the trend. */
  assessments: readonly Assessment[]
  /** Sessions linked to the project (any date). */
  sessions: readonly SupervisionSession[]
  /** Follow-ups of those sessions. */
  followUps: readonly FollowUp[]
  progress: readonly ProjectProgress[]
  persons: readonly Pick<Person, 'id' | 'name'>[]
  studio: Pick<StudioInfo, 'name' | 'lead'>
  /** D2 target (setting). */
  hoursPerMonth: number
  /** Colour drop (setting). */
  overdueDropDays: number
}

export interface IndicatorRow {
  dimensionCode: string
  dimensionName: string
  code: string
  name: string
  weightText: string
  rating: number | null
  ratingText: string
  scoreText: string
  suggestedRating: number | null
  basisText: string
}

export interface FollowUpRow {
  content: string
  owner: string
  sessionCode: string
  dueDate: string
  state: string
}

export interface ProjectReportFacts {
  projectName: string
  period: string
  periodLabel: string
  final: boolean
  assessor: string
  assessDate: string
  frameworkName: string
  thresholds: Thresholds
  scores: ScoreResult
  totalTenths: number
  totalText: string
  colour: Colour
  grade: string
  /** The texts of the reasons of a colour drop or veto. */
  reasons: string[]
  change: Change & { previousPeriod: string }
  previousTotalText: string | null
  previousColour: Colour | null
  indicators: IndicatorRow[]
  dimensions: DimensionPoint[]
  previousDimensions: DimensionPoint[] | null
  /** Final assessments of earlier periods and this one, oldest first (gaps left out). */
  trend: (TrendPoint & { changeText: string })[]
  sessions: { code: string; date: string; mode: string; supervisors: string; supervisees: string; topics: string; hours: string }[]
  sessionCount: number
  sessionHours: string
  /** 督导 3 次，时数 4.5/6.0 小时（75.0%） — the D2 figures, or null without a target. */
  d2Figures: string | null
  followUpsDue: number
  followUpsCompleted: number
  completionRateText: string
  overdueCount: number
  longOverdueCount: number
  followUpRows: FollowUpRow[]
  progressRows: ProjectProgress[]
  achievements: string
  problems: string
  improvements: string
  charts: ChartRequest[]
}

function basisText(item: Assessment['items'][number] | undefined): string {
  if (!item) return EMPTY_TEXT
  const basis = item.basis.trim()
  const s = item.suggestion
  if (!s) return basis || EMPTY_TEXT
  const suggested = `系统建议 ${s.rating} 分（${s.figures}）`
  if (item.rating !== null && item.rating !== s.rating) {
    return `${suggested}；评估人评为 ${item.rating} 分${basis ? `：${basis}` : ''}`
  }
  return basis ? `${suggested}；${basis}` : suggested
}

export function projectReportFacts(input: ProjectReportInput): ProjectReportFacts {
  const { project, period, assessment } = input
  const framework = input.frameworks.find((f) => f.id === assessment.frameworkId)
  if (!framework) throw new Error('找不到该评估所用的指数框架版本，无法生成报告')
  const people = new NameBook(input.persons)
  const final = assessment.status === '已定稿' && assessment.totalTenths !== null && assessment.colour !== null
  const scores = computeScores(framework, assessment.items)

  // Total and colour: as fixed at 定稿 (what the 指数看板 shows); a draft is graded as the form grades it.
  let totalTenths: number
  let colour: Colour
  let grade: string
  let reasons: string[]
  if (final) {
    totalTenths = assessment.totalTenths as number
    colour = assessment.colour as Colour
    grade = assessment.grade ?? GRADE_OF[colour]
    reasons = assessment.dropReasons.map((r) => r.text)
  } else {
    const graded = gradeAssessment(framework, assessment.items, {
      overdue: overdueForProject(input.sessions, input.followUps, assessment.assessDate),
      overdueDropDays: input.overdueDropDays,
      veto: assessment.veto,
    })
    totalTenths = graded.scores.totalTenths
    colour = graded.grade.colour
    grade = graded.grade.grade
    reasons = graded.grade.reasons.map((r) => r.text)
  }

  const ownAssessments = input.assessments.filter((a) => a.projectId === project.id)
  const dashboardProject = [{ id: project.id, name: project.name, community: project.community, startDate: project.startDate, endDate: project.endDate, deletedAt: null }]
  const board = buildDashboard({ projects: dashboardProject, assessments: ownAssessments, frameworks: input.frameworks, period, trendLength: 8 })
  const row = board.rows[0]
  const prevBoard = buildDashboard({ projects: dashboardProject, assessments: ownAssessments, frameworks: input.frameworks, period: previousPeriod(period), trendLength: 1 })
  const prevRow = prevBoard.rows[0]
  const previousTenths = prevRow?.totalTenths ?? null
  const change = final && row ? row.change : { ...compareTotals(totalTenths, previousTenths), previousPeriod: previousPeriod(period) }

  const dims = dimensionPoints(framework, assessment.items)
  const itemByCode = new Map(assessment.items.map((i) => [i.indicatorCode, i]))
  const dimName = new Map(framework.dimensions.map((d) => [d.code, d.name]))
  const indicators: IndicatorRow[] = scores.indicators.map((ind) => {
    const item = itemByCode.get(ind.code)
    return {
      dimensionCode: ind.dimensionCode,
      dimensionName: dimName.get(ind.dimensionCode) ?? '',
      code: ind.code,
      name: ind.name,
      weightText: formatHundredths(weightHundredths(ind.weight)),
      rating: ind.rating,
      ratingText: ind.rating === null ? '未评分' : `${ind.rating} ${RATING_LABELS[ind.rating]}`,
      scoreText: formatTenths(ind.scoreTenths),
      suggestedRating: item?.suggestion?.rating ?? null,
      basisText: basisText(item),
    }
  })

  // Trend: the dashboard's (final assessments only), with the change of each point.
  const trendPoints = row?.trend ?? []
  const totals = new Map(trendPoints.map((t) => [t.period, t.totalTenths]))
  const trend = trendPoints
    .filter((t) => t.totalTenths !== null)
    .map((t) => ({ ...t, changeText: compareWithPrevious(totals, t.period).text }))

  // Sessions of the period.
  const inPeriod = sessionsInPeriod(input.sessions, period)
    .filter((s) => s.projectIds.includes(project.id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : 1))
  const stats = sessionStatistics(
    input.sessions.filter((s) => s.projectIds.includes(project.id)),
    period,
  )
  const d2 = d2Outcome({
    projectId: project.id,
    period,
    targets: project.targets,
    progress: input.progress,
    sessions: input.sessions,
    followUps: input.followUps,
    hoursPerMonth: input.hoursPerMonth,
  })

  // Follow-ups: due in the period (completion rate), and as they stood on the assessment date.
  const sessionById = new Map(input.sessions.map((s) => [s.id, s]))
  const projectFollowUps = input.followUps.filter((f) => !f.deletedAt && sessionById.get(f.sessionId)?.projectIds.includes(project.id) && !sessionById.get(f.sessionId)?.deletedAt)
  const rate = completionRate(projectFollowUps, period)
  const overdue = overdueForProject(input.sessions.filter((s) => s.projectIds.includes(project.id)), projectFollowUps, assessment.assessDate)
  const overdueIds = new Set(overdue.map((o) => o.followUp.id))
  const longOverdueCount = overdue.filter((o) => o.daysOverdue > input.overdueDropDays).length
  const listed = [...new Map([...rate.due, ...overdue.map((o) => o.followUp)].map((f) => [f.id, f])).values()].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  )
  const followUpRows: FollowUpRow[] = listed.map((f) => {
    const session = sessionById.get(f.sessionId)
    const on = followUpOn(f, assessment.assessDate)
    return {
      content: session?.sensitive === 1 ? SENSITIVE_TEXT : f.content,
      owner: people.name(f.ownerId),
      sessionCode: session?.code ?? EMPTY_TEXT,
      dueDate: f.dueDate,
      state: followUpStateText(on, overdueIds.has(f.id) ? daysOverdue(on, assessment.assessDate) : 0),
    }
  })

  const previousLabel = periodLabel(previousPeriod(period))
  const charts: ChartRequest[] = []
  if (dims.length > 0) {
    const previousDims = prevRow && prevRow.dimensions.length > 0 ? prevRow.dimensions : null
    charts.push({
      key: 'radar',
      kind: 'radar',
      caption: previousDims
        ? `各维度得分率（实线：${periodLabel(period)}；虚线：${previousLabel}）`
        : `各维度得分率（${periodLabel(period)}）`,
      dimensions: dims,
      previous: previousDims,
      seriesLabel: periodLabel(period),
      previousLabel,
    })
  }
  if (trend.length >= 2) {
    charts.push({ key: 'trend', kind: 'trend', caption: '历次评估总分趋势', points: trendPoints, thresholds: framework.thresholds })
  }

  return {
    projectName: project.name,
    period,
    periodLabel: periodLabel(period),
    final,
    assessor: assessment.assessor,
    assessDate: assessment.assessDate,
    frameworkName: `${framework.name}（第 ${framework.version} 版）`,
    thresholds: framework.thresholds,
    scores,
    totalTenths,
    totalText: formatTenths(totalTenths),
    colour,
    grade,
    reasons,
    change,
    previousTotalText: previousTenths === null ? null : formatTenths(previousTenths),
    previousColour: prevRow?.colour ?? null,
    indicators,
    dimensions: dims,
    previousDimensions: prevRow && prevRow.dimensions.length > 0 ? prevRow.dimensions : null,
    trend,
    sessions: inPeriod.map((s) => ({
      code: s.code,
      date: s.date,
      mode: s.mode,
      supervisors: people.list(s.supervisorIds),
      supervisees: people.list(s.superviseeIds),
      topics: s.topics.join('、') || EMPTY_TEXT,
      hours: hoursText(s.durationMinutes),
    })),
    sessionCount: stats.count,
    sessionHours: stats.hours,
    d2Figures: d2.suggestion?.figures ?? null,
    followUpsDue: rate.dueCount,
    followUpsCompleted: rate.completedCount,
    completionRateText: rate.rateText,
    overdueCount: overdue.length,
    longOverdueCount,
    followUpRows,
    progressRows: progressRowsFor(input.progress, project.id, period),
    achievements: assessment.achievements,
    problems: assessment.problems,
    improvements: assessment.improvements,
    charts,
  }
}

/** '较2026年第2季度（88.6 分，蓝色）下降 9.0 分' or null when there is nothing to compare. */
export function changeSentence(f: Pick<ProjectReportFacts, 'change' | 'previousTotalText' | 'previousColour'>): string | null {
  const c = f.change
  if (c.deltaTenths === null || f.previousTotalText === null) return null
  const prev = `${periodLabel(c.previousPeriod)}（${f.previousTotalText} 分${f.previousColour ? `，${f.previousColour}` : ''}）`
  if (c.deltaTenths > 0) return `较${prev}上升 ${formatTenths(c.deltaTenths)} 分`
  if (c.deltaTenths < 0) return `较${prev}下降 ${formatTenths(-c.deltaTenths)} 分`
  return `与${prev}持平`
}
