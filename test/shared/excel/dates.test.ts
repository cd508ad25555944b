import { describe, expect, it } from 'vitest'
import { excelSerialToDate, parseDuration, parseLooseDate, parseLooseTime, parseTimeRange, splitNames, toHalfWidth } from '@shared/excel'

const ok = <T>(r: { ok: boolean; value?: T; error?: string }) => {
  if (!r.ok) throw new Error(r.error)
  return r.value as T
}

describe('dates as studios type them', () => {
  it.each([
    ['2025年3月6日', '2025-03-06'],
    ['2025 年 3 月 6 日', '2025-03-06'],
    ['2025.3.6', '2025-03-06'],
    ['2025/3/6', '2025-03-06'],
    ['2025-03-06', '2025-03-06'],
    ['２０２５年３月６日', '2025-03-06'],
    ['２０２５．３．６', '2025-03-06'],
    ['2025/03/06（周四）', '2025-03-06'],
    ['2025年3月6日 星期四', '2025-03-06'],
    ['20250306', '2025-03-06'],
    ['二〇二五年三月六日', '2025-03-06'],
    ['二〇二四年十二月二十一日', '2024-12-21'],
    ['45722', '2025-03-06'],
  ])('%s → %s', (text, iso) => {
    expect(ok(parseLooseDate(text))).toBe(iso)
  })

  it('Excel serial numbers and date cells (UTC midnight)', () => {
    expect(excelSerialToDate(45722)).toBe('2025-03-06')
    expect(ok(parseLooseDate(45722))).toBe('2025-03-06')
    expect(ok(parseLooseDate(45722.5))).toBe('2025-03-06')
    expect(ok(parseLooseDate(new Date(Date.UTC(2025, 2, 6))))).toBe('2025-03-06')
    expect(ok(parseLooseDate(20250306))).toBe('2025-03-06')
  })

  it('keeps what follows the date for the time parser', () => {
    expect(parseLooseDate('2025-03-06 14:00-16:00')).toEqual({ ok: true, value: '2025-03-06', rest: '14:00-16:00' })
  })

  it('says in Chinese what is wrong', () => {
    expect(parseLooseDate('待定')).toEqual({ ok: false, error: '日期无法识别：“待定”（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）' })
    expect(parseLooseDate('2025年2月30日')).toEqual({ ok: false, error: '日期不存在：“2025年2月30日”' })
    expect((parseLooseDate('3月6日') as { error: string }).error).toMatch(/^日期缺少年份/)
    expect(parseLooseDate(null)).toEqual({ ok: false, error: '缺少日期' })
    expect((parseLooseDate(12) as { error: string }).error).toMatch(/^日期无法识别/)
  })
})

describe('times and durations', () => {
  it.each([
    ['14:30', '14:30'],
    ['14：30', '14:30'],
    ['14点30分', '14:30'],
    ['14点半', '14:30'],
    ['14时', '14:00'],
    ['下午2:30', '14:30'],
    ['下午2点', '14:00'],
    ['2:30pm', '14:30'],
    ['９:００', '09:00'],
  ])('%s → %s', (text, t) => expect(ok(parseLooseTime(text))).toBe(t))

  it('Excel time cells and fractions of a day', () => {
    expect(ok(parseLooseTime(new Date(Date.UTC(1899, 11, 30, 14, 30))))).toBe('14:30')
    expect(ok(parseLooseTime(0.5))).toBe('12:00')
  })

  it('ranges, the afternoon carried to the end', () => {
    expect(ok(parseTimeRange('14:00-16:00'))).toEqual({ start: '14:00', end: '16:00' })
    expect(ok(parseTimeRange('14:00～16:30'))).toEqual({ start: '14:00', end: '16:30' })
    expect(ok(parseTimeRange('下午2点至4点'))).toEqual({ start: '14:00', end: '16:00' })
    expect(ok(parseTimeRange('9:00到11:30'))).toEqual({ start: '09:00', end: '11:30' })
    expect(parseTimeRange('全天').ok).toBe(false)
  })

  it.each([
    ['1.5小时', 'auto', 90],
    ['90分钟', 'auto', 90],
    ['1小时30分', 'auto', 90],
    ['2h', 'auto', 120],
    [1.5, 'auto', 90],
    [90, 'auto', 90],
    [2, 'minutes', 2],
    ['2', 'hours', 120],
    ['半小时', 'auto', 30],
  ] as const)('%s (%s) → %i minutes', (v, unit, minutes) => expect(ok(parseDuration(v, unit))).toBe(minutes))
})

describe('text helpers', () => {
  it('full-width to half-width', () => {
    expect(toHalfWidth('２０２５／３／６　１４：００')).toBe('2025/3/6 14:00')
  })
  it('full-width: every mapped character, and the neighbours left alone (row fingerprints depend on it)', () => {
    expect(toHalfWidth('！～ＡＺａｚ＿')).toBe('!~AZaz_')
    expect(toHalfWidth('\u2010\u2011\u2012\u2013\u2014\u2015\u2212')).toBe('-------')
    expect(toHalfWidth('结束。下次　再见')).toBe('结束.下次 再见')
    expect(toHalfWidth('\uff00\uff5f\u2016\u3001\u300c')).toBe('\uff00\uff5f\u2016\u3001\u300c')
  })
  it('splits name lists', () => {
    expect(splitNames('韩雨桐、程思远，李芳')).toEqual(['韩雨桐', '程思远', '李芳'])
    expect(splitNames('韩雨桐 程思远;李芳/王强')).toEqual(['韩雨桐', '程思远', '李芳', '王强'])
    expect(splitNames('周晓岚老师')).toEqual(['周晓岚'])
    expect(splitNames('韩雨桐和程思远')).toEqual(['韩雨桐', '程思远'])
    expect(splitNames('韩雨桐（林泉社区）')).toEqual(['韩雨桐'])
  })
})
