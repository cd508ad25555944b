/**
 * The figures of a 工作室督导工作总结 (docs/domain.md "Word reports", report 3) for a quarter, a
 * half-year or a year, and its 总体情况 in sentences (sentences.ts). studio-summary.ts lays them out.
 *
 * Numbers: sessionStatistics (statistics.ts; its bySupervisee is superviseeHours' tally), completionRate, overdueForProject
 * (follow-ups as they stood at the period's end, or today if earlier), buildDashboard (totals,
 * colours, changes, ranks, colour counts) and d2Outcome (projects below the hours target).
 * A half-year or year without assessments of its own kind uses the latest quarter inside it that
 * has final assessments, and says so.
 */
import type { Person } from '../../model/person'
import type { Project } from '../../model/project'
import type { FollowUp, SupervisionSession } from '../../model/session'
import type { StudioInfo } from '../../model/studio'
import type { Assessment, IndexFramework, Thresholds } from '../../model/framework'
import { buildDashboard, type DashboardData, type DashboardRow } from '../../domain/dashboard'
import { completionRate, overdueOn } from '../../domain/followups'
import { dropReasonsText } from '../../domain/supervision-index/drop-reasons'
import { d2Outcome, groupActivityByProject } from '../../domain/supervision-index/suggestions'
import { comparePeriods, parsePeriod, periodLabel, periodRange, previousPeriod, quartersIn } from '../../domain/period'
import { hoursTenths, sessionsInPeriod, sessionStatistics, type SessionStatistics } from '../../domain/statistics'
import { formatDateInText } from '../../text/format'
import { rankingRequest, type ChartRequest } from './charts'
import { EMPTY_TEXT, NameBook, periodWord, SENSITIVE_TEXT } from './common'
import {
  activitySentence,
  comparisonSentence,
  followUpSentence,
  functionSentence,
  indexSentence,
  modeSentence,
  topicSentence,
} from './sentences'
import { defaultPlan } from './studio-plan'

export interface StudioSummaryInput {
  /** 2026Q3, 2026H1 or 2026Y. */
  period: string
  studio: Pick<StudioInfo, 'name' | 'lead'>
  persons: readonly Pick<Person, 'id' | 'name' | 'role' | 'org'>[]
  projects: readonly Project[]
  sessions: readonly SupervisionSession[]
  followUps: readonly FollowUp[]
  assessments: readonly Assessment[]
  frameworks: readonly IndexFramework[]
  /** The current framework's thresholds, named in the ranking chart's caption. */
  thresholds: Thresholds | null
  /** Date of the report; follow-ups are judged at the period's end, or today when that is earlier. */
  today: string
  /** 下阶段计划 typed by the user; empty → generated from the figures. */
  plan?: string
  hoursPerMonth: number
  overdueDropDays: number
}

/** Overdue follow-ups listed in the report at most (the rest are counted). */
export const OVERDUE_ROWS_MAX = 100

export interface OverdueRow {
  content: string
  owner: string
  sessionCode: string
  projects: string
  dueDate: string
  daysOverdue: number
}

export interface ProjectSummaryRow {
  rank: number | null
  name: string
  community: string
  totalText: string
  colour: DashboardRow['colour']
  colourLabel: string
  changeText: string
  sessionCount: number
  sessionHours: string
}

export interface StudioSummaryFacts {
  period: string
  periodLabel: string
  /** 本季度 / 上半年 / 下半年 / 本年度 */
  word: string
  stats: SessionStatistics
  previous: SessionStatistics
  superviseeCount: number
  supervisorCount: number
  projectCount: number
  supervisees: { name: string; role: string; org: string; count: number; hours: string }[]
  followUpsDue: number
  followUpsCompleted: number
  completionRateText: string
  /** The date follow-ups are judged at. */
  asOf: string
  overdueCount: number
  longOverdueCount: number
  overdueRows: OverdueRow[]
  /** The period whose assessments are used (may be a quarter inside a half-year or year), or null. */
  indexPeriod: string | null
  board: DashboardData | null
  projectRows: ProjectSummaryRow[]
  dropNotes: string[]
  belowHoursTarget: string[]
  /** 总体情况, one string per paragraph: activity, breakdown (may be empty), follow-ups, index. */
  overview: { activity: string; breakdown: string; followUps: string; index: string }
  plan: string[]
  planGenerated: boolean
  charts: ChartRequest[]
}

