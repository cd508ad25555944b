/**
 * 被督导者督导档案: one person over a period (docs/domain.md "Word reports", report 4): hours by month (a quarter) or by
 * quarter (a half-year or year), the sessions attended, the topics, and the follow-ups the person
 * is responsible for.
 *
 * Numbers: superviseeHours (the person's hours, full duration of every session attended) and
 * sessionStatistics over the person's sessions (by month, 方式, 议题, 督导者); completionRate and
 * overdueOn for the follow-ups.
 */
import type { Person } from '../../model/person'
import type { Project } from '../../model/project'
import type { FollowUp, SupervisionSession } from '../../model/session'
import type { StudioInfo } from '../../model/studio'
import { completionRate, followUpOn, overdueOn } from '../../domain/followups'
import { containsDate, parsePeriod, periodLabel, periodRange, quartersIn } from '../../domain/period'
import { percentText } from '../../domain/ratio'
import { hoursText, partHoursTexts, sessionsInPeriod, sessionStatistics, superviseeHours, type SessionStatistics } from '../../domain/statistics'
import { heading, paragraph, signatures, type Block, type Report } from '../report-model'
import { formatDate, formatDateInText, formatDateRangeInText, formatMonth } from '../../text/format'
import { COLUMN_MM, EMPTY_TEXT, figuresTable, followUpStateText, NameBook, orEmpty, periodWord, safeFileName, SENSITIVE_TEXT } from './common'
import { followUpSentence } from './sentences'

export interface SuperviseeArchiveInput {
  person: Person
  period: string
  /** Sessions (any; those the person attended as 被督导者 are used). */
  sessions: readonly SupervisionSession[]
  /** Follow-ups (any; those the person is responsible for are used). */
  followUps: readonly FollowUp[]
  persons: readonly Pick<Person, 'id' | 'name'>[]
  projects: readonly Pick<Project, 'id' | 'name'>[]
  studio: Pick<StudioInfo, 'name'>
  today: string
}

export interface ArchiveFacts {
  name: string
  period: string
  periodLabel: string
  word: string
  count: number
  hours: string
  stats: SessionStatistics
  /** Per month (a quarter) or per quarter (longer periods). */
  breakdown: { label: string; count: number; hours: string }[]
  breakdownBy: '月份' | '季度'
  sessions: { code: string; date: string; mode: string; supervisors: string; projects: string; topics: string; hours: string }[]
  projects: string[]
  followUpsOwned: number
  followUpsDue: number
  followUpsCompleted: number
  completionRateText: string
  asOf: string
  overdueCount: number
  /** As they stood on `asOf`. */
  followUpRows: { content: string; sessionCode: string; dueDate: string; state: string }[]
}

