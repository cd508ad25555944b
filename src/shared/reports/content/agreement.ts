/**
 * 督导协议书 (one agreement, for printing and signing), and the plan-vs-done sections the
 * 被督导者督导档案 and the 工作室督导工作总结 gain (docs/domain.md "Supervision plans"). Kept apart
 * from the other builders: the export hooks add these sections to their reports.
 */
import type { Person } from '../../model/person'
import type { SupervisionAgreement } from '../../model/agreement'
import { PLAN_UNIT_LABELS } from '../../model/agreement'
import type { SupervisionSession } from '../../model/session'
import type { StudioInfo } from '../../model/studio'
import { agreementStatusOn, completionBySupervisor, planVsDone, plansVsDone, tenthsText, type PlanVsDone } from '../../domain/plans/plan-vs-done'
import { completionText, frequenciesText, hoursPlanText, modeText } from '../../domain/plans/plan-text'
import { listPeriods, parsePeriod, periodLabel, periodRange } from '../../domain/period'
import { formatTenths } from '../../domain/supervision-index/scoring'
import { formatDateInText, formatDateRangeInText, formatTimestamp } from '../../text/format'
import { heading, paragraph, signatures, type Block, type Report } from '../report-model'
import { EMPTY_TEXT, figuresTable, NameBook, orEmpty, safeFileName } from './common'
import { goalEvaluationBlocks } from './goal-evaluation'

export interface AgreementDocumentInput {
  agreement: SupervisionAgreement
  persons: readonly Pick<Person, 'id' | 'name' | 'qualification' | 'org'>[]
  studio: Pick<StudioInfo, 'name'>
  today: string
}

const who = (ids: readonly string[], persons: AgreementDocumentInput['persons'], detail: (p: AgreementDocumentInput['persons'][number]) => string) =>
  ids
    .map((id) => {
      const p = persons.find((x) => x.id === id)
      return p ? `${p.name}${detail(p) ? `（${detail(p)}）` : ''}` : '（已删除人员）'
    })
    .join('、') || EMPTY_TEXT

/** 督导协议书: the parties, the term, the schedule, the goals, both texts, the confirmations and room to sign. */
export function buildAgreementDocument(input: AgreementDocumentInput): Report {
  const a = input.agreement
  const label = (t: string) => ({ text: t, label: true })
  const blocks: Block[] = []
  blocks.push(heading('协议双方与期限'))
  blocks.push({
    kind: 'table',
    variant: 'form',
    columns: [{ width: { mm: 30 } }, { width: { weight: 1 } }],
    fontSizePt: 12,
    rows: [
      [label('督导者'), who(a.supervisorIds, input.persons, (p) => (p.qualification === '无' ? '' : p.qualification))],
      [label('被督导者'), who(a.superviseeIds, input.persons, (p) => p.org ?? '')],
      [label('协议期限'), formatDateRangeInText(a.startDate, a.endDate)],
      [label('协议状态'), `${agreementStatusOn(a, input.today)}${a.terminatedOn ? `（${formatDateInText(a.terminatedOn)}终止）` : ''}`],
    ],
  })
  blocks.push(heading('督导安排'))
  if (a.frequencies.length > 0)
    blocks.push({
      kind: 'table',
      caption: '督导方式与频率',
      columns: [
        { header: '督导方式', align: 'center' },
        { header: '频率', align: 'center' },
      ],
      rows: a.frequencies.map((f) => [f.mode, `${PLAN_UNIT_LABELS[f.per]} ${f.count} 次`]),
    })
  blocks.push(
    paragraph(
      [
        a.frequencies.length > 0 ? `协议期内，双方按${frequenciesText(a.frequencies)}开展督导` : '协议未约定督导频率',
        a.plannedHours !== null ? `，计划督导时数${PLAN_UNIT_LABELS[a.hoursPer]} ${a.plannedHours} 小时` : '',
        '。因故不能按期督导的，双方协商另行安排，并在督导记录中注明。',
      ].join(''),
    ),
  )
  blocks.push(heading('学习目标'))
  if (a.goals.length === 0) blocks.push(paragraph('未约定学习目标。'))
  else for (const [i, g] of a.goals.entries()) blocks.push(paragraph(`${i + 1}. ${g.text}`))
  const evaluated = goalEvaluationBlocks(a)
  if (evaluated.length > 0) blocks.push(heading('学习目标评估'), ...evaluated)
  blocks.push(heading('双方职责'))
  blocks.push(paragraph(orEmpty(a.responsibilities)))
  blocks.push(heading('保密约定'))
  blocks.push(paragraph(orEmpty(a.confidentiality)))
  if (a.note.trim()) {
    blocks.push(heading('其他约定'))
    blocks.push(paragraph(a.note))
  }
  const confirmed = [
    a.supervisorConfirmation ? `督导者 ${a.supervisorConfirmation.name} 已于 ${formatTimestamp(a.supervisorConfirmation.at)} 确认` : null,
    a.superviseeConfirmation ? `被督导者 ${a.superviseeConfirmation.name} 已于 ${formatTimestamp(a.superviseeConfirmation.at)} 确认` : null,
  ].filter(Boolean)
  if (confirmed.length > 0) blocks.push(paragraph(`${confirmed.join('；')}。`, { style: 'note' }))
  blocks.push({ kind: 'spacer', heightPt: 20 })
  blocks.push(signatures(['督导者签名', '日期', '被督导者签名', '日期'], { perRow: 2 }))
  const studioName = input.studio.name.trim() || '高级社工师工作室'
  return {
    title: '督导协议书',
    subtitle: a.title.trim() ? `（${a.title.trim()}）` : undefined,
    meta: [studioName],
    blocks,
    author: studioName,
  }
}