/**
 * The period whose assessments a summary uses: the period itself when it has final assessments,
 * else the latest quarter inside it that has some, else null.
 */
export function indexPeriodFor(period: string, assessments: readonly Pick<Assessment, 'period' | 'status' | 'deletedAt'>[]): string | null {
  const final = new Set(assessments.filter((a) => !a.deletedAt && a.status === '已定稿').map((a) => a.period))
  if (final.has(period)) return period
  const quarters = quartersIn(period).filter((q) => final.has(q)).sort(comparePeriods)
  return quarters[quarters.length - 1] ?? null
}

export function studioSummaryFacts(input: StudioSummaryInput): StudioSummaryFacts {
  const { period } = input
  const word = periodWord(period)
  const label = periodLabel(period)
  const people = new NameBook(input.persons)
  const personById = new Map(input.persons.map((p) => [p.id, p]))
  const projectNames = new NameBook(input.projects, '（已删除项目）')

  const liveSessions = input.sessions.filter((s) => !s.deletedAt)
  const stats = sessionStatistics(liveSessions, period)
  const prevPeriod = previousPeriod(period)
  const previous = sessionStatistics(liveSessions, prevPeriod)
  // Each supervisee's hours: statistics' bySupervisee, the same tally as superviseeHours (full duration of every session attended).
  const supervisees = stats.bySupervisee.map((h) => {
    const p = personById.get(h.key)
    return { name: people.name(h.key), role: p?.role ?? EMPTY_TEXT, org: p?.org || EMPTY_TEXT, count: h.count, hours: h.hours }
  })

  // Follow-ups of live sessions; overdue as they stood at the period's end (or today, if earlier).
  const sessionById = new Map(liveSessions.map((s) => [s.id, s]))
  const followUps = input.followUps.filter((f) => !f.deletedAt && sessionById.has(f.sessionId))
  const rate = completionRate(followUps, period)
  const end = periodRange(period).end
  const asOf = input.today < end ? input.today : end
  // overdueForProject's rule (follow-ups of live sessions held by asOf), over follow-ups already
  // limited to live sessions: no second set of every session id (100,000 of them in a big studio).
  const overdue = overdueOn(
    followUps.filter((f) => sessionById.get(f.sessionId)!.date <= asOf),
    asOf,
  )
  const longOverdueCount = overdue.filter((o) => o.daysOverdue > input.overdueDropDays).length
  const overdueRows: OverdueRow[] = overdue.slice(0, OVERDUE_ROWS_MAX).map((o) => {
    const s = sessionById.get(o.followUp.sessionId)
    return {
      content: s?.sensitive === 1 ? SENSITIVE_TEXT : o.followUp.content,
      owner: people.name(o.followUp.ownerId),
      sessionCode: s?.code ?? EMPTY_TEXT,
      projects: s && s.projectIds.length > 0 ? projectNames.list(s.projectIds) : EMPTY_TEXT,
      dueDate: o.dueDate,
      daysOverdue: o.daysOverdue,
    }
  })

  // Index: the dashboard of the period (or of the latest assessed quarter inside it).
  const indexPeriod = indexPeriodFor(period, input.assessments)
  const board = indexPeriod
    ? buildDashboard({
        projects: input.projects.map((p) => ({ id: p.id, name: p.name, community: p.community, startDate: p.startDate, endDate: p.endDate, deletedAt: p.deletedAt })),
        assessments: input.assessments.filter((a) => !a.deletedAt),
        frameworks: input.frameworks,
        period: indexPeriod,
      })
    : null
  const byProject = new Map(stats.byProject.map((b) => [b.key, b]))
  const projectRows: ProjectSummaryRow[] = (board?.rows ?? []).map((r) => ({
    rank: r.rank,
    name: r.name,
    community: r.community,
    totalText: r.totalText,
    colour: r.colour,
    colourLabel: r.colourLabel,
    changeText: r.change.text,
    sessionCount: byProject.get(r.projectId)?.count ?? 0,
    sessionHours: byProject.get(r.projectId)?.hours ?? '0.0',
  }))
  const dropNotes = (board?.rows ?? []).filter((r) => r.dropReasons.length > 0).map((r) => `${r.name}：${dropReasonsText(r.dropReasons)}`)

  // Projects active in the period whose supervision hours fell short of the target (D2 < 100 %).
  // d2Outcome reads only a project's sessions in the period: group those, not the studio's history.
  const activity = groupActivityByProject(sessionsInPeriod(liveSessions, period), [])
  const { start } = periodRange(period)
  const belowHoursTarget = input.projects
    .filter((p) => !p.deletedAt && p.status !== '暂停' && p.startDate <= end && p.endDate >= start)
    .filter((p) => {
      const acts = activity.get(p.id)
      const d2 = d2Outcome({ projectId: p.id, period, targets: p.targets, progress: [], sessions: acts?.sessions ?? [], followUps: [], hoursPerMonth: input.hoursPerMonth })
      return d2.suggestion !== null && d2.suggestion.rating < 5
    })
    .map((p) => p.name)

  // 总体情况
  const activityText = [
    activitySentence(word, {
      count: stats.count,
      minutes: stats.minutes,
      supervisees: stats.bySupervisee.length,
      projects: stats.byProject.length,
      supervisors: stats.bySupervisor.length,
    }),
    comparisonSentence(
      periodLabel(prevPeriod),
      { count: stats.count, minutes: stats.minutes, hoursTenths: hoursTenths(stats.minutes) },
      { count: previous.count, minutes: previous.minutes, hoursTenths: hoursTenths(previous.minutes) },
    ),
  ]
  const second = [modeSentence(stats.byMode), functionSentence(stats.byFunction, stats.count), topicSentence(stats.byTopic)]
  const followUpsText = followUpSentence({
    lead: word,
    due: rate.dueCount,
    completed: rate.completedCount,
    rateText: rate.rateText,
    asOf: formatDateInText(asOf),
    overdue: overdue.length,
    longOverdue: longOverdueCount,
    days: input.overdueDropDays,
  })
  let indexText: string
  if (board && indexPeriod) {
    const lead =
      indexPeriod === period
        ? word
        : `${label}尚无${parsePeriod(period)?.kind === 'Y' ? '年度' : '半年度'}评估，按期内最近一次评估即${periodLabel(indexPeriod)}的结果统计：`
    indexText = indexSentence(lead, board.counts.total, board.assessedCount, board.counts)
  } else {
    indexText = `${word}尚无定稿的项目评估。`
  }
  const overview = {
    activity: activityText.filter((x): x is string => x !== null).join(''),
    breakdown: second.filter((x): x is string => x !== null).join(''),
    followUps: followUpsText,
    index: indexText,
  }

  // 下阶段计划
  const typed = (input.plan ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')
  const plan = typed.length > 0 ? typed : defaultPlan({ period, board, overdueCount: overdue.length, longOverdueCount, overdueDropDays: input.overdueDropDays, belowHoursTarget, topics: stats.byTopic, hoursPerMonth: input.hoursPerMonth })

  // Charts
  const charts: ChartRequest[] = []
  if (stats.count > 0) {
    charts.push({ key: 'months', kind: 'sessionsByMonth', caption: `各月督导次数与时数（${label}）`, buckets: stats.byMonth })
    charts.push({ key: 'modes', kind: 'hoursByMode', caption: `各督导方式的督导时数（${label}）`, buckets: stats.byMode })
  }
  if (board && board.counts.total > 0) {
    charts.push({ key: 'colours', kind: 'colourCounts', caption: `项目四色分布（${periodLabel(board.period)}）`, counts: board.counts })
    const ranking = rankingRequest(board.ranking, '社工督导指数排名', periodLabel(board.period), input.thresholds)
    if (ranking) charts.push(ranking)
  }

  return {
    period,
    periodLabel: label,
    word,
    stats,
    previous,
    superviseeCount: stats.bySupervisee.length,
    supervisorCount: stats.bySupervisor.length,
    projectCount: stats.byProject.length,
    supervisees,
    followUpsDue: rate.dueCount,
    followUpsCompleted: rate.completedCount,
    completionRateText: rate.rateText,
    asOf,
    overdueCount: overdue.length,
    longOverdueCount,
    overdueRows,
    indexPeriod,
    board,
    projectRows,
    dropNotes,
    belowHoursTarget,
    overview,
    plan,
    planGenerated: typed.length === 0,
    charts,
  }
}
