import { describe, expect, it } from 'vitest'
import { buildDefaultFramework, DEFAULT_FRAMEWORK_LINEAGE_ID } from '@shared/domain/supervision-index/default-framework'
import {
  computeScores,
  formatHundredths,
  formatTenths,
  indicatorScoreTenths,
  missingRatingsText,
  validateFrameworkWeights,
  weightsTotal,
} from '@shared/domain/supervision-index/scoring'
import { frameworkInputSchema } from '@shared/model/framework'
import { RATING_LABELS } from '@shared/model/constants'

const WORKED_EXAMPLE = {
  A1: 4, A2: 3, B1: 5, B2: 4, B3: 4, C1: 5, C2: 3, C3: 4, D1: 4, D2: 5, D3: 3, D4: 2, E1: 5, E2: 4, E3: 3,
}

describe('default framework', () => {
  const fw = buildDefaultFramework()

  it('has the structure and weights of docs/domain.md', () => {
    expect(fw.name).toBe('社工督导指数（"12345"参考模板）')
    expect(fw.version).toBe(1)
    expect(fw.isTemplate).toBe(true)
    expect(fw.frozen).toBe(0)
    expect(fw.lineageId).toBe(DEFAULT_FRAMEWORK_LINEAGE_ID)
    expect(buildDefaultFramework('lin-1').lineageId).toBe('lin-1')
    expect(fw.thresholds).toEqual({ green: 90, blue: 80, yellow: 60 })
    expect(fw.dimensions.map((d) => `${d.code} ${d.name}`)).toEqual([
      'A 需求评估', 'B 项目设计', 'C 服务实施', 'D 保障机制', 'E 服务成效',
    ])
    const rows = fw.dimensions.flatMap((d) => d.indicators.map((i) => `${i.code} ${i.name} ${i.weight}`))
    expect(rows).toEqual([
      'A1 需求调研 8', 'A2 需求动态更新 7',
      'B1 目标与指标 5', 'B2 方案专业性 5', 'B3 资源整合/五社联动 5',
      'C1 计划完成 10', 'C2 过程规范 5', 'C3 社工引领志愿者 10',
      'D1 组织保障 5', 'D2 人才保障 5', 'D3 质量保障 5', 'D4 激励保障 5',
      'E1 服务对象满意度 10', 'E2 诉求办结 10', 'E3 可持续与品牌 5',
    ])
    const dimWeights = fw.dimensions.map((d) => d.indicators.reduce((s, i) => s + i.weight, 0))
    expect(dimWeights).toEqual([15, 15, 25, 20, 25])
    expect(weightsTotal(fw)).toBe(100)
    expect(validateFrameworkWeights(fw)).toBeNull()
  })

  it('marks the data-backed indicators', () => {
    const sources = fw.dimensions.flatMap((d) => d.indicators.filter((i) => i.dataSource).map((i) => [i.code, i.dataSource]))
    expect(sources).toEqual([['A1', 'A1'], ['A2', 'A2'], ['C1', 'C1'], ['C2', 'C2'], ['C3', 'C3'], ['D2', 'D2'], ['D3', 'D3'], ['E1', 'E1'], ['E2', 'E2']])
  })

  it('has a rubric for levels 0..5 of every indicator and passes the model schema', () => {
    expect(RATING_LABELS[0]).toBe('未开展')
    for (const d of fw.dimensions) {
      for (const i of d.indicators) {
        expect(i.rubric).toHaveLength(6)
        expect(i.rubric[0]).toMatch(/^未开展相关工作/)
        for (const text of i.rubric) expect(text.length).toBeGreaterThan(5)
        expect(new Set(i.rubric).size).toBe(6)
        expect(i.description.length).toBeGreaterThan(0)
      }
    }
    expect(fw.dimensions[0]!.indicators[0]!.description).toBe('通过问卷、走访、热线等多渠道收集需求并形成需求清单；建议评分参考本期收集需求条数和以“需求评估”为议题的督导')
    expect(fw.dimensions[2]!.indicators[0]!.rubric[5]).toContain('100%')
    expect(frameworkInputSchema.safeParse(fw).success).toBe(true)
  })

  it('returns a fresh object each time', () => {
    const a = buildDefaultFramework()
    a.dimensions[0]!.indicators[0]!.weight = 99
    a.thresholds.green = 1
    expect(buildDefaultFramework().dimensions[0]!.indicators[0]!.weight).toBe(8)
    expect(buildDefaultFramework().thresholds.green).toBe(90)
  })
})

