/**
 * The 跟进事项 page: filters by 状态 / 负责人 / 期限 and the order rows are shown in. Pure; `today`
 * is always passed in. Overdue follows docs/domain.md ("Entities", 跟进事项; see followups.ts): not 已完成/已取消 and 期限 < today.
 */
import type { FollowUpStatus } from '../model/constants'
import { addDays, weekday } from './dates'
import { isOverdue, type FollowUpLike } from './followups'

/** '未完成' = 待办 or 进行中. */
export type FollowUpStatusFilter = FollowUpStatus | '未完成'
export type DueFilter = 'overdue' | 'week' | 'range'

export interface FollowUpFilter {
  status?: FollowUpStatusFilter | null
  ownerId?: string | null
  due?: DueFilter | null
  /** Inclusive 'YYYY-MM-DD' bounds of 期限, used when due is 'range'. */
  from?: string | null
  to?: string | null
  /** Chinese substring of 内容 or 完成说明, or the session's 编号. */
  query?: string
}

export interface FollowUpRowLike extends FollowUpLike {
  id: string
  ownerId: string
  content: string
  completionNote: string
}

/** Monday and Sunday of the week containing `today` (a Chinese week starts on Monday). */
export function weekRange(today: string): { start: string; end: string } {
  const mondayIndex = (weekday(today) + 6) % 7
  const start = addDays(today, -mondayIndex)
  return { start, end: addDays(start, 6) }
}

export function matchesFollowUp(f: FollowUpRowLike, filter: FollowUpFilter, today: string, sessionCode = ''): boolean {
  if (filter.status === '未完成') {
    if (f.status !== '待办' && f.status !== '进行中') return false
  } else if (filter.status && f.status !== filter.status) return false
  if (filter.ownerId && f.ownerId !== filter.ownerId) return false
  if (filter.due === 'overdue' && !isOverdue(f, today)) return false
  if (filter.due === 'week') {
    const { start, end } = weekRange(today)
    if (f.dueDate < start || f.dueDate > end) return false
  }
  if (filter.due === 'range') {
    if (filter.from && f.dueDate < filter.from) return false
    if (filter.to && f.dueDate > filter.to) return false
  }
  const q = (filter.query ?? '').trim().toLowerCase()
  if (q && !f.content.toLowerCase().includes(q) && !f.completionNote.toLowerCase().includes(q) && !sessionCode.toLowerCase().includes(q)) return false
  return true
}

const RANK: Record<FollowUpStatus, number> = { 进行中: 0, 待办: 0, 已完成: 1, 已取消: 1 }

/**
 * Open items before closed ones; within each, the earliest 期限 first (so the most overdue lead),
 * then by the sessions' 编号 (when given) and id.
 */
export function compareFollowUps(a: FollowUpRowLike, b: FollowUpRowLike, codeA = '', codeB = ''): number {
  const r = RANK[a.status] - RANK[b.status]
  if (r !== 0) return r
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  if (codeA !== codeB) return codeA < codeB ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
