import { describe, expect, it } from 'vitest'
import {
  newestFirst,
  comparePeriods,
  containsDate,
  isPeriodCode,
  listPeriods,
  makePeriodCode,
  monthsIn,
  monthsOf,
  nextPeriod,
  parsePeriod,
  periodLabel,
  periodOf,
  PERIOD_KIND_LABELS,
  PERIOD_KINDS,
  periodRange,
  periodsEndingWith,
  previousPeriod,
  quartersIn,
  requirePeriod,
  shortPeriodLabel,
} from '@shared/domain/period'

describe('parsePeriod', () => {
  it('parses the three kinds', () => {
    expect(parsePeriod('2025Q1')).toEqual({ code: '2025Q1', year: 2025, kind: 'Q', index: 1 })
    expect(parsePeriod('2025H2')).toEqual({ code: '2025H2', year: 2025, kind: 'H', index: 2 })
    expect(parsePeriod('2025Y')).toEqual({ code: '2025Y', year: 2025, kind: 'Y', index: 1 })
  })
  it('rejects anything else', () => {
    for (const bad of ['2025Q5', '2025Q0', '2025H3', '2025', '25Q1', '2025q1', '2025Y1', '2025-Q1', '']) {
      expect(parsePeriod(bad)).toBeNull()
    }
    expect(() => requirePeriod('2025Q5')).toThrow('无效的评估周期：2025Q5')
  })
})

describe('codes and kinds', () => {
  it('isPeriodCode', () => {
    expect(isPeriodCode('2025Q4')).toBe(true)
    expect(isPeriodCode('2025H1')).toBe(true)
    expect(isPeriodCode('2025Y')).toBe(true)
    expect(isPeriodCode('2025Q0')).toBe(false)
    expect(isPeriodCode('2025-03-31')).toBe(false)
  })
  it('makePeriodCode', () => {
    expect(makePeriodCode(2025, 'Q', 3)).toBe('2025Q3')
    expect(makePeriodCode(2025, 'H', 2)).toBe('2025H2')
    expect(makePeriodCode(2025, 'Y')).toBe('2025Y')
    expect(makePeriodCode(2025, 'Y', 4)).toBe('2025Y')
  })
  it('the kinds in picker order, with their names', () => {
    expect(PERIOD_KINDS).toEqual(['Q', 'H', 'Y'])
    expect(PERIOD_KINDS.map((k) => PERIOD_KIND_LABELS[k])).toEqual(['季度', '半年', '年度'])
  })
})

describe('periodLabel', () => {
  it('gives Chinese labels', () => {
    expect(periodLabel('2025Q1')).toBe('2025年第1季度')
    expect(periodLabel('2025Q4')).toBe('2025年第4季度')
    expect(periodLabel('2025H1')).toBe('2025年上半年')
    expect(periodLabel('2025H2')).toBe('2025年下半年')
    expect(periodLabel('2025Y')).toBe('2025年度')
  })
  it('shows text that is not a period code as it is', () => {
    expect(periodLabel('2025Q5')).toBe('2025Q5')
    expect(periodLabel('')).toBe('')
  })
  it('shortPeriodLabel: for chart axes', () => {
    expect(shortPeriodLabel('2025Q1')).toBe('25年Q1')
    expect(shortPeriodLabel('2025H1')).toBe('25年上半年')
    expect(shortPeriodLabel('2025H2')).toBe('25年下半年')
    expect(shortPeriodLabel('2025Y')).toBe('2025年')
    expect(shortPeriodLabel('旧数据')).toBe('旧数据')
  })
})

describe('periodRange', () => {
  it('gives inclusive first and last days', () => {
    expect(periodRange('2025Q1')).toEqual({ start: '2025-01-01', end: '2025-03-31' })
    expect(periodRange('2025Q2')).toEqual({ start: '2025-04-01', end: '2025-06-30' })
    expect(periodRange('2025Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30' })
    expect(periodRange('2025Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31' })
    expect(periodRange('2025H1')).toEqual({ start: '2025-01-01', end: '2025-06-30' })
    expect(periodRange('2025H2')).toEqual({ start: '2025-07-01', end: '2025-12-31' })
    expect(periodRange('2024Y')).toEqual({ start: '2024-01-01', end: '2024-12-31' })
  })
})

