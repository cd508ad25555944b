import { describe, expect, it } from 'vitest'
import { anchorAt, axisAngle, band, gappedPath, linear, plotBox, pointX, polar, polygonPath, splitPeriodLabel, textWidth, trendLabelLayout } from '@renderer/charts/geometry'

describe('chart geometry', () => {
  it('plotBox takes the insets off the chart', () => {
    expect(plotBox(400, 290, { top: 24, right: 40, bottom: 12, left: 40 })).toEqual({ left: 40, top: 24, width: 320, height: 254 })
    expect(plotBox(50, 20, { top: 24, right: 40, bottom: 12, left: 40 })).toEqual({ left: 40, top: 24, width: 0, height: 0 })
  })

  it('linear maps a domain onto a range, reversed ranges included', () => {
    expect(linear(0, 100, 208, 988)(85)).toBe(871)
    expect(linear(0, 100, 184, 26)(50)).toBe(105)
    expect(linear(5, 5, 10, 20)(7)).toBe(10)
  })

  it('band splits rows evenly and keeps the gap on either side', () => {
    // 31 rows of 28 px from y = 24: row 2 starts at 80; the bar is 20 px high, centred at 94.
    expect(band(2, 31, 24, 868, 4)).toEqual({ start: 84, size: 20, centre: 94 })
    expect(band(0, 0, 24, 100, 4)).toEqual({ start: 28, size: 0, centre: 24 })
  })

  it('pointX spreads points over the axis inside the padding; one point sits in the middle', () => {
    expect([0, 1, 2].map((i) => pointX(i, 3, 36, 308, 24))).toEqual([60, 190, 320])
    expect(pointX(0, 1, 36, 308, 24)).toBe(190)
  })

  it('polar and axisAngle: the first axis at 12 o’clock, the next clockwise', () => {
    expect(axisAngle(0, 5)).toBe(90)
    expect(axisAngle(1, 5)).toBe(18)
    const top = polar(100, 100, 50, 90)
    expect(top.x).toBeCloseTo(100, 10)
    expect(top.y).toBeCloseTo(50, 10)
    const right = polar(100, 100, 50, 0)
    expect(right).toEqual({ x: 150, y: 100 })
    expect(anchorAt(90)).toBe('middle')
    expect(anchorAt(18)).toBe('start')
    expect(anchorAt(-198)).toBe('end')
  })

  it('gappedPath breaks the line at missing values', () => {
    expect(gappedPath([{ x: 10, y: 20 }, { x: 30, y: 40.123 }, null, { x: 70, y: 10 }])).toBe('M10 20L30 40.12M70 10')
    expect(gappedPath([null, null])).toBe('')
  })

  it('polygonPath closes the shape', () => {
    expect(polygonPath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 8.6666 }])).toBe('M0 0L10 0L5 8.67Z')
    expect(polygonPath([])).toBe('')
  })
})

describe('trend labels', () => {
  const quarters = ['24年Q1', '24年Q2', '24年Q3', '24年Q4', '25年Q1', '25年Q2', '25年Q3', '25年Q4']
  const values = [['90.0', '绿色'], ['88.0', '蓝色'], ['92.0', '绿色'], ['84.6', '蓝色'], ['100.0', '绿色']].map(([number, colour]) => ({ full: `${number} ${colour}`, number: number! }))

  it('estimates widths: a Chinese character a full em, digits 0.6 em (bold 0.63)', () => {
    expect(textWidth('24年Q1', 12)).toBeCloseTo(40.8, 5)
    expect(textWidth('90.0 绿色', 12, true)).toBeCloseTo(61.8, 5)
    expect(textWidth('100.0', 12, true)).toBeCloseTo(37.8, 5)
  })

  it('splits a short period label into the part within the year and the year', () => {
    expect(splitPeriodLabel('24年Q1')).toEqual({ part: 'Q1', year: '24年' })
    expect(splitPeriodLabel('25年上半年')).toEqual({ part: '上半年', year: '25年' })
    expect(splitPeriodLabel('2025年')).toEqual({ part: '2025年', year: '' })
  })

  it('keeps one line and full value labels where they fit (two quarters in the side panel: 234 px apart)', () => {
    expect(trendLabelLayout(quarters.slice(0, 2), values.slice(0, 2), 234)).toEqual({ twoLineAxis: false, valueOnly: false, alternate: false })
  })

  it('eight quarters in the 374 px side panel (33.4 px apart): two-line axis, numbers only, every other below', () => {
    expect(trendLabelLayout(quarters, values, 33.4)).toEqual({ twoLineAxis: true, valueOnly: true, alternate: true })
  })

  it('at 60 px apart: one-line axis, numbers only, all above', () => {
    expect(trendLabelLayout(quarters, values, 60)).toEqual({ twoLineAxis: false, valueOnly: true, alternate: false })
  })

  it('around the threshold (40.8 px + 6): 46.9 px fits the widest quarter label, 46.7 does not', () => {
    expect(trendLabelLayout(quarters, [], 46.9).twoLineAxis).toBe(false)
    expect(trendLabelLayout(quarters, [], 46.7).twoLineAxis).toBe(true)
  })
})
