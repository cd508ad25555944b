import { describe, expect, it } from 'vitest'
import { colourCounts, compareTotals, compareWithPrevious, deltaText, rankProjects } from '@shared/domain/supervision-index/compare'

describe('change vs previous period', () => {
  it('formats deltas', () => {
    expect(deltaText(32)).toBe('↑ 3.2')
    expect(deltaText(-15)).toBe('↓ 1.5')
    expect(deltaText(0)).toBe('→ 0.0')
    expect(deltaText(100)).toBe('↑ 10.0')
  })
  it('compares totals', () => {
    expect(compareTotals(796, 764)).toEqual({ deltaTenths: 32, direction: 'up', text: '↑ 3.2' })
    expect(compareTotals(764, 796)).toEqual({ deltaTenths: -32, direction: 'down', text: '↓ 3.2' })
    expect(compareTotals(800, 800)).toEqual({ deltaTenths: 0, direction: 'same', text: '→ 0.0' })
    expect(compareTotals(800, null)).toEqual({ deltaTenths: null, direction: null, text: '—' })
  })
  it('finds the previous period of the same kind', () => {
    const totals = { '2024Q4': 764, '2025Q1': 796, '2024H2': 810, '2025H1': 802 }
    expect(compareWithPrevious(totals, '2025Q1')).toEqual({ deltaTenths: 32, direction: 'up', text: '↑ 3.2', previousPeriod: '2024Q4' })
    expect(compareWithPrevious(new Map(Object.entries(totals)), '2025H1').text).toBe('↓ 0.8')
    expect(compareWithPrevious(totals, '2025Q2')).toEqual({ deltaTenths: null, direction: null, text: '—', previousPeriod: '2025Q1' })
    expect(compareWithPrevious(totals, '2024Q4').text).toBe('—')
  })
})

describe('rankProjects', () => {
  it('ranks by total, ties share a rank and are ordered by pinyin name', () => {
    const ranked = rankProjects([
      { name: '林泉社区“共享儿女”', totalTenths: 812 },
      { name: '古街社区助老送餐', totalTenths: 905 },
      { name: '福鼎社区中医理疗', totalTenths: 812 },
      { name: '双塔社区非洲鼓文化共融计划', totalTenths: 598 },
      { name: '路东社区“安心合伙人”', totalTenths: null },
      { name: '德化“近邻圩日”', totalTenths: 812 },
    ])
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, '古街社区助老送餐'],
      [2, '德化“近邻圩日”'],
      [2, '福鼎社区中医理疗'],
      [2, '林泉社区“共享儿女”'],
      [5, '双塔社区非洲鼓文化共融计划'],
      [null, '路东社区“安心合伙人”'],
    ])
  })
  it('keeps extra fields and does not mutate the input', () => {
    const input = [{ name: 'b', totalTenths: 1, id: 'x' }, { name: 'a', totalTenths: 2, id: 'y' }]
    const ranked = rankProjects(input)
    expect(ranked[0]).toEqual({ name: 'a', totalTenths: 2, id: 'y', rank: 1 })
    expect(input[0]!.name).toBe('b')
  })
})

describe('colourCounts', () => {
  it('counts each colour and the unassessed', () => {
    expect(colourCounts(['绿色', '蓝色', '蓝色', '黄色', '红色', null, undefined, '蓝色'])).toEqual({
      绿色: 1, 蓝色: 3, 黄色: 1, 红色: 1, 未评估: 2, total: 8,
    })
    expect(colourCounts([])).toEqual({ 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0, 未评估: 0, total: 0 })
  })
})