describe('months and quarters', () => {
  it('monthsIn', () => {
    expect(monthsIn('2025Q3')).toBe(3)
    expect(monthsIn('2025H2')).toBe(6)
    expect(monthsIn('2025Y')).toBe(12)
  })
  it('quartersIn', () => {
    expect(quartersIn('2025Q3')).toEqual(['2025Q3'])
    expect(quartersIn('2025H1')).toEqual(['2025Q1', '2025Q2'])
    expect(quartersIn('2025H2')).toEqual(['2025Q3', '2025Q4'])
    expect(quartersIn('2025Y')).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4'])
  })
  it('monthsOf', () => {
    expect(monthsOf('2025Q2')).toEqual(['2025-04', '2025-05', '2025-06'])
    expect(monthsOf('2025H2')).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'])
    expect(monthsOf('2025Y')).toHaveLength(12)
  })
})

describe('previous / next', () => {
  it('previousPeriod keeps the kind', () => {
    expect(previousPeriod('2025Q1')).toBe('2024Q4')
    expect(previousPeriod('2025Q3')).toBe('2025Q2')
    expect(previousPeriod('2025H1')).toBe('2024H2')
    expect(previousPeriod('2025H2')).toBe('2025H1')
    expect(previousPeriod('2025Y')).toBe('2024Y')
  })
  it('periodsEndingWith: oldest first, across years', () => {
    expect(periodsEndingWith('2025Q2', 4)).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2'])
    expect(periodsEndingWith('2025H1', 3)).toEqual(['2024H1', '2024H2', '2025H1'])
    expect(periodsEndingWith('2025Y', 2)).toEqual(['2024Y', '2025Y'])
    expect(periodsEndingWith('2025Q1', 1)).toEqual(['2025Q1'])
  })
  it('nextPeriod keeps the kind', () => {
    expect(nextPeriod('2024Q4')).toBe('2025Q1')
    expect(nextPeriod('2025Q1')).toBe('2025Q2')
    expect(nextPeriod('2024H2')).toBe('2025H1')
    expect(nextPeriod('2025Y')).toBe('2026Y')
  })
})

describe('periodOf / containsDate', () => {
  it('periodOf', () => {
    expect(periodOf('2025-03-31', 'Q')).toBe('2025Q1')
    expect(periodOf('2025-04-01', 'Q')).toBe('2025Q2')
    expect(periodOf('2025-12-31', 'Q')).toBe('2025Q4')
    expect(periodOf('2025-06-30', 'H')).toBe('2025H1')
    expect(periodOf('2025-07-01', 'H')).toBe('2025H2')
    expect(periodOf('2025-07-01', 'Y')).toBe('2025Y')
    expect(() => periodOf('2025/07/01', 'Y')).toThrow()
    expect(() => periodOf('2025-02-30', 'Q')).toThrow('日期格式应为 年-月-日：2025-02-30')
  })
  it('containsDate is inclusive at both ends', () => {
    expect(containsDate('2025Q1', '2025-01-01')).toBe(true)
    expect(containsDate('2025Q1', '2025-03-31')).toBe(true)
    expect(containsDate('2025Q1', '2024-12-31')).toBe(false)
    expect(containsDate('2025Q1', '2025-04-01')).toBe(false)
    expect(containsDate('2024H1', '2024-02-29')).toBe(true)
  })
})

describe('listPeriods', () => {
  it('lists periods between dates', () => {
    expect(listPeriods('2024-11-15', '2025-05-02', 'Q')).toEqual(['2024Q4', '2025Q1', '2025Q2'])
    expect(listPeriods('2024-01-01', '2025-12-31', 'H')).toEqual(['2024H1', '2024H2', '2025H1', '2025H2'])
    expect(listPeriods('2023-06-01', '2025-01-01', 'Y')).toEqual(['2023Y', '2024Y', '2025Y'])
    expect(listPeriods('2025-02-01', '2025-02-20', 'Q')).toEqual(['2025Q1'])
  })
  it('accepts period codes as bounds', () => {
    expect(listPeriods('2024H2', '2025H1', 'Q')).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2'])
  })
  it('is empty when from is after to', () => {
    expect(listPeriods('2025-05-01', '2025-01-01', 'Q')).toEqual([])
  })
  it('comparePeriods orders chronologically', () => {
    expect(['2025Q2', '2024Q4', '2025Q1'].sort(comparePeriods)).toEqual(['2024Q4', '2025Q1', '2025Q2'])
  })
})

describe('newestFirst', () => {
  it('orders distinct periods by last day, then first day: a quarter before the half-year and year ending with it', () => {
    expect(newestFirst(['2025Q3', '2025Y', 'junk', '2025H2', '2025Q4', '2026Q1', '2025Q3', '2024Y'])).toEqual([
      '2026Q1',
      '2025Q4',
      '2025H2',
      '2025Y',
      '2025Q3',
      '2024Y',
    ])
    expect(newestFirst([])).toEqual([])
    expect(newestFirst(['2025Q5', ''])).toEqual([])
  })
})
