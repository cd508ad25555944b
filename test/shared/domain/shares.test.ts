import { describe, expect, it } from 'vitest'
import { shareTenths, shareTexts } from '@shared/domain/shares'
import { percentText } from '@shared/domain/ratio'

describe('shares that add up to 100.0%', () => {
  it('the reported column: 16, 16, 3, 4, 5 of 44 sum to 100.0%, where truncating each gave 99.7%', () => {
    const parts = [16, 16, 3, 4, 5]
    expect(parts.map((p) => percentText(p, 44))).toEqual(['36.3%', '36.3%', '6.8%', '9.0%', '11.3%'])
    // 363.6, 363.6, 68.2, 90.9, 113.6 tenths: the three missing tenths go to 90.9 and, of the
    // three remainders of .636, to the larger parts first (16 before 5), then the earlier one.
    expect(shareTenths(parts)).toEqual([364, 364, 68, 91, 113])
    expect(shareTenths(parts).reduce((a, b) => a + b, 0)).toBe(1000)
    expect(shareTexts(parts)).toEqual(['36.4%', '36.4%', '6.8%', '9.1%', '11.3%'])
  })
  it('exact shares stay exact; thirds give the spare tenth to the first', () => {
    expect(shareTenths([1, 1, 2])).toEqual([250, 250, 500])
    expect(shareTenths([1, 1, 1])).toEqual([334, 333, 333])
    expect(shareTenths([7])).toEqual([1000])
  })
  it('zero parts keep 0.0%, and nothing to share gives all zeros', () => {
    expect(shareTexts([1, 0, 2, 0])).toEqual(['33.3%', '0.0%', '66.7%', '0.0%'])
    expect(shareTenths([0, 0])).toEqual([0, 0])
    expect(shareTenths([])).toEqual([])
  })
  it('always sums to 1000 over many partitions', () => {
    for (let total = 1; total <= 60; total++) {
      for (let a = 0; a <= total; a++) {
        const rest = total - a
        const parts = [a, Math.floor(rest / 3), Math.ceil(rest / 3), rest - Math.floor(rest / 3) - Math.ceil(rest / 3)]
        expect(shareTenths(parts).reduce((x, y) => x + y, 0)).toBe(1000)
      }
    }
  })
})
