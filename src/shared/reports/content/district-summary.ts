/**
 * 区级督导工作汇总 for a period (issue 17): what the district's 社会工作部 reports on its studios,
 * from their roll-ups only — 总体情况 in sentences generated from the sums, a table of all studios,
 * then a table per studio, the colour distribution chart, the red projects with their reasons and
 * the studios below their supervision plans. Every figure comes from src/shared/domain/district.
 */
import {
  districtTotals,
  latestRollups,
  meanTotalTenths,
  studioPeriodFigures,
  studiosBelowTarget,
  studiosWithoutPlan,
  type DistrictTotals,
  type StudioPeriodFigures,
} from '../../domain/district'
import { periodLabel } from '../../domain/period'
import { percentText } from '../../domain/ratio'
import { formatTenths } from '../../domain/supervision-index/scoring'
import { COLOURS } from '../../domain/supervision-index/grading'
import type { RollupDocument } from '../../rollup/document'
import { formatDateInText, formatHours } from '../../text/format'
import { heading, paragraph, type Block, type Report, type TableBlock } from '../report-model'
import type { ChartRequest } from './charts'
import { chartImageBlock, COLUMN_MM, EMPTY_TEXT, joinLimited, modeSharesTable, periodWord, safeFileName, type ChartImages } from './common'

export interface DistrictSummaryInput {
  period: string
  /** Every roll-up held; those of other periods are left out here. */
  rollups: readonly RollupDocument[]
  /** Studio codes granted to the district (to name those that sent nothing); empty: none known. */
  granted: readonly string[]
  /** The district's name (设置 → 工作室信息 on a district computer), for the title block and signature. */
  districtName: string
  today: string
}

export interface DistrictSummaryFacts {
  period: string
  periodLabel: string
  word: string
  totals: DistrictTotals
  /** By studio name. */
  studios: StudioPeriodFigures[]
  docs: Map<string, RollupDocument>
  missing: string[]
  charts: ChartRequest[]
  sentences: string[]
}

const hoursNumber = (minutes: number) => formatHours(minutes).replace(' 小时', '')
const colourSlashes = (f: Pick<StudioPeriodFigures, 'colours'>) => COLOURS.map((c) => f.colours[c]).join('/')
const coloursText = (f: Pick<StudioPeriodFigures, 'colours'>) => `${COLOURS.map((c) => `${c} ${f.colours[c]} 个`).join('、')}，未评估 ${f.colours.未评估} 个`

export function districtSummaryFacts(input: DistrictSummaryInput): DistrictSummaryFacts {
  const docs = latestRollups(input.rollups.filter((d) => d.period === input.period))
  const studios = docs.map(studioPeriodFigures).sort((a, b) => a.studioName.localeCompare(b.studioName, 'zh-CN') || a.studioCode.localeCompare(b.studioCode))
  const totals = districtTotals(input.period, studios)
  const sent = new Set(studios.map((s) => s.studioCode))
  const missing = input.granted.filter((c) => !sent.has(c))
  const label = periodLabel(input.period)
  const t = totals
  const sentences = [
    `${label}，全区 ${t.studios} 个工作室报送了督导工作汇总${missing.length ? `，另有 ${missing.length} 个工作室未报送（${joinLimited(missing, 6)}）` : ''}。共开展督导 ${t.sessions} 次、${formatHours(t.minutes)}，覆盖被督导者 ${t.superviseesCovered} 人${t.superviseesCovered ? `，人均接受督导 ${formatHours(Math.round(t.superviseeMinutes / t.superviseesCovered))}` : ''}。`,
    t.followUps.total === 0
      ? `${periodWord(input.period)}各工作室没有到期的跟进事项。`
      : `督导提出的跟进事项共 ${t.followUps.total} 项，已完成 ${t.followUps.done} 项（完成率 ${percentText(t.followUps.done, t.followUps.total)}），逾期未完成 ${t.followUps.overdue} 项。`,
    t.plan
      ? `${t.plan.studios} 个工作室制订了督导计划，按计划完成率 ${t.plan.completionTenths === null ? EMPTY_TEXT : `${formatTenths(t.plan.completionTenths)}%`}（计划 ${formatTenths(t.plan.plannedTenths)} 次，完成 ${formatTenths(t.plan.heldTowardPlanTenths)} 次），${studiosBelowTarget(studios).length} 个工作室低于计划。`
      : '各工作室均未制订督导计划。',
    `各工作室共有服务项目 ${t.colours.total} 个，已定稿评估 ${t.finalTotals} 个：绿色 ${t.colours.绿色} 个、蓝色 ${t.colours.蓝色} 个、黄色 ${t.colours.黄色} 个、红色 ${t.colours.红色} 个，未评估或未定稿 ${t.colours.未评估} 个${meanTotalTenths(t) === null ? '' : `；平均指数 ${formatTenths(meanTotalTenths(t)!)} 分`}。`,
  ]
  const charts: ChartRequest[] = t.colours.total > 0 ? [{ key: 'colours', kind: 'colourCounts', caption: `全区项目四色分布（${label}）`, counts: t.colours }] : []
  return { period: input.period, periodLabel: label, word: periodWord(input.period), totals, studios, docs: new Map(docs.map((d) => [d.studio.code, d])), missing, charts, sentences }
}

