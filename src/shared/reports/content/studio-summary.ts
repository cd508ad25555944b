/**
 * 工作室督导工作总结 for a quarter, a half-year or a year (docs/domain.md "Word reports", report 3): 总体情况 in
 * sentences generated from the numbers, charts (sessions per month, hours by 方式, colour
 * distribution, index ranking), the projects with total/colour/change, the supervisees with their
 * hours, the 议题 frequency, the overdue follow-ups and 下阶段计划 (the user's text, or one
 * generated from this period's figures).
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
import { completionRate, overdueForProject } from '../../domain/followups'
import { dropReasonsText } from '../../domain/supervision-index/drop-reasons'
import { COLOURS, GRADE_OF } from '../../domain/supervision-index/grading'
import { formatTenths } from '../../domain/supervision-index/scoring'
import { d2Outcome, groupActivityByProject } from '../../domain/supervision-index/suggestions'
import { comparePeriods, nextPeriod, parsePeriod, periodLabel, periodRange, previousPeriod, quartersIn } from '../../domain/period'
import { percentText } from '../../domain/ratio'
import { hoursTenths, sessionStatistics, type Bucket, type SessionStatistics } from '../../domain/statistics'
import { heading, paragraph, type Block, type Report } from '../report-model'
import { rankingRequest, type ChartRequest } from './charts'
import { formatDate, formatDateInText, formatHours, formatMonth } from '../../text/format'
import { COLUMN_MM, EMPTY_TEXT, joinLimited, NameBook, periodWord, safeFileName, SENSITIVE_TEXT, type ChartImages } from './common'

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

/** '增加 5 次' / '减少 2 次' / '持平'. */
function deltaWords(delta: number, unit: string, digits: (n: number) => string = String): string {
  if (delta > 0) return `增加 ${digits(delta)} ${unit}`
  if (delta < 0) return `减少 ${digits(-delta)} ${unit}`
  return '持平'
}

function modeSentence(stats: SessionStatistics): string | null {
  const used = stats.byMode.filter((b) => b.count > 0)
  if (used.length === 0) return null
  return `从督导方式看，${used.map((b) => `${b.key} ${b.count} 次（${formatHours(b.minutes)}）`).join('、')}。`
}

function functionSentence(stats: SessionStatistics): string | null {
  const used = stats.byFunction.filter((b) => b.count > 0)
  if (used.length === 0) return null
  return `从督导功能看，涉及${used.map((b) => `${b.key}功能 ${b.count} 次`).join('、')}（一次督导可兼具多项功能）。`
}