/** 督导协议书_林小雨_2025-01-01.docx */
export function agreementFileName(a: SupervisionAgreement, persons: readonly Pick<Person, 'id' | 'name'>[]): string {
  const names = new NameBook(persons)
  return `${safeFileName(['督导协议书', names.list(a.superviseeIds.slice(0, 3)), a.startDate].join('_'))}.docx`
}

/** The periods to show inside a report period: its quarters (or the quarter itself). */
const quartersOf = (period: string) => (parsePeriod(period)?.kind === 'Q' ? [period] : listPeriods(periodRange(period).start, periodRange(period).end, 'Q'))

const planColumns = [
  { header: '季度', width: { mm: 32 }, align: 'center' as const },
  { header: '督导次数（已开展/计划）', width: { weight: 2 } },
  { header: '督导时数（已开展/计划）', width: { weight: 1.3 }, align: 'center' as const },
  { header: '完成率', width: { mm: 18 }, align: 'center' as const },
  { header: '状态', width: { mm: 20 }, align: 'center' as const },
]
const planRow = (r: PlanVsDone) => [periodLabel(r.period), r.modes.map(modeText).join('；') || EMPTY_TEXT, hoursPlanText(r), completionText(r), r.behind ? '低于计划' : '按计划']

/**
 * 被督导者督导档案's section: each agreement of the person in force during the period, its goals,
 * and its plan vs done quarter by quarter. Without an agreement: says there is no target.
 */