export function archiveFacts(input: SuperviseeArchiveInput): ArchiveFacts {
  const { person, period } = input
  const people = new NameBook(input.persons)
  const projectNames = new NameBook(input.projects, '（已删除项目）')
  const own = input.sessions.filter((s) => !s.deletedAt && s.superviseeIds.includes(person.id))
  const hours = superviseeHours(input.sessions, period, [person.id])[0] ?? { count: 0, minutes: 0, hours: '0.0' }
  const stats = sessionStatistics(own, period)
  const quarter = parsePeriod(period)?.kind === 'Q'
  const breakdown = quarter
    ? stats.byMonth.map((b) => ({ label: formatMonth(b.key, true), count: b.count, hours: b.hours }))
    : quarterBreakdown(input.sessions, period, person.id)
  const inPeriod = sessionsInPeriod(own, period).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : 1))
  const projectIds = [...new Set(inPeriod.flatMap((s) => s.projectIds))]

  // Follow-ups the person is responsible for, agreed in the period or due in it.
  const sessionById = new Map(input.sessions.filter((s) => !s.deletedAt).map((s) => [s.id, s]))
  const owned = input.followUps
    .filter((f) => !f.deletedAt && f.ownerId === person.id && sessionById.has(f.sessionId))
    .filter((f) => containsDate(period, sessionById.get(f.sessionId)!.date) || containsDate(period, f.dueDate))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
  const rate = completionRate(owned, period)
  const end = periodRange(period).end
  const asOf = input.today < end ? input.today : end
  const overdue = new Map(overdueOn(owned, asOf).map((o) => [o.followUp.id, o.daysOverdue]))

  return {
    name: person.name,
    period,
    periodLabel: periodLabel(period),
    word: periodWord(period),
    count: hours.count,
    hours: hours.hours,
    stats,
    breakdown,
    breakdownBy: quarter ? '月份' : '季度',
    sessions: inPeriod.map((s) => ({
      code: s.code,
      date: s.date,
      mode: s.mode,
      supervisors: people.list(s.supervisorIds),
      projects: s.projectIds.length ? projectNames.list(s.projectIds) : EMPTY_TEXT,
      topics: s.topics.join('、') || EMPTY_TEXT,
      hours: hoursText(s.durationMinutes),
    })),
    projects: projectIds.map((id) => projectNames.name(id)),
    followUpsOwned: owned.length,
    followUpsDue: rate.dueCount,
    followUpsCompleted: rate.completedCount,
    completionRateText: rate.rateText,
    asOf,
    overdueCount: overdue.size,
    followUpRows: owned.map((f) => {
      const s = sessionById.get(f.sessionId)
      return {
        content: s?.sensitive === 1 ? SENSITIVE_TEXT : f.content,
        sessionCode: s?.code ?? EMPTY_TEXT,
        dueDate: f.dueDate,
        // As the follow-up stood on `asOf`, like the counts above.
        state: followUpStateText(followUpOn(f, asOf), overdue.get(f.id) ?? 0),
      }
    }),
  }
}

export function buildSuperviseeArchive(input: SuperviseeArchiveInput): Report {
  return buildSuperviseeArchiveFromFacts(archiveFacts(input), input)
}

/** A half-year's or year's quarters, their hours adding up to the period's (partHoursTexts). */
function quarterBreakdown(sessions: SuperviseeArchiveInput['sessions'], period: string, personId: string) {
  const quarters = quartersIn(period).map((q) => ({ q, h: superviseeHours(sessions, q, [personId])[0] }))
  const hours = partHoursTexts(quarters.map(({ h }) => h?.minutes ?? 0))
  return quarters.map(({ q, h }, i) => ({ label: periodLabel(q), count: h?.count ?? 0, hours: hours[i]! }))
}

