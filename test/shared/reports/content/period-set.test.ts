import { describe, expect, it } from 'vitest'
import { periodSetCounts, periodSetFileName, periodSetNote, periodSetPlan, type PeriodSetInput } from '../../../../src/shared/reports/content/period-set'

const project = (id: string, name: string, startDate = '2025-01-01', endDate = '2026-12-31', deletedAt: string | null = null) => ({ id, name, startDate, endDate, deletedAt })
const assessment = (projectId: string, status: '草稿' | '已定稿', period = '2025Q2', updatedAt = '2025-07-01T00:00:00Z') => ({ projectId, period, status, updatedAt, deletedAt: null })
const session = (id: string, date: string, superviseeIds: string[], deletedAt: string | null = null) => ({ id, date, superviseeIds, deletedAt })

const input: PeriodSetInput = {
  period: '2025Q2',
  projects: [
    project('p1', '古街社区助老送餐服务项目'),
    project('p2', '德化“近邻圩日”志愿服务项目'),
    project('p3', '新港山路社区“青少年心理辅导”项目'),
    project('p4', '林泉社区“共享儿女”'),
    project('p5', '已结项的项目', '2024-01-01', '2025-03-31'),
    project('p6', '回收站里的项目', '2025-01-01', '2026-12-31', '2025-06-01T00:00:00Z'),
  ],
  assessments: [
    assessment('p1', '已定稿'),
    assessment('p2', '草稿'),
    // A merge left a draft beside p4's final: the final counts.
    assessment('p4', '草稿', '2025Q2', '2025-07-09T00:00:00Z'),
    assessment('p4', '已定稿'),
    assessment('p3', '已定稿', '2025Q1'),
    assessment('p5', '已定稿', '2025Q1'),
  ],
  persons: [
    { id: 'a', name: '谢国铭' },
    { id: 'b', name: '李若鹏' },
    { id: 'c', name: '陈佳' },
    { id: 'd', name: '从未被督导' },
    { id: 'e', name: '已删除', deletedAt: '2025-05-01T00:00:00Z' },
  ],
  sessions: [
    session('s1', '2025-04-08', ['a']),
    session('s2', '2025-05-12', ['a', 'b', 'e']),
    session('s3', '2025-03-18', ['c']),
    session('s4', '2025-06-01', ['c'], '2025-06-02T00:00:00Z'),
  ],
}

describe('the set of a period’s reports', () => {
  it('holds the finally assessed projects, the summary and the supervised people’s archives, and says what is missing and why', () => {
    const plan = periodSetPlan(input)
    expect(plan.items).toEqual([
      { kind: 'project', projectId: 'p1', name: '古街社区助老送餐服务项目' },
      { kind: 'project', projectId: 'p4', name: '林泉社区“共享儿女”' },
      { kind: 'studio' },
      { kind: 'archive', personId: 'b', name: '李若鹏' },
      { kind: 'archive', personId: 'a', name: '谢国铭' },
    ])
    expect(plan.gaps).toEqual([
      { reason: '1 个项目尚未定稿评估', names: ['德化“近邻圩日”志愿服务项目'] },
      { reason: '1 个项目本期尚未评估', names: ['新港山路社区“青少年心理辅导”项目'] },
      // 陈佳's only session this quarter is in the 回收站; 从未被督导 was never supervised at all.
      { reason: '1 名被督导者本期未接受督导，未生成档案', names: ['陈佳'] },
    ])
    expect(periodSetCounts(plan.items)).toBe('项目评估报告 2 份、工作总结 1 份、督导档案 2 份')
  })

  it('with nothing assessed and no sessions: only the summary, and every project named as unassessed', () => {
    const plan = periodSetPlan({ ...input, period: '2026Q3', assessments: [], sessions: [] })
    expect(plan.items).toEqual([{ kind: 'studio' }])
    expect(plan.gaps).toEqual([
      { reason: '4 个项目本期尚未评估', names: ['德化“近邻圩日”志愿服务项目', '古街社区助老送餐服务项目', '林泉社区“共享儿女”', '新港山路社区“青少年心理辅导”项目'] },
    ])
  })

  it('names the zip after the period and writes a note of what it holds and lacks', () => {
    expect(periodSetFileName('2025年第2季度')).toBe('督导报告_2025年第2季度.zip')
    const note = periodSetNote('2025年第2季度', ['a.docx', 'b.docx'], [{ reason: '1 个项目尚未定稿评估', names: ['德化'] }], ['指数排名'])
    expect(note.split('\r\n')).toEqual([
      '2025年第2季度督导报告，共 2 份：',
      '  a.docx',
      '  b.docx',
      '',
      '未生成的报告：',
      '  1 个项目尚未定稿评估：德化',
      '',
      '未能生成、报告中已略去的图表：',
      '  指数排名',
      '',
    ])
  })
})
