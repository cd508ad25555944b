/**
 * 项目督导评估报告: one project, one period (docs/domain.md "Word reports", report 2). 基本信息; 指数得分 table
 * (维度/指标/权重/评分/得分/评分依据, the suggested rating beside the rating); total, colour, grade
 * and the reasons of any drop or veto; dimension scores (table + radar); trend vs earlier periods;
 * the sessions held for the project; follow-up status; 主要成效/存在问题/改进建议; signatures.
 * The figures come from project-facts.ts.
 */
import { GRADE_OF } from '../../domain/supervision-index/grading'
import { formatTenths } from '../../domain/supervision-index/scoring'
import { periodLabel } from '../../domain/period'
import { numberText } from '../../domain/ratio'
import { heading, paragraph, signatures, type Block, type Report, type TableRowSpec } from '../report-model'
import { formatDate, formatDateInText, formatDateRangeInText } from '../../text/format'
import { chartImageBlock, COLUMN_MM, EMPTY_TEXT, NameBook, nameWords, orEmpty, safeFileName, type ChartImages } from './common'
import { changeSentence, projectReportFacts, type ProjectReportFacts, type ProjectReportInput } from './project-facts'
import { followUpSentence } from './sentences'

export * from './project-facts'

/** The title of the project: '古街社区助老送餐服务项目' + 督导评估报告, or … + 项目督导评估报告. */
export function projectReportTitle(projectName: string): string {
  return projectReportTitleParts(projectName).join('')
}

/** The title's words, where a long title may break (nameWords, then 督导评估报告). */
export function projectReportTitleParts(projectName: string): string[] {
  const name = projectName.trim()
  return [...nameWords(name), name.endsWith('项目') ? '督导评估报告' : '项目督导评估报告']
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
    const block = chartImageBlock(f.charts, charts, key)
    if (block) blocks.push(block)
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
      { header: '指标', width: { mm: 32 }, nowrap: true },
      { header: '权重', width: { mm: 11.5 } },
      { header: '评分', width: { mm: 15 }, nowrap: true },
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
        { header: '等级', width: { weight: 1.4 }, nowrap: true },
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
    // The D2 figures would only repeat 督导 0 次 here.
    blocks.push(paragraph('本期未开展与该项目关联的督导。'))
  } else {
    blocks.push(paragraph(`本期共为该项目开展督导 ${f.sessionCount} 次，累计 ${f.sessionHours} 小时${f.d2Figures ? `（人才保障指标：${f.d2Figures}）` : ''}。`))
    blocks.push({
      kind: 'table',
      caption: `本期督导记录（${f.periodLabel}，时长单位：小时）`,
      columns: [
        { header: '编号', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '日期', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '方式', width: { mm: COLUMN_MM.mode }, align: 'center', nowrap: true },
        { header: '督导者', width: { weight: 1 }, nowrap: true },
        { header: '被督导者', width: { weight: 1.4 }, nowrap: true },
        { header: '议题', width: { weight: 1.5 }, nowrap: true },
        { header: '时长', width: { mm: COLUMN_MM.hours }, align: 'center' },
      ],
      rows: f.sessions.map((s) => [s.code, formatDate(s.date), s.mode, s.supervisors, s.supervisees, s.topics, s.hours]),
    })
  }

  // 四、跟进事项落实情况
  blocks.push(heading('跟进事项落实情况'))
  blocks.push(
    paragraph(
      followUpSentence({
        lead: '本期',
        due: f.followUpsDue,
        completed: f.followUpsCompleted,
        rateText: f.completionRateText,
        asOf: `评估日（${formatDateInText(f.assessDate)}）`,
        overdue: f.overdueCount,
        longOverdue: f.longOverdueCount,
        days: input.overdueDropDays,
      }),
    ),
  )
  if (f.followUpRows.length > 0) {
    blocks.push({
      kind: 'table',
      caption: '本期到期及逾期的跟进事项',
      columns: [
        { header: '内容', width: { weight: 1.2 } },
        { header: '负责人', width: { mm: COLUMN_MM.name }, align: 'center', nowrap: true },
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
    titleParts: projectReportTitleParts(project.name),
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