export function buildSuperviseeArchiveFromFacts(f: ArchiveFacts, input: SuperviseeArchiveInput): Report {
  const p = input.person
  const label = (t: string) => ({ text: t, label: true })
  const wide = (t: string) => ({ text: t, colSpan: 3 })
  const blocks: Block[] = []
  const stats = f.stats

  blocks.push(heading('基本信息'))
  const supervisors = stats.bySupervisor.map((b) => `${input.persons.find((x) => x.id === b.key)?.name ?? '（已删除人员）'}（${b.count} 次）`)
  blocks.push({
    kind: 'table',
    variant: 'form',
    columns: [{ width: { mm: 28 } }, { width: { weight: 1 } }, { width: { mm: 28 } }, { width: { weight: 1 } }],
    fontSizePt: 10.5,
    rows: [
      [label('姓名'), p.name, label('角色'), p.role],
      [label('所在机构或社区'), orEmpty(p.org), label('职业资格'), p.qualification],
      [label('服务领域'), p.field ?? EMPTY_TEXT, label('联系电话'), orEmpty(p.phone)],
      [label('档案期间'), wide(`${f.periodLabel}（${formatDateRangeInText(periodRange(f.period).start, periodRange(f.period).end)}）`)],
      [label('参与项目'), wide(f.projects.length ? f.projects.join('、') : '无')],
      [label('督导者'), wide(supervisors.length ? supervisors.join('、') : EMPTY_TEXT)],
    ],
  })

  blocks.push(heading('督导时数'))
  if (f.count === 0) {
    blocks.push(paragraph(`${f.periodLabel}未接受督导。`))
  } else {
    const modes = stats.byMode.filter((b) => b.count > 0)
    const how = modes.length === 1 ? `均为${modes[0]!.key}` : `其中${modes.map((b) => `${b.key} ${b.count} 次（${b.hours} 小时）`).join('、')}`
    blocks.push(paragraph(`${f.periodLabel}共接受督导 ${f.count} 次，累计 ${f.hours} 小时，${how}。`))
  }
  blocks.push(
    figuresTable(`各${f.breakdownBy}督导次数与时数`, { header: f.breakdownBy, weight: 2 }, ['督导次数', '督导时数（小时）'], [
      ...f.breakdown.map((b) => [b.label, String(b.count), b.hours]),
      [{ text: '合计', bold: true, align: 'center' }, { text: String(f.count), bold: true }, { text: f.hours, bold: true }],
    ]),
  )

  blocks.push(heading('督导记录'))
  if (f.sessions.length === 0) {
    blocks.push(paragraph(`${f.periodLabel}没有督导记录。`))
  } else {
    blocks.push({
      kind: 'table',
      caption: `督导记录（${f.periodLabel}，时长单位：小时）`,
      columns: [
        { header: '编号与日期', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '方式', width: { mm: COLUMN_MM.mode }, align: 'center', nowrap: true },
        { header: '督导者', width: { mm: COLUMN_MM.name }, align: 'center', nowrap: true },
        { header: '关联项目', width: { weight: 1.5 } },
        { header: '议题', width: { weight: 1 }, nowrap: true },
        { header: '时长', width: { mm: COLUMN_MM.hours }, align: 'center' },
      ],
      rows: f.sessions.map((s) => [`${s.code}\n${formatDate(s.date)}`, s.mode, s.supervisors, s.projects, s.topics, s.hours]),
    })
  }

  blocks.push(heading('督导议题'))
  if (stats.byTopic.length === 0) {
    blocks.push(paragraph(`${f.periodLabel}的督导记录未标注议题。`))
  } else {
    const top = stats.byTopic.slice(0, 5).map((b) => `${b.key}（${b.count} 次）`)
    blocks.push(
      paragraph(
        stats.byTopic.length > top.length
          ? `${f.word}督导共涉及 ${stats.byTopic.length} 个议题，出现最多的是${top.join('、')}。`
          : `${f.word}督导涉及的议题为${top.join('、')}。`,
      ),
    )
    blocks.push(
      figuresTable('督导议题', { header: '议题', weight: 2 }, ['出现次数', '占督导次数', '涉及时数（小时）'],
        stats.byTopic.map((b) => [b.key, String(b.count), percentText(b.count, stats.count), b.hours]),
      ),
    )
  }

  blocks.push(heading('跟进事项'))
  if (f.followUpsOwned === 0) {
    blocks.push(paragraph(`${f.periodLabel}没有由本人负责的跟进事项。`))
  } else {
    const state = followUpSentence({
      lead: '本期',
      due: f.followUpsDue,
      completed: f.followUpsCompleted,
      rateText: f.completionRateText,
      asOf: formatDateInText(f.asOf),
      overdue: f.overdueCount,
      longOverdue: 0,
      days: 0,
    })
    blocks.push(paragraph(`由本人负责的跟进事项 ${f.followUpsOwned} 项。${state}`))
    blocks.push({
      kind: 'table',
      caption: `由本人负责的跟进事项（状态截至${formatDateInText(f.asOf)}）`,
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '内容', width: { weight: 1.3 } },
        { header: '督导记录', width: { mm: COLUMN_MM.code }, align: 'center' },
        { header: '期限', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '状态', width: { weight: 1 } },
      ],
      rows: f.followUpRows.map((r, i) => [String(i + 1), r.content, r.sessionCode, formatDate(r.dueDate), r.state]),
    })
  }

  blocks.push({ kind: 'spacer', heightPt: 20 })
  blocks.push(signatures(['被督导者签名', '督导者签名', '日期']))

  const studioName = input.studio.name.trim() || '高级社工师工作室'
  return {
    title: '被督导者督导档案',
    subtitle: `${p.name}（${f.periodLabel}）`,
    meta: [studioName],
    blocks,
    author: studioName,
  }
}

/** 被督导者督导档案_谢国铭_2026年度.docx */
export function archiveFileName(name: string, period: string): string {
  return `${safeFileName(['被督导者督导档案', name, periodLabel(period)].join('_'))}.docx`
}
