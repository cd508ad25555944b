/**
 * 跟进事项: overdue status and completion rates. Overdue = not 已完成/已取消 and 期限 < today
 * (docs/domain.md, "Entities", 跟进事项). `today` is always passed in.
 */
import type { FollowUpStatus } from '../model/constants'
import { daysBetween } from './dates'
import { periodRange } from './period'
import { percentText } from './ratio'

export interface FollowUpLike {
  dueDate: string
  status: FollowUpStatus
  completedDate: string | null
  deletedAt?: string | null
}

const CLOSED: readonly FollowUpStatus[] = ['已完成', '已取消']

function live<T extends FollowUpLike>(list: readonly T[]): T[] {
  return list.filter((f) => !f.deletedAt)
}

/** Not 已完成/已取消 and due before today. Deleted follow-ups are never overdue. */
export function isOverdue(followUp: FollowUpLike, today: string): boolean {
  if (followUp.deletedAt) return false
  return !CLOSED.includes(followUp.status) && followUp.dueDate < today
}

/** Days past the due date (today − dueDate), 0 when not overdue. Due yesterday → 1. */
export function daysOverdue(followUp: FollowUpLike, today: string): number {
  return isOverdue(followUp, today) ? daysBetween(followUp.dueDate, today) : 0
}

export interface OverdueEntry<T extends FollowUpLike> {
  followUp: T
  dueDate: string
  daysOverdue: number
}

/**
 * The follow-up as it stood on `date`: one marked 已完成 with a completion date after `date`
 * was still open then. (已取消 carries no date, so it counts as closed whenever it is read.)
 */
export function followUpOn<T extends FollowUpLike>(f: T, date: string): T {
  // A 已完成 item without a completion date counts as done (the best the record can say).
  if (f.status === '已完成' && f.completedDate !== null && f.completedDate > date) {
    return { ...f, status: '进行中', completedDate: null }
  }
  return f
}

/**
 * The one overdue-on-a-date rule: follow-ups overdue on `date` (期限 before it, not closed),
 * most overdue first (ties keep input order), each item read as `stateOn` gives it.
 */
function overdueList<T extends FollowUpLike>(followUps: readonly T[], date: string, stateOn: (f: T) => FollowUpLike): OverdueEntry<T>[] {
  const out: OverdueEntry<T>[] = []
  for (const f of followUps) {
    if (f.deletedAt || !isOverdue(stateOn(f), date)) continue
    out.push({ followUp: f, dueDate: f.dueDate, daysOverdue: daysBetween(f.dueDate, date) })
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue)
}

/**
 * Overdue follow-ups today, each as recorded: a 完成日期 typed in the future still counts as
 * done, as on 跟进事项 (isOverdue), so the 工作台 and that page agree.
 */
export function overdueFollowUps<T extends FollowUpLike>(followUps: readonly T[], today: string): OverdueEntry<T>[] {
  return overdueList(followUps, today, (f) => f)
}

/**
 * Follow-ups overdue on `date` as they stood then (followUpOn): what the colour drop of an
 * assessment dated `date` and reports as of a past date look at.
 */
export function overdueOn<T extends FollowUpLike>(followUps: readonly T[], date: string): OverdueEntry<T>[] {
  return overdueList(followUps, date, (f) => followUpOn(f, date))
}

/**
 * Follow-ups of a project's sessions held on or before `date` that are overdue on `date`: what
 * the colour drop of an assessment dated `date` looks at.
 */
export function overdueForProject<F extends FollowUpLike & { sessionId: string }>(
  sessions: readonly { id: string; date: string; deletedAt?: string | null }[],
  followUps: readonly F[],
  date: string,
): OverdueEntry<F>[] {
  const held = new Set(sessions.filter((s) => !s.deletedAt && s.date <= date).map((s) => s.id))
  return overdueOn(
    followUps.filter((f) => held.has(f.sessionId)),
    date,
  )
}

export interface CompletionRate<T extends FollowUpLike> {
  /** Follow-ups due in the period, 已取消 and deleted ones excluded. */
  due: T[]
  /** Of those, 已完成 with a completion date on or before the period's last day. */
  completed: T[]
  dueCount: number
  completedCount: number
  /** completed ÷ due, null when nothing was due. */
  rate: number | null
  /** '80.0%' (truncated) or '—'. */
  rateText: string
}

/** True when the follow-up is 已完成 with a completion date no later than `byDate`. */
export function completedBy(followUp: FollowUpLike, byDate: string): boolean {
  return followUp.status === '已完成' && followUp.completedDate !== null && followUp.completedDate <= byDate
}

/**
 * Completion rate for a period: follow-ups due within the period (已取消 excluded) that were
 * 已完成 by the period's end. A 已完成 item without a completion date cannot be shown to have been
 * done by the period's end and is not counted as completed.
 */
export function completionRate<T extends FollowUpLike>(followUps: readonly T[], period: string): CompletionRate<T> {
  const { start, end } = periodRange(period)
  const due = live(followUps).filter((f) => f.status !== '已取消' && f.dueDate >= start && f.dueDate <= end)
  const completed = due.filter((f) => completedBy(f, end))
  return {
    due,
    completed,
    dueCount: due.length,
    completedCount: completed.length,
    rate: due.length === 0 ? null : completed.length / due.length,
    rateText: percentText(completed.length, due.length),
  }
}
