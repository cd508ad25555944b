/**
 * 跟进事项: overdue status and completion rates. Overdue = not 已完成/已取消 and 期限 < today
 * (DOMAIN.md). `today` is always passed in.
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

/** Overdue follow-ups, most overdue first (ties keep input order). */
export function overdueFollowUps<T extends FollowUpLike>(followUps: readonly T[], today: string): OverdueEntry<T>[] {
  return live(followUps)
    .filter((f) => isOverdue(f, today))
    .map((f) => ({ followUp: f, dueDate: f.dueDate, daysOverdue: daysBetween(f.dueDate, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue)
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
