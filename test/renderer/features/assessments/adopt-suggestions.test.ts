import { describe, expect, it } from 'vitest'
import { frameworkIndicators } from '@shared/domain/supervision-index/assessment-rules'
import { buildDefaultFramework } from '@shared/domain/supervision-index/default-framework'
import type { DataSource, Suggestion } from '@shared/model'
import { adoptSuggestions, carryOverRatings, suggestedCount } from '@renderer/features/assessments/adopt-suggestions'

const indicators = frameworkIndicators(buildDefaultFramework())
const s = (rating: number): Suggestion => ({ rating, value: null, figures: `建议 ${rating}` })
const suggestions: Partial<Record<DataSource, Suggestion | null>> = { A1: s(4), A2: s(3), C1: s(2), C2: null, C3: s(5), D2: s(0), D3: s(1), E1: s(5), E2: s(3) }
const empty = () => indicators.map((i) => ({ indicatorCode: i.code, rating: null as number | null, basis: '' }))

describe('采用建议', () => {
  it('fills every suggested rating and leaves the rest unrated', () => {
    const r = adoptSuggestions(empty(), indicators, suggestions)
    expect(r.adopted).toBe(8)
    expect(r.kept).toEqual([])
    expect(Object.fromEntries(r.items.map((i) => [i.indicatorCode, i.rating]))).toEqual({
      A1: 4, A2: 3, B1: null, B2: null, B3: null, C1: 2, C2: null, C3: 5, D1: null, D2: 0, D3: 1, D4: null, E1: 5, E2: 3, E3: null,
    })
  })
  it('one dimension only, when asked', () => {
    const r = adoptSuggestions(empty(), indicators, suggestions, 'D')
    expect(r.adopted).toBe(2)
    expect(r.items.filter((i) => i.rating !== null).map((i) => i.indicatorCode)).toEqual(['D2', 'D3'])
  })
  it('keeps a different rating the assessor explained; overrides one without a reason', () => {
    const items = empty()
    items[5] = { indicatorCode: 'C1', rating: 4, basis: '现场核实活动记录，统计漏报 3 场' }
    items[0] = { indicatorCode: 'A1', rating: 2, basis: '  ' }
    const r = adoptSuggestions(items, indicators, suggestions)
    expect(r.kept).toEqual(['C1'])
    expect(r.items[5]).toEqual({ indicatorCode: 'C1', rating: 4, basis: '现场核实活动记录，统计漏报 3 场' })
    expect(r.items[0]!.rating).toBe(4)
    expect(r.adopted).toBe(7)
  })
  it('counts the suggestions there are', () => {
    expect(suggestedCount(indicators, suggestions)).toBe(8)
    expect(suggestedCount(indicators, suggestions, 'C')).toBe(2)
    expect(suggestedCount(indicators, {}, 'C')).toBe(0)
  })
})

describe('沿用上期评分', () => {
  const previous = indicators.map((i, n) => ({ indicatorCode: i.code, rating: n % 6, basis: `上期 ${i.code}` }))
  it('fills only unrated indicators without a data source, with last period\'s rating and 评分依据', () => {
    const items = empty()
    items[2] = { indicatorCode: 'B1', rating: 5, basis: '' } // rated this period: stays
    const r = carryOverRatings(items, indicators, previous)
    expect(r.carried).toEqual(['B2', 'B3', 'D1', 'D4', 'E3'])
    expect(r.items.find((i) => i.indicatorCode === 'B2')).toEqual({ indicatorCode: 'B2', rating: 3, basis: '上期 B2' })
    expect(r.items.find((i) => i.indicatorCode === 'B1')).toEqual({ indicatorCode: 'B1', rating: 5, basis: '' })
    // Data-backed ones never take an old rating, even without a suggestion this period.
    expect(r.items.find((i) => i.indicatorCode === 'D3')!.rating).toBeNull()
    expect(r.items.find((i) => i.indicatorCode === 'A1')!.rating).toBeNull()
  })
  it('keeps a 评分依据 already typed, and skips what last period left unrated', () => {
    const items = empty()
    items[3] = { indicatorCode: 'B2', rating: null, basis: '本期方案已修订' }
    const prev = previous.map((p) => (p.indicatorCode === 'E3' ? { ...p, rating: null } : p))
    const r = carryOverRatings(items, indicators, prev)
    expect(r.items[3]).toEqual({ indicatorCode: 'B2', rating: 3, basis: '本期方案已修订' })
    expect(r.carried).not.toContain('E3')
  })
})
