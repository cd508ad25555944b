import { describe, expect, it } from 'vitest'
import { districtBoard, rankStudios, studioPeriodFigures, studiosBelowTarget, studiosWithoutPlan, studioTrend } from '@shared/domain/district'
import { project, rollup } from './rollup-fixture'

const s = (count: number, minutes: number) => ({ count, minutes, byMode: [], byFunction: [], byMonth: [] })
const plan = (plannedTenths: number, heldTowardPlanTenths: number, behind: number) => ({
  agreements: 2,
  plannedTenths,
  heldTowardPlanTenths,
  completionTenths: plannedTenths ? Math.floor((heldTowardPlanTenths * 1000) / plannedTenths) : null,
  behind,
})

const docs = [
  rollup('linquan', '林泉工作室', '2026Q1', { sessions: s(12, 1080), projects: [project('a', 'A', 900, '绿色')], plan: plan(240, 200, 2) }),
  rollup('linquan', '林泉工作室', '2025Q4', { sessions: s(8, 600), projects: [project('a', 'A', 850, '蓝色')] }),
  rollup('fuding', '福鼎工作室', '2026Q1', { sessions: s(5, 1080), projects: [project('b', 'B', 700, '黄色'), project('c', 'C', 801, '蓝色')], plan: plan(60, 60, 0) }),
  rollup('guji', '古街工作室', '2026Q1', { sessions: s(20, 900), plan: plan(100, 100, 1) }),
  rollup('guji', '古街工作室', '2026H1', { sessions: s(40, 1800) }),
].map(studioPeriodFigures)

describe('the 区级看板 grid', () => {
  it('lists the periods of the kind oldest first and every granted studio, one that sent nothing too', () => {
    const board = districtBoard(docs, 'Q', ['linquan', 'fuding', 'guji', 'shanhai'])
    expect(board.periods).toEqual(['2025Q4', '2026Q1'])
    expect(board.studios.map((x) => x.code)).toEqual(['fuding', 'guji', 'linquan', 'shanhai'])
    expect(board.studios.at(-1)).toEqual({ code: 'shanhai', name: 'shanhai' })
    expect(board.cell('linquan', '2025Q4')?.sessions).toBe(8)
    expect(board.cell('fuding', '2025Q4')).toBeNull()
  })

  it('leaves out a studio no longer granted', () => {
    expect(districtBoard(docs, 'Q', ['linquan']).studios.map((x) => x.code)).toEqual(['linquan'])
  })

  it('draws a studio’s trend with a gap where it sent nothing', () => {
    const board = districtBoard(docs, 'Q', null)
    expect(studioTrend(board, 'fuding')).toEqual([
      { period: '2025Q4', sessions: null, minutes: null, superviseesCovered: null, meanTotalTenths: null, red: null, overdue: null },
      { period: '2026Q1', sessions: 5, minutes: 1080, superviseesCovered: 0, meanTotalTenths: 751, red: 0, overdue: 0 },
    ])
  })
})

describe('ranking the studios of a period', () => {
  const q1 = docs.filter((f) => f.period === '2026Q1')

  it('shares a rank between equal figures and skips the next', () => {
    expect(rankStudios(q1, 'minutes').map((r) => [r.rank, r.figures.studioCode, r.value])).toEqual([
      [1, 'fuding', 1080],
      [1, 'linquan', 1080],
      [3, 'guji', 900],
    ])
  })

  it('puts a studio without the figure last, unranked', () => {
    expect(rankStudios(q1, 'index').map((r) => [r.rank, r.figures.studioCode, r.value])).toEqual([
      [1, 'linquan', 900],
      [2, 'fuding', 751],
      [null, 'guji', null],
    ])
  })
})

describe('studios below their supervision targets', () => {
  it('names those under 100% or with supervisees behind, the furthest below first', () => {
    const q1 = docs.filter((f) => f.period === '2026Q1')
    expect(studiosBelowTarget(q1).map((b) => [b.figures.studioCode, b.reason])).toEqual([
      ['linquan', '按计划完成率 83.3%（计划 24.0 次，完成 20.0 次）；2 名被督导者低于计划'],
      ['guji', '按计划完成率 100.0%（计划 10.0 次，完成 10.0 次）；1 名被督导者低于计划'],
    ])
  })

  it('sets no target for a studio without a plan', () => {
    expect(studiosWithoutPlan(docs).map((f) => `${f.studioCode} ${f.period}`)).toEqual(['linquan 2025Q4', 'guji 2026H1'])
  })
})
