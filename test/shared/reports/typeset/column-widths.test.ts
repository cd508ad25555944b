import { describe, expect, it } from 'vitest'
import { resolveColumnWidths } from '../../../../src/shared/reports/typeset/column-widths'

describe('column widths', () => {
  it('keeps the proportions and the exact sum without minima', () => {
    expect(resolveColumnWidths([{ width: { weight: 1 } }, { width: { weight: 3 } }], 8000, 56.7)).toEqual([2000, 6000])
    expect(resolveColumnWidths([{ width: { mm: 20 } }, { width: { weight: 1 } }], 10000, 100)).toEqual([2000, 8000])
  })
  it('widens a column to its minimum, taking the room from those with some to spare', () => {
    // 得分 was 650 twips and needs 900 for "84.6": the two others give in proportion to their slack.
    const w = resolveColumnWidths([{ width: { mm: 6.5 } }, { width: { weight: 1 } }, { width: { weight: 3 } }], 10000, 100, [900, 1000, 1000])
    expect(w.reduce((a, b) => a + b, 0)).toBe(10000)
    expect(w[0]).toBe(900)
    expect(w[1]).toBeGreaterThanOrEqual(1000)
    expect(w[2]! - 1000).toBeGreaterThan(w[1]! - 1000)
  })
  it('scales the minima down together when they alone do not fit', () => {
    expect(resolveColumnWidths([{}, {}], 1000, 1, [1500, 500])).toEqual([750, 250])
  })
})

describe('column widths from the builder\'s proportions', () => {
  const perMm = 1440 / 25.4
  it('shares the width by weight and sums exactly', () => {
    const widths = resolveColumnWidths([{ width: { weight: 1 } }, { width: { weight: 2 } }, {}], 8845, perMm)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845)
    expect(widths[1]).toBeGreaterThan(widths[0]! * 1.9)
  })
  it('keeps millimetre columns and gives the rest to weights', () => {
    const widths = resolveColumnWidths([{ width: { mm: 30 } }, { width: { weight: 1 } }], 8845, perMm)
    expect(widths[0]).toBe(Math.round(30 * perMm))
    expect(widths[0]! + widths[1]!).toBe(8845)
  })
  it('scales millimetre-only columns to the text width', () => {
    const widths = resolveColumnWidths([{ width: { mm: 20 } }, { width: { mm: 20 } }], 8845, perMm)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845)
    expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThanOrEqual(1)
  })
  it('never gives a weighted column zero width when millimetres overflow', () => {
    const widths = resolveColumnWidths([{ width: { mm: 200 } }, { width: { weight: 1 } }], 8845, perMm)
    expect(widths[1]).toBeGreaterThan(0)
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845)
  })
})
