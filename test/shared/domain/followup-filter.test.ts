import { describe, expect, it } from 'vitest'
import { compareFollowUps, matchesFollowUp, weekRange, type FollowUpRowLike } from '@shared/domain/followup-filter'

const TODAY = '2025-07-16' // a Wednesday

function f(id: string, over: Partial<FollowUpRowLike>): FollowUpRowLike {
  return { id, ownerId: 'p-li', content: '', completionNote: '', dueDate: '2025-07-20', status: '待办', completedDate: null, deletedAt: null, ...over }
}

const items = [
  f('a', { dueDate: '2025-07-10', status: '待办', content: '联系楼长安排入户' }),
  f('b', { dueDate: '2025-07-15', status: '进行中', ownerId: 'p-wang', content: '整理送餐排班表' }),
  f('c', { dueDate: '2025-07-16', status: '待办', content: '提交个案评估报告' }),
  f('d', { dueDate: '2025-07-20', status: '待办', ownerId: 'p-wang', content: '组织志愿者培训' }),
  f('e', { dueDate: '2025-07-21', status: '待办', content: '回访服务对象' }),
  f('g', { dueDate: '2025-07-01', status: '已完成', completedDate: '2025-07-02', completionNote: '已与楼长面谈', content: '约见楼长' }),
  f('h', { dueDate: '2025-06-30', status: '已取消', content: '申请场地' }),
]
const ids = (filter: Parameters<typeof matchesFollowUp>[1], codes: Record<string, string> = {}) =>
  items.filter((x) => matchesFollowUp(x, filter, TODAY, codes[x.id] ?? '')).map((x) => x.id)

describe('follow-up filter', () => {
  it('a week runs Monday to Sunday', () => {
    expect(weekRange('2025-07-16')).toEqual({ start: '2025-07-14', end: '2025-07-20' })
    expect(weekRange('2025-07-14')).toEqual({ start: '2025-07-14', end: '2025-07-20' })
    expect(weekRange('2025-07-20')).toEqual({ start: '2025-07-14', end: '2025-07-20' })
    expect(weekRange('2025-01-01')).toEqual({ start: '2024-12-30', end: '2025-01-05' })
  })

  it('overdue = open and due before today (due today is not overdue)', () => {
    expect(ids({ due: 'overdue' })).toEqual(['a', 'b'])
  })

  it('due this week, whatever the status', () => {
    expect(ids({ due: 'week' })).toEqual(['b', 'c', 'd'])
  })

  it('due within a date range, inclusive', () => {
    expect(ids({ due: 'range', from: '2025-07-15', to: '2025-07-20' })).toEqual(['b', 'c', 'd'])
    expect(ids({ due: 'range', from: '2025-07-21' })).toEqual(['e'])
    expect(ids({ due: 'range' })).toEqual(['a', 'b', 'c', 'd', 'e', 'g', 'h'])
  })

  it('by status, with 未完成 = 待办 or 进行中', () => {
    expect(ids({ status: '未完成' })).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(ids({ status: '进行中' })).toEqual(['b'])
    expect(ids({ status: '已完成' })).toEqual(['g'])
    expect(ids({ status: '已取消' })).toEqual(['h'])
  })

  it('by owner, combined with the rest', () => {
    expect(ids({ ownerId: 'p-wang' })).toEqual(['b', 'd'])
    expect(ids({ ownerId: 'p-wang', due: 'overdue' })).toEqual(['b'])
    expect(ids({ ownerId: 'p-li', due: 'week', status: '未完成' })).toEqual(['c'])
  })

  it('searches 内容, 完成说明 and the session 编号', () => {
    expect(ids({ query: '楼长' })).toEqual(['a', 'g'])
    expect(ids({ query: '面谈' })).toEqual(['g'])
    expect(ids({ query: 'dd-2025-0007' }, { e: 'DD-2025-0007' })).toEqual(['e'])
  })

  it('a completed item leaves the overdue filter', () => {
    const a = items[0]!
    expect(matchesFollowUp(a, { due: 'overdue' }, TODAY)).toBe(true)
    expect(matchesFollowUp({ ...a, status: '已完成', completedDate: TODAY }, { due: 'overdue' }, TODAY)).toBe(false)
  })

  it('orders open items first, earliest due first', () => {
    const sorted = [...items].reverse().sort((x, y) => compareFollowUps(x, y))
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'h', 'g'])
  })

  it('same 期限: by the session 编号, then id', () => {
    const x = f('x', { dueDate: '2025-07-20' })
    const y = f('y', { dueDate: '2025-07-20' })
    expect(compareFollowUps(x, y, 'DD-2025-0002', 'DD-2025-0001')).toBe(1)
    expect(compareFollowUps(x, y, 'DD-2025-0001', 'DD-2025-0001')).toBe(-1)
    expect(compareFollowUps(y, x)).toBe(1)
  })
})