function studiosTable(f: DistrictSummaryFacts): TableBlock {
  return {
    kind: 'table',
    caption: `各工作室督导工作汇总（${f.periodLabel}）`,
    // The four colours in one column (2/0/1/1, never broken): a column each left the studio's
    // name too little room once the renderer widened every column to its widest figure.
    columns: [
      { header: '序号', width: { mm: 9 }, align: 'center' },
      { header: '工作室', width: { weight: 1 } },
      { header: '督导次数', width: { mm: 14 }, align: 'center' },
      { header: '督导时数', width: { mm: 14 }, align: 'center' },
      { header: '覆盖人数', width: { mm: 14 }, align: 'center' },
      { header: '绿/蓝/黄/红', width: { mm: 22 }, align: 'center', nowrap: true },
      { header: '逾期跟进', width: { mm: 14 }, align: 'center' },
      { header: '计划完成率', width: { mm: 17 }, align: 'center' },
    ],
    rows: [
      ...f.studios.map((s, i) => [
        String(i + 1),
        s.studioName,
        String(s.sessions),
        hoursNumber(s.minutes),
        String(s.superviseesCovered),
        colourSlashes(s),
        String(s.followUps.overdue),
        s.plan?.completionTenths === null || !s.plan ? EMPTY_TEXT : `${formatTenths(s.plan.completionTenths)}%`,
      ]),
      [
        { text: '合计', colSpan: 2, bold: true, align: 'center' },
        { text: String(f.totals.sessions), bold: true },
        { text: hoursNumber(f.totals.minutes), bold: true },
        { text: String(f.totals.superviseesCovered), bold: true },
        { text: colourSlashes(f.totals), bold: true },
        { text: String(f.totals.followUps.overdue), bold: true },
        { text: f.totals.plan?.completionTenths == null ? EMPTY_TEXT : `${formatTenths(f.totals.plan.completionTenths)}%`, bold: true },
      ],
    ],
  }
}

/** One studio: its sessions by 方式 with the total, then a sentence on its projects and follow-ups. */
function studioBlocks(s: StudioPeriodFigures, doc: RollupDocument, label: string): Block[] {
  const mean = meanTotalTenths(s)
  return [
    heading(s.studioName, 2),
    modeSharesTable(
      `${s.studioName}督导开展情况（${label}）`,
      doc.sessions.byMode.map((b) => ({ key: b.key, count: b.count, hours: hoursNumber(b.minutes) })),
      { count: s.sessions, hours: hoursNumber(s.minutes) },
    ),
    paragraph(
      `覆盖被督导者 ${s.superviseesCovered} 人；服务项目 ${s.colours.total} 个（${coloursText(s)}）${mean === null ? '' : `，平均指数 ${formatTenths(mean)} 分`}；跟进事项 ${s.followUps.total} 项，完成 ${s.followUps.done} 项，逾期未完成 ${s.followUps.overdue} 项。`,
    ),
  ]
}

export function buildDistrictSummary(input: DistrictSummaryInput, charts: ChartImages = {}): Report {
  return buildDistrictSummaryFromFacts(districtSummaryFacts(input), input, charts)
}

