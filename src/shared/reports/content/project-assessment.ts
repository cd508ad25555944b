/**
 * 项目督导评估报告: one project, one period (docs/domain.md "Word reports", report 2). 基本信息; 指数得分 table
 * (维度/指标/权重/评分/得分/评分依据, the suggested rating beside the rating); total, colour, grade
 * and the reasons of any drop or veto; dimension scores (table + radar); trend vs earlier periods;
 * the sessions held for the project; follow-up status; 主要成效/存在问题/改进建议; signatures.
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
import { buildDashboard, type DimensionPoint, type TrendPoint } from '../../domain/dashboard'
import { completionRate, daysOverdue, followUpOn, overdueForProject } from '../../domain/followups'
import { compareTotals, compareWithPrevious, type Change } from '../../domain/supervision-index/compare'
import { GRADE_OF, gradeAssessment, type Colour } from '../../domain/supervision-index/grading'
import { computeScores, formatHundredths, formatTenths, weightHundredths, type ScoreResult } from '../../domain/supervision-index/scoring'
import { d2Outcome, progressRowsFor } from '../../domain/supervision-index/suggestions'
import { periodLabel, previousPeriod } from '../../domain/period'
import { numberText } from '../../domain/ratio'
import { hoursText, sessionsInPeriod, sessionStatistics } from '../../domain/statistics'
import { heading, paragraph, signatures, type Block, type Report, type TableRowSpec } from '../report-model'
import type { ChartRequest } from './charts'
import { formatDate, formatDateInText, formatDateRangeInText } from '../../text/format'
import { COLUMN_MM, EMPTY_TEXT, followUpStateText, NameBook, orEmpty, safeFileName, SENSITIVE_TEXT, type ChartImages } from './common'

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

/** The title of the project: '古街社区助老送餐服务项目' + 督导评估报告, or … + 项目督导评估报告. */
export function projectReportTitle(projectName: string): string {
  const name = projectName.trim()
  return name.endsWith('项目') ? `${name}督导评估报告` : `${name}项目督导评估报告`
}

