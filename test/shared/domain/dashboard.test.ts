import { describe, expect, it } from 'vitest'
import {
  buildDashboard,
  chartThresholds,
  latestAssessedPeriod,
  projectDimensions,
  rankingForChart,
  type DashboardAssessmentLike,
  type DashboardProjectLike,
} from '@shared/domain/dashboard'
import { periodsEndingWith, shortPeriodLabel } from '@shared/domain/period'
import { buildDefaultFramework } from '@shared/domain/supervision-index/default-framework'

const fw = { id: 'fw1', ...buildDefaultFramework() }
const CODES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'D4', 'E1', 'E2', 'E3']
const WORKED = [4, 3, 5, 4, 4, 5, 3, 4, 4, 5, 3, 2, 5, 4, 3]
const items = (ratings: number[]) => CODES.map((c, i) => ({ indicatorCode: c, rating: ratings[i] ?? null }))

const project = (id: string, name: string, over: Partial<DashboardProjectLike> = {}): DashboardProjectLike => ({
  id, name, community: '林泉社区', startDate: '2024-01-01', endDate: '2025-12-31', deletedAt: null, ...over,
})
let n = 0
const assessment = (projectId: string, period: string, totalTenths: number | null, colour: DashboardAssessmentLike['colour'], over: Partial<DashboardAssessmentLike> = {}): DashboardAssessmentLike => ({
  id: `a${++n}`,
  projectId,
  period,
  frameworkId: 'fw1',
  status: totalTenths === null ? '草稿' : '已定稿',
  totalTenths,
  colour,
  grade: colour ? { 绿色: '优秀', 蓝色: '良好', 黄色: '合格', 红色: '预警' }[colour] : null,
  dropReasons: [],
  items: items(WORKED),
  updatedAt: '2025-04-10T00:00:00.000Z',
  deletedAt: null,
  ...over,
})

describe('period helpers for charts', () => {
  it('labels and windows', () => {
    expect(shortPeriodLabel('2025Q1')).toBe('25年Q1')
    expect(shortPeriodLabel('2025H2')).toBe('25年下半年')
    expect(shortPeriodLabel('2025Y')).toBe('2025年')
    expect(periodsEndingWith('2025Q2', 4)).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2'])
    expect(periodsEndingWith('2025Y', 2)).toEqual(['2024Y', '2025Y'])
  })
  it('finds the latest assessed period, preferring a quarter to a year ending the same day', () => {
    const rows = [
      { period: '2025Q3', status: '已定稿' as const, deletedAt: null },
      { period: '2025Y', status: '已定稿' as const, deletedAt: null },
      { period: '2025Q4', status: '已定稿' as const, deletedAt: null },
      { period: '2026Q1', status: '草稿' as const, deletedAt: null },
      { period: '2026Q2', status: '已定稿' as const, deletedAt: '2026-07-01T00:00:00.000Z' },
    ]
    expect(latestAssessedPeriod(rows, '2026Q4')).toBe('2025Q4')
    expect(latestAssessedPeriod([], '2026Q4')).toBe('2026Q4')
  })
})

