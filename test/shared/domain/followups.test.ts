import { describe, expect, it } from 'vitest'
import { completionRate, daysOverdue, isOverdue, overdueFollowUps } from '@shared/domain/followups'
import { finalGrade } from '@shared/domain/supervision-index/grading'
import { DEFAULT_THRESHOLDS } from '@shared/domain/supervision-index/default-framework'
import type { FollowUpStatus } from '@shared/model/constants'

const fu = (id: string, dueDate: string, status: FollowUpStatus = '待办', completedDate: string | null = null, deletedAt: string | null = null) => ({
  id, dueDate, status, completedDate, deletedAt,
})

describe('isOverdue / daysOverdue', () => {
  const today = '2025-05-10'
  it('is overdue only when open and due before today', () => {
    expect(isOverdue(fu('a', '2025-05-09'), today)).toBe(true)
    expect(isOverdue(fu('a', '2025-05-09', '进行中'), today)).toBe(true)
    expect(isOverdue(fu('a', '2025-05-10'), today)).toBe(false) // due today is not overdue
    expect(isOverdue(fu('a', '2025-05-11'), today)).toBe(false)
    expect(isOverdue(fu('a', '2025-04-01', '已完成', '2025-05-01'), today)).toBe(false)
    expect(isOverdue(fu('a', '2025-04-01', '已取消'), today)).toBe(false)
    expect(isOverdue(fu('a', '2025-04-01', '待办', null, '2025-05-01T00:00:00Z'), today)).toBe(false)
  })
  it('counts days past the due date', () => {
    expect(daysOverdue(fu('a', '2025-05-09'), today)).toBe(1)
    expect(daysOverdue(fu('a', '2025-04-10'), today)).toBe(30)
    expect(daysOverdue(fu('a', '2025-04-09'), today)).toBe(31)
    expect(daysOverdue(fu('a', '2025-05-10'), today)).toBe(0)
    expect(daysOverdue(fu('a', '2025-01-01', '已完成', '2025-05-01'), today)).toBe(0)
  })
  it('lists overdue items, most overdue first, and feeds the colour drop', () => {
    const list = [
      fu('a', '2025-05-01'),
      fu('b', '2025-04-09'),
      fu('c', '2025-04-10'),
      fu('d', '2025-03-01', '已完成', '2025-03-05'),
      fu('e', '2025-03-01', '已取消'),
      fu('f', '2025-06-01'),
    ]
    const overdue = overdueFollowUps(list, today)
    expect(overdue.map((o) => [o.followUp.id, o.daysOverdue])).toEqual([['b', 31], ['c', 30], ['a', 9]])
    const g = finalGrade(912, DEFAULT_THRESHOLDS, { overdueFollowUps: overdue })
    expect(g.colour).toBe('蓝色')
    expect(g.reasons).toEqual(['有 1 项跟进事项逾期超过 30 天，颜色由绿色降为蓝色'])
    // exactly 30 days: no drop
    const g30 = finalGrade(912, DEFAULT_THRESHOLDS, { overdueFollowUps: overdueFollowUps([fu('c', '2025-04-10')], today) })
    expect(g30.colour).toBe('绿色')
  })
})

describe('completionRate', () => {
  it('completed by period end ÷ due in period, cancelled excluded', () => {
    const list = [
      fu('a', '2025-01-15', '已完成', '2025-01-20'),
      fu('b', '2025-03-31', '已完成', '2025-03-31'), // done on the last day: counts
      fu('c', '2025-02-10', '已完成', '2025-04-02'), // done after the period: does not count
      fu('d', '2025-03-01', '进行中'),
      fu('e', '2025-03-01', '已取消'), // excluded
      fu('f', '2025-04-01', '待办'), // due next quarter
      fu('g', '2024-12-31', '待办'), // due last quarter
      fu('h', '2025-02-01', '已完成', null), // no completion date: not counted as completed
      fu('i', '2025-02-01', '待办', null, '2025-02-02T00:00:00Z'), // deleted
    ]
    const r = completionRate(list, '2025Q1')
    expect(r.due.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'h'])
    expect(r.completed.map((f) => f.id)).toEqual(['a', 'b'])
    expect(r.dueCount).toBe(5)
    expect(r.completedCount).toBe(2)
    expect(r.rate).toBe(0.4)
    expect(r.rateText).toBe('40.0%')
  })
  it('is null when nothing is due', () => {
    const r = completionRate([fu('e', '2025-03-01', '已取消')], '2025Q1')
    expect(r.rate).toBeNull()
    expect(r.rateText).toBe('—')
  })
  it('truncates the percentage', () => {
    const list = [fu('a', '2025-01-15', '已完成', '2025-01-20'), fu('b', '2025-01-15', '已完成', '2025-01-20'), fu('c', '2025-01-15')]
    expect(completionRate(list, '2025H1').rateText).toBe('66.6%')
  })
})