describe('indicatorScoreTenths / formatTenths', () => {
  it('is weight × rating / 5 in tenths', () => {
    expect(indicatorScoreTenths(8, 4)).toBe(64)
    expect(indicatorScoreTenths(7, 3)).toBe(42)
    expect(indicatorScoreTenths(10, 5)).toBe(100)
    expect(indicatorScoreTenths(5, 2)).toBe(20)
    expect(indicatorScoreTenths(5, 0)).toBe(0)
    expect(indicatorScoreTenths(7, 1)).toBe(14)
    expect(indicatorScoreTenths(7.5, 3)).toBe(45)
    expect(indicatorScoreTenths(0.25, 1)).toBe(1) // 0.05 → rounds half up to 0.1
    expect(indicatorScoreTenths(3.33, 1)).toBe(7) // 0.666 → 0.7
  })
  it('refuses ratings outside 0..5', () => {
    expect(() => indicatorScoreTenths(8, 6)).toThrow('评分须为 0–5 的整数')
    expect(() => indicatorScoreTenths(8, 2.5)).toThrow()
  })
  it('formats tenths', () => {
    expect(formatTenths(797)).toBe('79.7')
    expect(formatTenths(800)).toBe('80.0')
    expect(formatTenths(5)).toBe('0.5')
    expect(formatTenths(0)).toBe('0.0')
    expect(formatTenths(1000)).toBe('100.0')
    expect(formatTenths(-32)).toBe('-3.2')
  })
  it('formats hundredths', () => {
    expect(formatHundredths(9900)).toBe('99')
    expect(formatHundredths(9950)).toBe('99.5')
    expect(formatHundredths(10025)).toBe('100.25')
  })
})

describe('computeScores', () => {
  const fw = buildDefaultFramework()

  it('reproduces the worked example of docs/domain.md: 79.6', () => {
    const r = computeScores(fw, WORKED_EXAMPLE)
    expect(r.totalTenths).toBe(796)
    expect(r.totalText).toBe('79.6')
    expect(r.maxTenths).toBe(1000)
    expect(r.complete).toBe(true)
    expect(r.missing).toEqual([])
    expect(r.indicators.map((i) => i.scoreTenths)).toEqual([64, 42, 50, 40, 40, 100, 30, 80, 40, 50, 30, 20, 100, 80, 30])
    expect(r.dimensions.map((d) => [d.code, d.weight, d.scoreTenths, d.percentTenths, d.percentText])).toEqual([
      ['A', 15, 106, 707, '70.7%'], // 10.6 / 15 = 70.67%
      ['B', 15, 130, 867, '86.7%'], // 13 / 15 = 86.67%
      ['C', 25, 210, 840, '84.0%'],
      ['D', 20, 140, 700, '70.0%'],
      ['E', 25, 210, 840, '84.0%'],
    ])
  })

  it('accepts assessment items as well as a map', () => {
    const items = Object.entries(WORKED_EXAMPLE).map(([indicatorCode, rating]) => ({ indicatorCode, rating }))
    expect(computeScores(fw, items).totalTenths).toBe(796)
    expect(computeScores(fw.dimensions, items).totalTenths).toBe(796)
  })

  it('treats missing ratings as 0 and reports them', () => {
    const r = computeScores(fw, { ...WORKED_EXAMPLE, A1: null, E3: undefined })
    expect(r.totalTenths).toBe(796 - 64 - 30)
    expect(r.missing).toEqual(['A1', 'E3'])
    expect(r.complete).toBe(false)
    expect(r.indicators[0]!.rating).toBeNull()
    expect(missingRatingsText(r)).toBe('尚有 2 项指标未评分：A1、E3')
    expect(missingRatingsText(computeScores(fw, WORKED_EXAMPLE))).toBeNull()
  })

  it('reports no ratings as all missing with total 0', () => {
    const r = computeScores(fw, {})
    expect(r.totalTenths).toBe(0)
    expect(r.missing).toHaveLength(15)
  })

  it('lists ratings for unknown codes without counting them', () => {
    const r = computeScores(fw, { ...WORKED_EXAMPLE, Z9: 5 })
    expect(r.totalTenths).toBe(796)
    expect(r.unknown).toEqual(['Z9'])
  })

  it('all 5 → 100.0 and all 0 → 0.0', () => {
    const codes = Object.keys(WORKED_EXAMPLE)
    expect(computeScores(fw, Object.fromEntries(codes.map((c) => [c, 5]))).totalText).toBe('100.0')
    expect(computeScores(fw, Object.fromEntries(codes.map((c) => [c, 0]))).totalText).toBe('0.0')
  })

  it('has no floating drift with decimal weights', () => {
    const dims = [
      { code: 'X', name: 'X', indicators: [{ code: 'X1', name: 'a', weight: 33.3 }, { code: 'X2', name: 'b', weight: 33.3 }] },
      { code: 'Y', name: 'Y', indicators: [{ code: 'Y1', name: 'c', weight: 33.4 }] },
    ]
    expect(weightsTotal(dims)).toBe(100)
    expect(validateFrameworkWeights(dims)).toBeNull()
    const r = computeScores(dims, { X1: 5, X2: 5, Y1: 5 })
    expect(r.totalTenths).toBe(1000)
  })
})

describe('validateFrameworkWeights', () => {
  it('refuses a total of 99', () => {
    const fw = buildDefaultFramework()
    fw.dimensions[0]!.indicators[0]!.weight = 7
    expect(weightsTotal(fw)).toBe(99)
    expect(validateFrameworkWeights(fw)).toBe('权重合计须为 100，当前为 99')
  })
  it('refuses 101 and 99.5', () => {
    const fw = buildDefaultFramework()
    fw.dimensions[0]!.indicators[0]!.weight = 9
    expect(validateFrameworkWeights(fw)).toBe('权重合计须为 100，当前为 101')
    fw.dimensions[0]!.indicators[0]!.weight = 7.5
    expect(validateFrameworkWeights(fw)).toBe('权重合计须为 100，当前为 99.5')
  })
})