function topicSentence(topics: readonly Bucket[]): string | null {
  const top = topics.slice(0, 3)
  if (top.length === 0) return null
  const parts = top.map((b) => `“${b.key}”（${b.count} 次）`)
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`
  return `督导议题中出现最多的是${list}。`
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
  const overdue = overdueForProject(liveSessions, followUps, asOf)
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
  const activity = groupActivityByProject(liveSessions, followUps)
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
  const first: string[] = []
  if (stats.count === 0) {
    first.push(`${word}未开展督导。`)
  } else {
    first.push(
      `${word}共开展督导 ${stats.count} 次，累计 ${formatHours(stats.minutes)}，覆盖被督导者 ${stats.bySupervisee.length} 人、服务项目 ${stats.byProject.length} 个，参与督导的督导者 ${stats.bySupervisor.length} 人。`,
    )
  }
  if (previous.count > 0) {
    const dTenths = hoursTenths(stats.minutes) - hoursTenths(previous.minutes)
    first.push(
      `与${periodLabel(prevPeriod)}（${previous.count} 次、${formatHours(previous.minutes)}）相比，督导次数${deltaWords(stats.count - previous.count, '次')}，督导时数${deltaWords(dTenths, '小时', formatTenths)}。`,
    )
  }
  const second = [modeSentence(stats), functionSentence(stats), topicSentence(stats.byTopic)].filter((x): x is string => x !== null)
  const third: string[] = []
  third.push(
    rate.dueCount === 0
      ? `${word}无到期的跟进事项；`
      : `${word}到期的跟进事项 ${rate.dueCount} 项，期末前完成 ${rate.completedCount} 项，完成率 ${rate.rateText}；`,
  )
  third.push(
    overdue.length === 0
      ? `截至${formatDateInText(asOf)}，没有逾期未完成的跟进事项。`
      : `截至${formatDateInText(asOf)}，逾期未完成的跟进事项 ${overdue.length} 项${longOverdueCount > 0 ? `，其中逾期超过 ${input.overdueDropDays} 天的 ${longOverdueCount} 项` : ''}。`,
  )
  let indexSentence: string
  if (board && indexPeriod) {
    const c = board.counts
    const colours = COLOURS.map((k) => `${k}（${GRADE_OF[k]}）${c[k]} 个`).join('、')
    const lead =
      indexPeriod === period
        ? `${word}`
        : `${label}尚无${parsePeriod(period)?.kind === 'Y' ? '年度' : '半年度'}评估，按期内最近一次评估即${periodLabel(indexPeriod)}的结果统计：`
    indexSentence = `${lead}参与社工督导指数评估的项目 ${c.total} 个，已定稿评估 ${board.assessedCount} 个，其中${colours}${c.未评估 > 0 ? `，未评估或未定稿 ${c.未评估} 个` : ''}。`
  } else {
    indexSentence = `${word}尚无定稿的项目评估。`
  }
  const overview = { activity: first.join(''), breakdown: second.join(''), followUps: third.join(''), index: indexSentence }

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

/** A sensible 下阶段计划 from the period's figures (numbered lines). */
export function defaultPlan(f: {
  period: string
  board: DashboardData | null
  overdueCount: number
  longOverdueCount: number
  overdueDropDays: number
  belowHoursTarget: readonly string[]
  topics: readonly Bucket[]
  hoursPerMonth: number
}): string[] {
  const lines: string[] = []
  const rows = f.board?.rows ?? []
  const red = rows.filter((r) => r.colour === '红色').map((r) => r.name)
  const yellow = rows.filter((r) => r.colour === '黄色').map((r) => r.name)
  if (red.length > 0) {
    lines.push(`对红色预警的 ${red.length} 个项目（${joinLimited(red, 4)}）实行重点督导，每月至少开展一次现场督导，督促承接机构制定整改清单并限期完成，下期复评。`)
  }
  if (yellow.length > 0) {
    lines.push(`对黄色（合格）的 ${yellow.length} 个项目加强过程督导，对照年度目标逐月跟踪活动场次、服务人次和志愿者参与情况。`)
  }
  if (f.overdueCount > 0) {
    lines.push(
      `督促逾期的 ${f.overdueCount} 项跟进事项限期落实${f.longOverdueCount > 0 ? `，逾期超过 ${f.overdueDropDays} 天的 ${f.longOverdueCount} 项由工作室负责人逐项过问` : ''}。`,
    )
  }
  if (f.belowHoursTarget.length > 0) {
    lines.push(`对本期督导时数未达到每月 ${f.hoursPerMonth} 小时目标的 ${f.belowHoursTarget.length} 个项目（${joinLimited(f.belowHoursTarget, 3)}）增加督导安排。`)
  }
  const topics = f.topics.slice(0, 2).map((t) => `“${t.key}”`)
  if (topics.length > 0) {
    lines.push(`围绕${topics.join('')}等本期集中出现的议题，组织专题团体督导或培训，提升一线社工的专业能力。`)
  }
  lines.push(`按时完成${periodLabel(nextPeriod(f.period))}的项目评估，及时为督导记录定稿并请被督导者确认。`)
  return lines.map((l, i) => `${i + 1}. ${l}`)
}

export function buildStudioSummary(input: StudioSummaryInput, charts: ChartImages = {}): Report {
  return buildStudioSummaryFromFacts(studioSummaryFacts(input), input, charts)
}

export function buildStudioSummaryFromFacts(f: StudioSummaryFacts, input: StudioSummaryInput, charts: ChartImages = {}): Report {
  const blocks: Block[] = []
  const image = (key: string) => {
    const request = f.charts.find((c) => c.key === key)
    const img = charts[key]
    if (!request || !img) return
    blocks.push({ kind: 'image', png: img.png, widthMm: img.widthMm, heightMm: img.heightMm, caption: request.caption })
  }
  const stats = f.stats

  blocks.push(heading('总体情况'))
  for (const text of [f.overview.activity, f.overview.breakdown, f.overview.followUps, f.overview.index]) if (text) blocks.push(paragraph(text))

  blocks.push(heading('督导开展情况'))
  if (stats.count === 0) {
    blocks.push(paragraph(`${f.word}没有督导记录。`))
  } else {
    blocks.push(heading('各月督导情况', 2))
    blocks.push({
      kind: 'table',
      caption: `各月督导次数与时数（${f.periodLabel}）`,
      columns: [
        { header: '月份', align: 'center' },
        { header: '督导次数', align: 'center' },
        { header: '督导时数（小时）', align: 'center' },
      ],
      rows: [
        ...stats.byMonth.map((b) => [formatMonth(b.key, true), String(b.count), b.hours]),
        [{ text: '合计', bold: true, align: 'center' }, { text: String(stats.count), bold: true }, { text: stats.hours, bold: true }],
      ],
    })
    image('months')

    blocks.push(heading('督导方式', 2))
    blocks.push({
      kind: 'table',
      caption: `各督导方式的次数与时数（${f.periodLabel}）`,
      columns: [
        { header: '督导方式', align: 'center' },
        { header: '督导次数', align: 'center' },
        { header: '督导时数（小时）', align: 'center' },
        { header: '占督导次数', align: 'center' },
      ],
      rows: [
        ...stats.byMode.map((b) => [b.key, String(b.count), b.hours, percentText(b.count, stats.count)]),
        [{ text: '合计', bold: true, align: 'center' }, { text: String(stats.count), bold: true }, { text: stats.hours, bold: true }, percentText(stats.count, stats.count)],
      ],
    })
    image('modes')

    blocks.push(heading('被督导者督导时数', 2))
    blocks.push(paragraph(`${f.word}接受督导的被督导者共 ${f.superviseeCount} 人，各人接受督导的次数和时数见下表（团体督导按每人全程计）。`))
    blocks.push({
      kind: 'table',
      caption: `被督导者督导时数（${f.periodLabel}）`,
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '姓名', width: { mm: 18 }, align: 'center' },
        { header: '角色', width: { mm: 22 }, align: 'center' },
        { header: '所在机构或社区', width: { weight: 1 } },
        { header: '督导次数', width: { mm: COLUMN_MM.count }, align: 'center' },
        { header: '督导时数（小时）', width: { mm: 21 }, align: 'center' },
      ],
      rows: f.supervisees.map((p, i) => [String(i + 1), p.name, p.role, p.org, String(p.count), p.hours]),
    })

    blocks.push(heading('督导议题', 2))
    if (stats.byTopic.length === 0) {
      blocks.push(paragraph(`${f.word}的督导记录未标注议题。`))
    } else {
      const sentence = topicSentence(stats.byTopic)
      if (sentence) blocks.push(paragraph(sentence))
      blocks.push({
        kind: 'table',
        caption: `督导议题出现次数（${f.periodLabel}）`,
        columns: [
          { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
          { header: '议题', width: { weight: 2 }, align: 'center' },
          { header: '出现次数', align: 'center' },
          { header: '占督导次数', align: 'center' },
          { header: '涉及时数（小时）', align: 'center' },
        ],
        rows: stats.byTopic.map((b, i) => [String(i + 1), b.key, String(b.count), percentText(b.count, stats.count), b.hours]),
      })
      blocks.push(paragraph('注：一次督导可涉及多个议题，各议题次数之和可能大于督导次数。', { style: 'note' }))
    }
  }

  blocks.push(heading('社工督导指数与四色分级'))
  if (!f.board || f.board.rows.length === 0) {
    blocks.push(paragraph(`${f.word}尚无定稿的项目评估。`))
  } else {
    const board = f.board
    blocks.push(
      paragraph(
        `${board.periodLabel}各项目的总分、等级和较${board.previousLabel}的变化见下图表，颜色已计入跟进事项逾期降级和一票否决。`,
      ),
    )
    image('colours')
    image('ranking')
    blocks.push({
      kind: 'table',
      caption: `各项目社工督导指数（${board.periodLabel}）`,
      columns: [
        { header: '排名', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '项目名称', width: { weight: 1 } },
        { header: '总分', width: { mm: 13 }, align: 'center' },
        { header: '等级', width: { mm: 22 } },
        { header: '较上期', width: { mm: 16 }, align: 'center' },
        { header: '督导次数', width: { mm: COLUMN_MM.count }, align: 'center' },
        { header: '督导时数', width: { mm: COLUMN_MM.count }, align: 'center' },
      ],
      rows: f.projectRows.map((r) => [
        r.rank === null ? EMPTY_TEXT : String(r.rank),
        r.name,
        r.totalText,
        r.colour ? { text: r.colourLabel, fill: r.colour } : r.colourLabel,
        r.changeText,
        String(r.sessionCount),
        r.sessionHours,
      ]),
    })
    blocks.push(
      paragraph(
        `注：总分、等级为${board.periodLabel}定稿评估的结果，“较上期”与${board.previousLabel}相比；督导次数、时数为${f.periodLabel}与该项目关联的督导（单位：次、小时）。`,
        { style: 'note' },
      ),
    )
    if (f.dropNotes.length > 0) {
      blocks.push(paragraph('颜色调整说明：'))
      for (const note of f.dropNotes) blocks.push(paragraph(`${note}。`))
    }
  }

  blocks.push(heading('跟进事项落实情况'))
  if (f.overdueRows.length === 0) {
    blocks.push(paragraph(f.overview.followUps))
  } else {
    blocks.push(paragraph(`截至${formatDateInText(f.asOf)}逾期未完成的跟进事项共 ${f.overdueCount} 项，见下表（按逾期天数由多到少排列）。`))
    blocks.push({
      kind: 'table',
      caption: `逾期未完成的跟进事项（截至${formatDateInText(f.asOf)}）`,
      columns: [
        { header: '内容', width: { weight: 1.7 } },
        { header: '负责人', width: { mm: COLUMN_MM.name }, align: 'center' },
        { header: '督导记录', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '关联项目', width: { weight: 1.5 } },
        { header: '期限', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '逾期天数', width: { mm: 19 }, align: 'center' },
      ],
      rows: f.overdueRows.map((r) => [r.content, r.owner, r.sessionCode, r.projects, formatDate(r.dueDate), String(r.daysOverdue)]),
    })
    if (f.overdueCount > f.overdueRows.length) {
      blocks.push(paragraph(`注：表中列出逾期最久的 ${f.overdueRows.length} 项，另有 ${f.overdueCount - f.overdueRows.length} 项见软件“跟进事项”列表。`, { style: 'note' }))
    }
  }

  blocks.push(heading('下阶段工作计划'))
  for (const line of f.plan) blocks.push(paragraph(line))

  const studioName = input.studio.name.trim() || '高级社工师工作室'
  blocks.push({ kind: 'spacer', heightPt: 28 })
  blocks.push(paragraph(studioName, { align: 'right', indent: false }))
  blocks.push(paragraph(formatDateInText(input.today), { align: 'right', indent: false }))

  return {
    title: studioSummaryTitle(f.period),
    meta: [studioName],
    blocks,
    author: input.studio.lead || studioName,
  }
}

/** '2026年第3季度督导工作总结' (the studio's name goes on the line under the title, so the title never breaks mid-period). */
export function studioSummaryTitle(period: string): string {
  return `${periodLabel(period)}督导工作总结`
}

/** 工作室督导工作总结_2026年第3季度.docx */
export function studioSummaryFileName(period: string): string {
  return `${safeFileName(['工作室督导工作总结', periodLabel(period)].join('_'))}.docx`
}