function dimensionPoints(scores: ScoreResult): DimensionPoint[] {
  return scores.dimensions.map((d) => ({
    code: d.code,
    name: d.name,
    percentTenths: d.percentTenths,
    percent: d.percentTenths === null ? null : d.percentTenths / 10,
    percentText: d.percentText,
    scoreText: `${formatTenths(d.scoreTenths)}/${formatTenths(d.maxTenths)}`,
  }))
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

  const dims = dimensionPoints(scores)
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

export function buildProjectReport(input: ProjectReportInput, charts: ChartImages = {}): Report {
  return buildProjectReportFromFacts(projectReportFacts(input), input, charts)
}

export function buildProjectReportFromFacts(f: ProjectReportFacts, input: ProjectReportInput, charts: ChartImages = {}): Report {
  const { project } = input
  const people = new NameBook(input.persons)
  const label = (t: string) => ({ text: t, label: true })
  const wide = (t: string) => ({ text: t, colSpan: 3 })
  const blocks: Block[] = []
  const image = (key: string) => {
    const request = f.charts.find((c) => c.key === key)
    const img = charts[key]
    if (!request || !img) return
    blocks.push({ kind: 'image', png: img.png, widthMm: img.widthMm, heightMm: img.heightMm, caption: request.caption })
  }

  // 一、项目基本情况
  blocks.push(heading('项目基本情况'))
  blocks.push(heading('基本信息', 2))
  const t = project.targets
  blocks.push({
    kind: 'table',
    variant: 'form',
    columns: [{ width: { mm: 26 } }, { width: { weight: 1 } }, { width: { mm: 26 } }, { width: { weight: 1 } }],
    fontSizePt: 10.5,
    rows: [
      [label('项目名称'), wide(project.name)],
      [label('承接机构'), orEmpty(project.organization), label('街道/社区'), [project.street, project.community].filter(Boolean).join(' ') || EMPTY_TEXT],
      [label('服务领域'), project.field, label('资金来源'), project.fundingSource],
      [label('服务对象'), wide(orEmpty(project.beneficiaries))],
      [label('项目周期'), formatDateRangeInText(project.startDate, project.endDate), label('项目负责人'), people.name(project.leaderId)],
      [label('年度目标'), wide(`活动 ${t.activities} 场，服务 ${t.serviceCount} 人次，志愿者 ${t.volunteers} 人`)],
      [label('评估周期'), f.periodLabel, label('项目状态'), project.status],
      [label('评估人'), orEmpty(f.assessor), label('评估日期'), formatDateInText(f.assessDate)],
      [label('指数框架'), wide(f.frameworkName)],
    ],
  })
  blocks.push(heading('本期项目进展', 2))
  if (f.progressRows.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `项目进展（${f.periodLabel}）`,
      columns: [
        { header: '季度', width: { mm: 20 }, align: 'center' },
        { header: '活动场次', align: 'center' },
        { header: '服务人次', align: 'center' },
        { header: '志愿者人数', width: { weight: 1.2 }, align: 'center' },
        { header: '志愿服务时长（小时）', width: { weight: 1.3 }, align: 'center' },
        { header: '收集需求', align: 'center' },
        { header: '办结诉求', align: 'center' },
        { header: '满意度', align: 'center' },
      ],
      rows: f.progressRows.map((r) => [
        `第${r.period.slice(-1)}季度`,
        String(r.activities),
        String(r.serviceCount),
        String(r.volunteers),
        numberText(r.volunteerHours),
        String(r.needsCollected),
        String(r.needsResolved),
        r.satisfaction === null ? EMPTY_TEXT : `${numberText(r.satisfaction)}%`,
      ]),
    })
  } else {
    blocks.push(paragraph('本期未填报项目进展，数据类指标依据现场检查和服务记录评定。'))
  }

  // 二、社工督导指数评估结果
  blocks.push(heading('社工督导指数评估结果'))
  const change = changeSentence(f)
  blocks.push(
    paragraph([
      `${f.final ? '' : '（本评估尚未定稿，以下为草稿评分。）'}本期总分 `,
      { text: `${f.totalText} 分`, bold: true },
      '，等级为',
      { text: `${f.colour}（${f.grade}）`, bold: true },
      change ? `，${change}。` : '。',
    ]),
  )
  for (const reason of f.reasons) blocks.push(paragraph(`${reason}。`.replace(/。。$/, '。')))
  if (f.scores.missing.length > 0) blocks.push(paragraph(`尚有 ${f.scores.missing.length} 项指标未评分（${f.scores.missing.join('、')}），按 0 分计。`))

  blocks.push(heading('指标得分', 2))
  const indicatorRows: TableRowSpec[] = []
  for (const dim of f.scores.dimensions) {
    const inds = f.indicators.filter((i) => i.dimensionCode === dim.code)
    inds.forEach((ind, i) => {
      const cells = [
        { text: `${ind.code} ${ind.name}` },
        { text: ind.weightText, align: 'center' as const },
        { text: ind.ratingText, align: 'center' as const },
        { text: ind.scoreText, align: 'center' as const },
        { text: ind.basisText },
      ]
      if (i === 0) {
        indicatorRows.push([
          { text: `${dim.code} ${dim.name}\n${formatTenths(dim.scoreTenths)}/${formatTenths(dim.maxTenths)}`, rowSpan: inds.length, align: 'center' },
          ...cells,
        ])
      } else {
        indicatorRows.push(cells)
      }
    })
  }
  indicatorRows.push([
    { text: '合计', colSpan: 2, bold: true, align: 'center' },
    { text: formatTenths(f.scores.maxTenths).replace(/\.0$/, ''), align: 'center' },
    { text: '' },
    { text: f.totalText, bold: true, align: 'center' },
    { text: `${f.colour} ${f.grade}`, fill: f.colour, bold: true, align: 'left' },
  ])
  blocks.push({
    kind: 'table',
    caption: '社工督导指数得分',
    columns: [
      { header: '维度', width: { mm: 23 } },
      { header: '指标', width: { mm: 32 } },
      { header: '权重', width: { mm: 11.5 } },
      { header: '评分', width: { mm: 15 } },
      { header: '得分', width: { mm: 11.5 } },
      { header: '评分依据', width: { weight: 1 } },
    ],
    rows: indicatorRows,
  })
  blocks.push(paragraph('注：评分 0–5 级（5 优秀、4 良好、3 合格、2 较差、1 差、0 未开展），指标得分 = 权重 × 评分 ÷ 5；“系统建议”为软件依据项目进展、督导记录和跟进事项计算的建议评分。', { style: 'note' }))

  blocks.push(heading('维度得分', 2))
  blocks.push({
    kind: 'table',
    caption: '各维度得分',
    columns: [
      { header: '维度', width: { weight: 2 } },
      { header: '权重', align: 'center' },
      { header: '得分', align: 'center' },
      { header: '得分率', align: 'center' },
      ...(f.previousDimensions ? [{ header: `上期得分率`, align: 'center' as const }] : []),
    ],
    rows: f.scores.dimensions.map((d) => {
      const prev = f.previousDimensions?.find((p) => p.code === d.code)
      return [
        `${d.code} ${d.name}`,
        formatTenths(d.maxTenths).replace(/\.0$/, ''),
        formatTenths(d.scoreTenths),
        d.percentText,
        ...(f.previousDimensions ? [prev?.percentText ?? EMPTY_TEXT] : []),
      ]
    }),
  })
  image('radar')

  blocks.push(heading('历次评估比较', 2))
  const earlier = f.trend.filter((p) => p.period !== f.period)
  if (earlier.length === 0) {
    blocks.push(paragraph('本期为该项目首次定稿评估，暂无历史评估可比较。'))
  } else {
    blocks.push({
      kind: 'table',
      caption: '历次评估结果',
      columns: [
        { header: '评估周期', width: { weight: 2 }, align: 'center' },
        { header: '总分', align: 'center' },
        { header: '等级', width: { weight: 1.4 } },
        { header: '较上期', align: 'center' },
      ],
      rows: f.trend.map((p) => [
        p.label,
        p.totalText,
        p.colour ? { text: `${p.colour} ${GRADE_OF[p.colour]}`, fill: p.colour } : EMPTY_TEXT,
        p.changeText,
      ]),
    })
    image('trend')
  }

  // 三、督导开展情况
  blocks.push(heading('督导开展情况'))
  if (f.sessionCount === 0) {
    blocks.push(paragraph(`本期未开展与该项目关联的督导${f.d2Figures ? `（${f.d2Figures}）` : ''}。`))
  } else {
    blocks.push(paragraph(`本期共为该项目开展督导 ${f.sessionCount} 次，累计 ${f.sessionHours} 小时${f.d2Figures ? `（人才保障指标：${f.d2Figures}）` : ''}。`))
    blocks.push({
      kind: 'table',
      caption: `本期督导记录（${f.periodLabel}，时长单位：小时）`,
      columns: [
        { header: '编号', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '日期', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '方式', width: { mm: COLUMN_MM.mode }, align: 'center' },
        { header: '督导者', width: { weight: 1 } },
        { header: '被督导者', width: { weight: 1.4 } },
        { header: '议题', width: { weight: 1.5 } },
        { header: '时长', width: { mm: COLUMN_MM.hours }, align: 'center' },
      ],
      rows: f.sessions.map((s) => [s.code, formatDate(s.date), s.mode, s.supervisors, s.supervisees, s.topics, s.hours]),
    })
  }

  // 四、跟进事项落实情况
  blocks.push(heading('跟进事项落实情况'))
  const dueSentence =
    f.followUpsDue === 0
      ? '本期无到期的跟进事项'
      : `本期到期跟进事项 ${f.followUpsDue} 项，期末前完成 ${f.followUpsCompleted} 项，完成率 ${f.completionRateText}`
  const overdueSentence =
    f.overdueCount === 0
      ? `截至评估日（${formatDateInText(f.assessDate)}）无逾期未完成的跟进事项`
      : `截至评估日（${formatDateInText(f.assessDate)}）逾期未完成 ${f.overdueCount} 项${f.longOverdueCount > 0 ? `，其中逾期超过 ${input.overdueDropDays} 天 ${f.longOverdueCount} 项` : ''}`
  blocks.push(paragraph(`${dueSentence}；${overdueSentence}。`))
  if (f.followUpRows.length > 0) {
    blocks.push({
      kind: 'table',
      caption: '本期到期及逾期的跟进事项',
      columns: [
        { header: '内容', width: { weight: 1.2 } },
        { header: '负责人', width: { mm: COLUMN_MM.name }, align: 'center' },
        { header: '督导记录', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '期限', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '截至评估日状态', width: { weight: 1 } },
      ],
      rows: f.followUpRows.map((r) => [r.content, r.owner, r.sessionCode, formatDate(r.dueDate), r.state]),
    })
  }

  // 五、评估意见
  const opinions = [
    ['主要成效', f.achievements],
    ['存在问题', f.problems],
    ['改进建议', f.improvements],
  ].filter(([, text]) => (text ?? '').trim() !== '') as [string, string][]
  if (opinions.length > 0) {
    blocks.push(heading('评估意见'))
    for (const [title, text] of opinions) {
      blocks.push(heading(title, 2))
      blocks.push(paragraph(text))
    }
  }

  blocks.push({ kind: 'spacer', heightPt: 20 })
  blocks.push(signatures(['评估人', '工作室负责人', '日期']))

  const studioName = input.studio.name.trim() || '高级社工师工作室'
  return {
    title: projectReportTitle(project.name),
    subtitle: `（${f.periodLabel}${f.final ? '' : '，评估草稿'}）`,
    meta: [`${studioName}　${formatDateInText(f.assessDate)}`],
    blocks,
    author: f.assessor || studioName,
  }
}

/** 项目督导评估报告_古街社区助老送餐服务项目_2026年第3季度.docx */
export function projectReportFileName(projectName: string, period: string): string {
  return `${safeFileName(['项目督导评估报告', projectName, periodLabel(period)].join('_'))}.docx`
}
