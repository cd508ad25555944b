/**
 * 工作室督导工作总结 for a quarter, a half-year or a year (docs/domain.md "Word reports", report 3): 总体情况 in
 * sentences generated from the numbers, charts (sessions per month, hours by 方式, colour
 * distribution, index ranking), the projects with total/colour/change, the supervisees with their
 * hours, the 议题 frequency, the overdue follow-ups and 下阶段计划 (the user's text, or one
 * generated from this period's figures). The figures come from studio-facts.ts.
 */
import { periodLabel } from '../../domain/period'
import { percentText } from '../../domain/ratio'
import { heading, paragraph, type Block, type Report } from '../report-model'
import { formatDate, formatDateInText, formatMonth } from '../../text/format'
import { chartImageBlock, COLUMN_MM, EMPTY_TEXT, modeSharesTable, safeFileName, type ChartImages } from './common'
import { topicSentence } from './sentences'
import { studioSummaryFacts, type StudioSummaryFacts, type StudioSummaryInput } from './studio-facts'

export * from './studio-facts'
export { defaultPlan } from './studio-plan'

export function buildStudioSummary(input: StudioSummaryInput, charts: ChartImages = {}): Report {
  return buildStudioSummaryFromFacts(studioSummaryFacts(input), input, charts)
}

export function buildStudioSummaryFromFacts(f: StudioSummaryFacts, input: StudioSummaryInput, charts: ChartImages = {}): Report {
  const blocks: Block[] = []
  const image = (key: string) => {
    const block = chartImageBlock(f.charts, charts, key)
    if (block) blocks.push(block)
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
    blocks.push(modeSharesTable(`各督导方式的次数与时数（${f.periodLabel}）`, stats.byMode, { count: stats.count, hours: stats.hours }))
    image('modes')

    blocks.push(heading('被督导者督导时数', 2))
    blocks.push(paragraph(`${f.word}接受督导的被督导者共 ${f.superviseeCount} 人，各人接受督导的次数和时数见下表（团体督导按每人全程计）。`))
    blocks.push({
      kind: 'table',
      caption: `被督导者督导时数（${f.periodLabel}）`,
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '姓名', width: { mm: 18 }, align: 'center', nowrap: true },
        { header: '角色', width: { mm: 22 }, align: 'center', nowrap: true },
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
        { header: '等级', width: { mm: 22 }, nowrap: true },
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
        { header: '负责人', width: { mm: COLUMN_MM.name }, align: 'center', nowrap: true },
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