export function archivePlanBlocks(input: {
  personId: string
  period: string
  agreements: readonly SupervisionAgreement[]
  sessions: readonly SupervisionSession[]
  today: string
}): Block[] {
  const blocks: Block[] = [heading('督导协议与计划执行')]
  const mine = input.agreements.filter((a) => !a.deletedAt && a.superviseeIds.includes(input.personId))
  const sections = mine
    .map((a) => ({ a, rows: quartersOf(input.period).map((q) => planVsDone(a, input.personId, input.sessions, q, input.today)).filter((r): r is PlanVsDone => r !== null) }))
    .filter((s) => s.rows.length > 0)
  if (sections.length === 0) {
    blocks.push(paragraph(`${periodLabel(input.period)}没有生效的督导协议，不设计划目标。`))
    return blocks
  }
  for (const { a, rows } of sections) {
    const plan = [a.frequencies.length ? frequenciesText(a.frequencies) : '', a.plannedHours !== null ? `${PLAN_UNIT_LABELS[a.hoursPer]} ${a.plannedHours} 小时` : '']
      .filter(Boolean)
      .join('，')
    blocks.push(paragraph(`${a.title.trim() ? `“${a.title.trim()}”` : '督导协议'}（${formatDateRangeInText(a.startDate, a.endDate)}，${agreementStatusOn(a, input.today)}）约定${plan || '未设频率和时数'}。`))
    if (a.goals.length > 0) blocks.push(paragraph(`学习目标：${a.goals.map((g, i) => `${i + 1}. ${g.text}`).join('；')}。`))
    blocks.push(...goalEvaluationBlocks(a))
    const behind = rows.filter((r) => r.behind).length
    blocks.push({ kind: 'table', caption: `计划与完成（${periodLabel(input.period)}${behind ? `，${behind} 个季度低于计划` : ''}）`, columns: planColumns, rows: rows.map(planRow) })
  }
  blocks.push(paragraph('注：计划次数与时数按协议期限在各季度内的天数折算；已开展次数按督导方式统计，一次团体督导对每位被督导者各计一次。', { style: 'note' }))
  return blocks
}

/** 工作室督导工作总结's section: 按计划完成率 per supervisor over the agreements with a target in the period. */
export function studioPlanBlocks(input: {
  period: string
  agreements: readonly SupervisionAgreement[]
  sessions: readonly SupervisionSession[]
  persons: readonly Pick<Person, 'id' | 'name'>[]
  today: string
}): Block[] {
  const live = input.agreements.filter((a) => !a.deletedAt)
  const rows = plansVsDone(live, input.sessions, input.period, input.today)
  const blocks: Block[] = [heading('督导计划执行')]
  if (rows.length === 0) {
    blocks.push(paragraph(`${periodLabel(input.period)}没有生效的督导协议，不统计按计划完成率。`))
    return blocks
  }
  const names = new NameBook(input.persons)
  const bySupervisor = completionBySupervisor(rows, live).sort((x, y) => names.name(x.supervisorId).localeCompare(names.name(y.supervisorId), 'zh-CN'))
  const planned = rows.reduce((n, r) => n + r.plannedTenths, 0)
  const held = rows.reduce((n, r) => n + r.heldTowardPlanTenths, 0)
  const behind = rows.filter((r) => r.behind).length
  blocks.push(
    paragraph(
      `${periodLabel(input.period)}共有 ${new Set(rows.map((r) => r.agreementId)).size} 份督导协议设有计划目标，涉及被督导者 ${rows.length} 人次；计划督导 ${tenthsText(planned)} 次，按计划完成 ${tenthsText(held)} 次，按计划完成率 ${planned > 0 ? `${formatTenths(Math.floor((held * 1000) / planned))}%` : EMPTY_TEXT}；低于计划的 ${behind} 人次。`,
    ),
  )
  blocks.push(
    figuresTable('各督导者按计划完成率', { header: '督导者', weight: 1.2 }, ['被督导者（人次）', '计划次数', '按计划完成', '完成率', '低于计划（人次）'],
      bySupervisor.map((s) => [
        names.name(s.supervisorId),
        String(s.rows),
        tenthsText(s.plannedTenths),
        tenthsText(s.heldTowardPlanTenths),
        s.completionTenths === null ? EMPTY_TEXT : `${formatTenths(s.completionTenths)}%`,
        String(s.behind),
      ]),
    ),
  )
  return blocks
}

/** Puts `section` before the report's closing (its last 下阶段计划 heading, else the signatures at the end). */
export function withSection(report: Report, section: readonly Block[], beforeHeading?: string): Report {
  const blocks = [...report.blocks]
  let at = beforeHeading ? blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === beforeHeading) : -1
  if (at < 0) {
    at = blocks.length
    while (at > 0 && (blocks[at - 1]!.kind === 'signatures' || blocks[at - 1]!.kind === 'spacer')) at--
  }
  blocks.splice(at, 0, ...section)
  return { ...report, blocks }
}
