/**
 * 督导记录表: one session as a bordered form on one page (where it fits), its follow-ups as a
 * sub-table and the signature lines 督导者签名 / 被督导者签名 / 日期 (docs/domain.md "Word reports", report 1).
 *
 * A sensitive record (敏感) keeps its facts (who, when, how long, which topics) but its text fields
 * — the question, the process, the advice, the reflections, the risk note and the follow-ups' texts —
 * read '（敏感记录，内容不导出）' unless `includeSensitive` is set.
 */
import type { Person } from '../../model/person'
import type { Project } from '../../model/project'
import type { FollowUp, SupervisionSession } from '../../model/session'
import type { StudioInfo } from '../../model/studio'
import { daysOverdue } from '../../domain/followups'
import { paragraph, signatures, type Block, type Report, type TableRowSpec } from '../report-model'
import { formatDate, formatDateInText, formatHours } from '../../text/format'
import { COLUMN_MM, EMPTY_TEXT, followUpStateText, NameBook, orEmpty, safeFileName, SENSITIVE_TEXT } from './common'

export interface SessionRecordInput {
  session: SupervisionSession
  /** Follow-ups of the session (others and deleted ones are ignored). */
  followUps: readonly FollowUp[]
  persons: readonly Pick<Person, 'id' | 'name'>[]
  projects: readonly Pick<Project, 'id' | 'name'>[]
  studio: Pick<StudioInfo, 'name'>
  /** Print the text fields of a sensitive record. Default false. */
  includeSensitive?: boolean
  /** For the overdue days of open follow-ups. */
  today: string
}

const FEEDBACK_LABELS = ['', '不满意', '不太满意', '一般', '满意', '非常满意']

export interface SessionRecordFacts {
  code: string
  status: string
  date: string
  durationText: string
  supervisors: string
  supervisees: string
  /** Whether the text fields were left out. */
  redacted: boolean
  followUpCount: number
}

/** '09:00—10:30（1.5 小时）'. */
function timeText(s: SupervisionSession): string {
  return `${s.startTime}—${s.endTime}（${formatHours(s.durationMinutes)}）`
}

export function sessionRecordFacts(input: SessionRecordInput): SessionRecordFacts {
  const s = input.session
  const people = new NameBook(input.persons)
  return {
    code: s.code,
    status: s.status,
    date: s.date,
    durationText: formatHours(s.durationMinutes),
    supervisors: people.list(s.supervisorIds),
    supervisees: people.list(s.superviseeIds),
    redacted: s.sensitive === 1 && input.includeSensitive !== true,
    followUpCount: liveFollowUps(input).length,
  }
}

function liveFollowUps(input: SessionRecordInput): FollowUp[] {
  return input.followUps
    .filter((f) => f.sessionId === input.session.id && !f.deletedAt)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
}

export function buildSessionRecord(input: SessionRecordInput): Report {
  const s = input.session
  const people = new NameBook(input.persons)
  const projectNames = new NameBook(input.projects, '（已删除项目）')
  const redacted = s.sensitive === 1 && input.includeSensitive !== true
  const text = (value: string) => (redacted ? SENSITIVE_TEXT : orEmpty(value))
  const label = (t: string) => ({ text: t, label: true })
  const wide = (t: string) => ({ text: t, colSpan: 3 })
  const names = (t: string) => ({ text: t, nowrap: true })

  const risk = s.riskLevel === '无' ? '无' : `${s.riskLevel}：${redacted ? SENSITIVE_TEXT : orEmpty(s.riskNote)}`
  const confirmation = s.confirmation ? `${s.confirmation.name}（${formatDateInText(s.confirmation.at.slice(0, 10))}）` : '未确认'
  const feedback = s.feedbackScore ? `${s.feedbackScore} ${FEEDBACK_LABELS[s.feedbackScore] ?? ''}`.trim() : '未填写'

  const studioName = input.studio.name.trim() || '高级社工师工作室'
  const rows: TableRowSpec[] = [
    [label('工作室'), wide(studioName)],
    [label('编号'), `${s.code}（${s.status}）`, label('督导日期'), formatDateInText(s.date)],
    [label('时间'), timeText(s), label('地点'), orEmpty(s.location)],
    [label('督导方式'), `${s.mode}（${s.kind}）`, label('督导功能'), s.functions.join('、') || EMPTY_TEXT],
    [label('督导者'), names(people.list(s.supervisorIds)), label('被督导者'), names(people.list(s.superviseeIds))],
    [label('关联项目'), wide(s.projectIds.length ? projectNames.list(s.projectIds) : '无')],
    [label('议题'), wide(s.topics.length ? s.topics.join('、') : EMPTY_TEXT)],
    { cells: [label('被督导者\n提出的问题'), wide(text(s.questions))], minHeightMm: 10 },
    { cells: [label('督导过程'), wide(text(s.process))], minHeightMm: 20 },
    { cells: [label('督导意见\n与建议'), wide(text(s.advice))], minHeightMm: 12 },
    [label('督导者反思'), wide(text(s.supervisorReflection))],
    [label('被督导者反思'), wide(text(s.superviseeReflection))],
    [label('风险/伦理提示'), risk, label('被督导者反馈'), feedback],
    [label('下次督导日期'), s.nextDate ? formatDateInText(s.nextDate) : '未定', label('被督导者确认'), confirmation],
  ]

  const blocks: Block[] = [
    {
      kind: 'table',
      variant: 'form',
      columns: [{ width: { mm: 27 } }, { width: { weight: 1 } }, { width: { mm: 27 } }, { width: { weight: 1 } }],
      rows,
      fontSizePt: 10.5,
    },
  ]

  const followUps = liveFollowUps(input)
  if (followUps.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: '序号', width: { mm: COLUMN_MM.seq }, align: 'center' },
        { header: '跟进事项', width: { weight: 1.6 } },
        { header: '负责人', width: { mm: COLUMN_MM.name }, align: 'center', nowrap: true },
        { header: '期限', width: { mm: COLUMN_MM.date }, align: 'center' },
        { header: '完成情况', width: { weight: 1 } },
      ],
      rows: followUps.map((f, i) => {
        // The completion note stays in the app: the form keeps one line per follow-up where it can.
        const state = followUpStateText(f, daysOverdue(f, input.today))
        return [String(i + 1), redacted ? SENSITIVE_TEXT : f.content, people.name(f.ownerId), formatDate(f.dueDate), state]
      }),
    })
  } else {
    blocks.push(paragraph('跟进事项：本次督导未约定跟进事项。', { style: 'note' }))
  }
  if (redacted) {
    blocks.push(paragraph('注：本记录标记为敏感，文字内容未导出；如需完整内容，请在软件中查阅或经授权后导出。', { style: 'note' }))
  }
  blocks.push(signatures(['督导者签名', '被督导者签名', '日期'], { size: 'table', perRow: 3 }))

  return {
    title: '督导记录表',
    blocks,
    author: people.list(s.supervisorIds),
  }
}

/** 督导记录表_DD-2026-0001_谢国铭_2026-04-03.docx */
export function sessionRecordFileName(input: Pick<SessionRecordInput, 'session' | 'persons'>): string {
  const people = new NameBook(input.persons)
  const first = input.session.superviseeIds[0]
  const who = input.session.superviseeIds.length > 1 ? `${people.name(first)}等` : people.name(first)
  return `${safeFileName(['督导记录表', input.session.code, who, input.session.date].join('_'))}.docx`
}