describe('buildDashboard', () => {
  const projects = [
    project('p1', '古街社区助老送餐'),
    project('p2', '林泉社区“共享儿女”'),
    project('p3', '福鼎社区中医理疗'),
    project('p4', '双塔社区非洲鼓文化共融计划'),
    project('p5', '路东社区“安心合伙人”'),
    project('p6', '德化“近邻圩日”'),
    project('p7', '新港山路社区青少年心理辅导', { startDate: '2026-01-01', endDate: '2026-12-31' }),
    project('p8', '已删除项目', { deletedAt: '2025-01-01T00:00:00.000Z' }),
  ]
  const assessments = [
    assessment('p1', '2024Q4', 880, '蓝色'),
    assessment('p1', '2025Q1', 912, '绿色'),
    assessment('p2', '2024Q4', 820, '蓝色'),
    assessment('p2', '2025Q1', 796, '黄色', { dropReasons: [] }),
    assessment('p3', '2025Q1', 796, '红色', { dropReasons: [{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }] }),
    assessment('p4', '2025Q1', 585, '红色'),
    assessment('p5', '2025Q1', null, null),
    assessment('p8', '2025Q1', 900, '绿色'),
  ]
  const data = buildDashboard({ projects, assessments, frameworks: [fw], period: '2025Q1' })

  it('lists projects in rank order, then drafts, then the unassessed', () => {
    expect(data.periodLabel).toBe('2025年第1季度')
    expect(data.previousLabel).toBe('2024年第4季度')
    expect(data.rows.map((r) => [r.rank, r.name, r.totalText, r.colourLabel, r.change.text, r.state])).toEqual([
      [1, '古街社区助老送餐', '91.2', '绿色 优秀', '↑ 3.2', '已定稿'],
      [2, '福鼎社区中医理疗', '79.6', '红色 预警', '—', '已定稿'],
      [2, '林泉社区“共享儿女”', '79.6', '黄色 合格', '↓ 2.4', '已定稿'],
      [4, '双塔社区非洲鼓文化共融计划', '58.5', '红色 预警', '—', '已定稿'],
      [null, '路东社区“安心合伙人”', '—', '草稿（未定稿）', '—', '草稿'],
      [null, '德化“近邻圩日”', '—', '未评估', '—', '未评估'],
    ])
    expect(data.rows.find((r) => r.projectId === 'p3')!.dropReasons).toEqual([{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 30 天，颜色由黄色降为红色' }])
    expect(data.rows.find((r) => r.projectId === 'p5')!.assessmentId).not.toBeNull()
    expect(data.assessedCount).toBe(4)
    expect(data.draftCount).toBe(1)
  })

  it('counts colours, unassessed and drafts together', () => {
    expect(data.counts).toEqual({ 绿色: 1, 蓝色: 0, 黄色: 1, 红色: 2, 未评估: 2, total: 6 })
  })

  it('gives the ranking bars with value and colour name as text', () => {
    expect(data.ranking.map((b) => [b.rank, b.total, b.label])).toEqual([
      [1, 91.2, '91.2 分 · 绿色'],
      [2, 79.6, '79.6 分 · 红色'],
      [2, 79.6, '79.6 分 · 黄色'],
      [4, 58.5, '58.5 分 · 红色'],
    ])
  })

  it('gives dimension percentages for the radar from the framework version scored on', () => {
    const row = data.rows.find((r) => r.projectId === 'p2')!
    expect(row.dimensions.map((d) => [d.name, d.percent, d.percentText, d.scoreText])).toEqual([
      ['需求评估', 70.7, '70.7%', '10.6/15.0'],
      ['项目设计', 86.7, '86.7%', '13.0/15.0'],
      ['服务实施', 84, '84.0%', '21.0/25.0'],
      ['保障机制', 70, '70.0%', '14.0/20.0'],
      ['服务成效', 84, '84.0%', '21.0/25.0'],
    ])
    expect(data.rows.find((r) => r.projectId === 'p5')!.dimensions).toEqual([])
  })

  it('gives one project\'s dimensions alone, as the rows have them, and none without a final assessment', () => {
    const input = { assessments, frameworks: [fw] }
    expect(projectDimensions(input, 'p2', '2025Q1')).toEqual(data.rows.find((r) => r.projectId === 'p2')!.dimensions)
    expect(projectDimensions(input, 'p2', '2025Q1')!.map((d) => d.percentText)).toEqual(['70.7%', '86.7%', '84.0%', '70.0%', '84.0%'])
    expect(projectDimensions(input, 'p5', '2025Q1')).toBeNull()
    expect(projectDimensions(input, 'p6', '2025Q1')).toBeNull()
    expect(projectDimensions({ assessments, frameworks: [] }, 'p2', '2025Q1')).toBeNull()
    // Of duplicates, the final one counts, as on the cards (the later draft is not drawn).
    const dup = [
      assessment('p1', '2025Q1', 912, '绿色', { updatedAt: '2025-04-01T00:00:00.000Z' }),
      assessment('p1', '2025Q1', null, null, { updatedAt: '2025-05-01T00:00:00.000Z', items: items([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) }),
    ]
    expect(projectDimensions({ assessments: dup, frameworks: [fw] }, 'p1', '2025Q1')!.map((d) => d.percentText)).toEqual(['70.7%', '86.7%', '84.0%', '70.0%', '84.0%'])
    const rows = buildDashboard({ projects, assessments, frameworks: [fw], period: '2025Q1', withDimensions: false }).rows
    expect(rows.every((r) => r.dimensions.length === 0)).toBe(true)
  })

  it('draws trends from the first period with data, gaps as null', () => {
    expect(data.trendPeriods).toEqual(['2024Q4', '2025Q1'])
    expect(data.rows[0]!.trend).toEqual([
      { period: '2024Q4', label: '2024年第4季度', shortLabel: '24年Q4', totalTenths: 880, total: 88, totalText: '88.0', colour: '蓝色' },
      { period: '2025Q1', label: '2025年第1季度', shortLabel: '25年Q1', totalTenths: 912, total: 91.2, totalText: '91.2', colour: '绿色' },
    ])
    expect(data.rows.find((r) => r.projectId === 'p4')!.trend.map((t) => t.total)).toEqual([null, 58.5])
  })

  it('prefers the final one of duplicate assessments and ignores deleted ones', () => {
    const dup = buildDashboard({
      projects: [projects[0]!],
      assessments: [
        assessment('p1', '2025Q1', 912, '绿色', { updatedAt: '2025-04-01T00:00:00.000Z' }),
        assessment('p1', '2025Q1', null, null, { updatedAt: '2025-05-01T00:00:00.000Z' }),
        assessment('p1', '2025Q1', 500, '红色', { updatedAt: '2025-06-01T00:00:00.000Z', deletedAt: '2025-06-01T00:00:00.000Z' }),
      ],
      frameworks: [fw],
      period: '2025Q1',
    })
    expect(dup.rows.map((r) => [r.totalText, r.colour])).toEqual([['91.2', '绿色']])
  })

  it('shows an empty period with every overlapping project unassessed', () => {
    const empty = buildDashboard({ projects, assessments: [], frameworks: [fw], period: '2026Q1' })
    expect(empty.rows.map((r) => r.name)).toEqual(['新港山路社区青少年心理辅导'])
    expect(empty.trendPeriods).toEqual(['2026Q1'])
    expect(empty.counts).toEqual({ 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0, 未评估: 1, total: 1 })
  })
})

describe('rankingForChart', () => {
  const bar = (i: number) => ({ projectId: `p${i}`, name: `项目${i}`, rank: i, total: 100 - i, totalText: `${100 - i}.0`, colour: '绿色' as const, label: '' })
  it('keeps every bar up to the limit', () => {
    const r = rankingForChart([1, 2, 3].map(bar), 30)
    expect([r.bars.length, r.shown, r.omitted]).toEqual([3, 3, 0])
  })
  it('shows the top and bottom halves with a gap row beyond it', () => {
    const r = rankingForChart(Array.from({ length: 200 }, (_, i) => bar(i + 1)), 30)
    expect([r.bars.length, r.shown, r.omitted]).toEqual([31, 30, 170])
    expect(r.bars.map((b) => b.name).slice(13, 18)).toEqual(['项目14', '项目15', '…… 中间 170 个项目', '项目186', '项目187'])
    expect(r.bars[15]!.total).toBeNull()
  })
})

describe('chartThresholds (grade lines behind the ranking and trend)', () => {
  const v1 = { id: 'fw1', thresholds: { green: 90, blue: 80, yellow: 60 } }
  const v2 = { id: 'fw2', thresholds: { green: 90, blue: 80, yellow: 60 } }
  const strict = { id: 'fw3', thresholds: { green: 92, blue: 85, yellow: 65 } }
  const current = { green: 95, blue: 85, yellow: 70 }
  const a = (frameworkId: string, status = '已定稿', deletedAt: string | null = null) => ({ frameworkId, status, deletedAt })

  it("uses the assessments' own framework, not the current one", () => {
    expect(chartThresholds([v1, strict], [a('fw1'), a('fw1')], current)).toEqual({ green: 90, blue: 80, yellow: 60 })
  })
  it('treats two framework versions with the same thresholds as one', () => {
    expect(chartThresholds([v1, v2], [a('fw1'), a('fw2')], current)).toEqual({ green: 90, blue: 80, yellow: 60 })
  })
  it('draws no lines when the frameworks disagree', () => {
    expect(chartThresholds([v1, strict], [a('fw1'), a('fw3')], current)).toBeUndefined()
  })
  it('ignores drafts and deleted assessments, and falls back to the current framework when nothing is final', () => {
    expect(chartThresholds([v1, strict], [a('fw1'), a('fw3', '草稿'), a('fw3', '已定稿', '2025-01-01T00:00:00Z')], current)).toEqual(v1.thresholds)
    expect(chartThresholds([v1], [a('fw1', '草稿')], current)).toEqual(current)
    expect(chartThresholds([v1], [], undefined)).toBeUndefined()
  })
})