export function buildDistrictSummaryFromFacts(f: DistrictSummaryFacts, input: DistrictSummaryInput, charts: ChartImages = {}): Report {
  const blocks: Block[] = [heading('总体情况'), ...f.sentences.map((s) => paragraph(s))]

  blocks.push(heading('各工作室督导开展情况'))
  if (f.studios.length === 0) {
    blocks.push(paragraph(`${f.periodLabel}尚无工作室报送汇总数据。`))
  } else {
    blocks.push(studiosTable(f))
    blocks.push(paragraph('注：督导时数单位为小时；覆盖人数为接受过督导的被督导者人数；绿/蓝/黄/红为定稿评估中各颜色的项目个数；计划完成率按各工作室督导协议计算，“—”为未制订计划。', { style: 'note' }))
    for (const s of f.studios) blocks.push(...studioBlocks(s, f.docs.get(s.studioCode)!, f.periodLabel))
  }

  blocks.push(heading('社工督导指数四色分布'))
  const image = chartImageBlock(f.charts, charts, 'colours')
  if (f.totals.colours.total === 0) blocks.push(paragraph(`${f.periodLabel}各工作室尚无服务项目评估。`))
  else {
    blocks.push(paragraph(`${f.periodLabel}全区服务项目的四色分布见下图，颜色已计入跟进事项逾期降级和一票否决。`))
    if (image) blocks.push(image)
  }

  blocks.push(heading('红色（预警）项目'))
  if (f.totals.redProjects.length === 0) blocks.push(paragraph(`${f.periodLabel}没有红色（预警）项目。`))
  else {
    blocks.push(paragraph(`${f.periodLabel}红色（预警）项目共 ${f.totals.redProjects.length} 个，需所在工作室重点督导，见下表。`))
    blocks.push({
      kind: 'table',
      caption: `红色（预警）项目（${f.periodLabel}）`,
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '工作室', width: { weight: 1.3 } },
        { header: '项目名称', width: { weight: 1.6 } },
        { header: '总分', width: { mm: 13 }, align: 'center' },
        { header: '原因', width: { weight: 2 } },
      ],
      rows: f.totals.redProjects.map((r, i) => [
        String(i + 1),
        r.studioName,
        r.name,
        r.totalTenths === null ? EMPTY_TEXT : formatTenths(r.totalTenths),
        r.reasons.length ? r.reasons.join('；') : '总分低于黄色线',
      ]),
    })
  }

  blocks.push(heading('低于督导计划的工作室'))
  const below = studiosBelowTarget(f.studios)
  if (below.length === 0) blocks.push(paragraph(f.totals.plan ? `${f.periodLabel}制订了督导计划的工作室均按计划完成督导。` : `${f.periodLabel}各工作室均未制订督导计划。`))
  else {
    blocks.push(paragraph(`以下 ${below.length} 个工作室${f.word}的督导低于其督导协议的计划（按计划完成率由低到高排列）。`))
    blocks.push({
      kind: 'table',
      caption: `低于督导计划的工作室（${f.periodLabel}）`,
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '工作室', width: { weight: 1.6 } },
        { header: '按计划完成率', width: { mm: 24 }, align: 'center' },
        { header: '计划次数', width: { mm: 18 }, align: 'center' },
        { header: '完成次数', width: { mm: 18 }, align: 'center' },
        { header: '低于计划人数', width: { mm: 24 }, align: 'center' },
      ],
      rows: below.map((b, i) => [
        String(i + 1),
        b.figures.studioName,
        b.completionTenths === null ? EMPTY_TEXT : `${formatTenths(b.completionTenths)}%`,
        formatTenths(b.figures.plan!.plannedTenths),
        formatTenths(b.figures.plan!.heldTowardPlanTenths),
        String(b.behind),
      ]),
    })
  }
  const noPlan = studiosWithoutPlan(f.studios)
  if (noPlan.length > 0) blocks.push(paragraph(`未制订督导计划的工作室（无计划可比）：${noPlan.map((s) => s.studioName).join('、')}。`, { style: 'note' }))

  const district = input.districtName.trim() || '区社会工作部'
  blocks.push({ kind: 'spacer', heightPt: 28 })
  blocks.push(paragraph(district, { align: 'right', indent: false }))
  blocks.push(paragraph(formatDateInText(input.today), { align: 'right', indent: false }))
  return { title: districtSummaryTitle(f.period), meta: [district], blocks, author: district }
}

/** '2026年第1季度区级督导工作汇总' */
export function districtSummaryTitle(period: string): string {
  return `${periodLabel(period)}区级督导工作汇总`
}

/** 区级督导工作汇总_2026年第1季度.docx */
export function districtSummaryFileName(period: string): string {
  return `${safeFileName(['区级督导工作汇总', periodLabel(period)].join('_'))}.docx`
}
