import { describe, expect, it } from 'vitest'
import { completionRate, daysOverdue, followUpOn, isOverdue, overdueFollowUps, overdueForProject, overdueOn } from '@shared/domain/followups'
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
    expect(g.reasons).toEqual([{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 30 天，颜色由绿色降为蓝色' }])
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

describe('follow-ups on a date', () => {
  const f = (dueDate: string, status: '待办' | '已完成' | '已取消', completedDate: string | null = null) => ({ dueDate, status, completedDate, deletedAt: null })
  it('reopens an item completed after the date', () => {
    expect(followUpOn(f('2025-03-01', '已完成', '2025-05-01'), '2025-04-10').status).toBe('进行中')
    expect(followUpOn(f('2025-03-01', '已完成', '2025-04-10'), '2025-04-10').status).toBe('已完成')
    expect(followUpOn(f('2025-03-01', '已完成', null), '2025-04-10').status).toBe('已完成')
  })
  it('lists what was overdue on the date, most overdue first', () => {
    const list = [
      f('2025-03-20', '待办'),
      f('2025-02-01', '已完成', '2025-05-01'),
      f('2025-01-15', '已取消'),
      f('2025-04-10', '待办'),
      f('2025-03-01', '已完成', '2025-03-02'),
      { ...f('2025-01-01', '待办'), deletedAt: '2025-02-01T00:00:00.000Z' },
    ]
    expect(overdueOn(list, '2025-04-10').map((o) => [o.dueDate, o.daysOverdue])).toEqual([
      ['2025-02-01', 68],
      ['2025-03-20', 21],
    ])
  })
})

describe('the two readings of overdue on a date', () => {
  const f = (id: string, dueDate: string, status: '待办' | '已完成', completedDate: string | null = null) => ({ id, dueDate, status, completedDate, deletedAt: null })
  it('today as recorded: a completion dated later still counts as done; on a past date it was open then', () => {
    const list = [f('a', '2025-04-01', '已完成', '2025-05-20'), f('b', '2025-04-20', '待办')]
    expect(overdueFollowUps(list, '2025-05-10').map((o) => [o.followUp.id, o.daysOverdue])).toEqual([['b', 20]])
    expect(overdueOn(list, '2025-05-10').map((o) => [o.followUp.id, o.daysOverdue])).toEqual([['a', 39], ['b', 20]])
    // The entry keeps the record as it is, not as it stood.
    expect(overdueOn(list, '2025-05-10')[0]!.followUp).toBe(list[0])
  })
})

describe('overdueForProject', () => {
  it("looks at the follow-ups of the project's live sessions held on or before the date", () => {
    const sessions = [
      { id: 's1', date: '2025-01-10', deletedAt: null },
      { id: 's2', date: '2025-04-11', deletedAt: null },
      { id: 's3', date: '2025-01-12', deletedAt: '2025-02-01T00:00:00.000Z' },
    ]
    const fu = (id: string, sessionId: string, dueDate: string) => ({ id, sessionId, dueDate, status: '待办' as const, completedDate: null, deletedAt: null })
    const list = [fu('f1', 's1', '2025-03-01'), fu('f2', 's2', '2025-03-01'), fu('f3', 's3', '2025-03-01'), fu('f4', 's1', '2025-02-01'), fu('f5', 'other', '2025-01-01')]
    expect(overdueForProject(sessions, list, '2025-04-10').map((o) => [o.followUp.id, o.dueDate, o.daysOverdue])).toEqual([
      ['f4', '2025-02-01', 68],
      ['f1', '2025-03-01', 40],
    ])
  })
})
