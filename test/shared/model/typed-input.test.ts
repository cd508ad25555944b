import { describe, expect, it } from 'vitest'
import { dateString, nonNegativeInt, readDate, readNumber, readTime, timeString } from '@shared/model'

describe('readDate', () => {
  it.each([
    ['2025-03-08', '2025-03-08'],
    ['2025-3-8', '2025-03-08'],
    ['2025/3/8', '2025-03-08'],
    ['2025.03.08', '2025-03-08'],
    ['2025年3月8日', '2025-03-08'],
    ['2025年3月8号', '2025-03-08'],
    ['20250308', '2025-03-08'],
    ['２０２５－０３－０８', '2025-03-08'],
    [' 2024-2-29 ', '2024-02-29'],
  ])('%s → %s', (raw, value) => expect(readDate(raw)).toEqual({ ok: true, value }))

  it.each([
    ['2025-02-30', '日期无效：2025年2月没有30日'],
    ['2025-02-29', '日期无效：2025年2月没有29日'],
    ['2025/4/31', '日期无效：2025年4月没有31日'],
    ['2025-13-01', '日期无效：没有13月（月份为 1–12）'],
    ['2025-00-10', '日期无效：没有0月（月份为 1–12）'],
    ['2025-01-00', '日期无效：2025年1月没有0日'],
    ['abc', '日期无效：“abc”不是日期，请按 年-月-日 填写（如 2025-03-08）'],
    ['25-3-8', '日期无效：“25-3-8”不是日期，请按 年-月-日 填写（如 2025-03-08）'],
  ])('%s → %s', (raw, message) => expect(readDate(raw)).toEqual({ ok: false, message }))

  it('reads an empty field as no date', () => {
    expect(readDate('')).toBeNull()
    expect(readDate('   ')).toBeNull()
  })
})

describe('readTime', () => {
  it.each([
    ['9:5', '09:05'],
    ['09:30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['9.30', '09:30'],
    ['９：３０', '09:30'],
    ['14点30', '14:30'],
    ['14点30分', '14:30'],
    ['14点', '14:00'],
    ['14', '14:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
  ])('%s → %s', (raw, value) => expect(readTime(raw)).toEqual({ ok: true, value }))

  it.each([
    ['25:00', '时间无效：没有25点（小时为 0–23）'],
    ['24:00', '时间无效：没有24点（小时为 0–23）'],
    ['9:75', '时间无效：没有75分（分钟为 0–59）'],
    ['2460', '时间无效：没有24点（小时为 0–23）'],
    ['abc', '时间无效：“abc”不是时间，请按 时:分 填写（如 09:30）'],
    ['9:30:15', '时间无效：“9:30:15”不是时间，请按 时:分 填写（如 09:30）'],
  ])('%s → %s', (raw, message) => expect(readTime(raw)).toEqual({ ok: false, message }))
})

describe('readNumber', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['１２', 12],
    ['-3', -3],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['98.6%', 98.6],
    ['1.5', 1.5],
  ])('%s → %s', (raw, value) => expect(readNumber(raw)).toEqual({ ok: true, value }))

  it.each(['12a', '1,2,3', '1..2', '十二', '--1'])('%s is not a number', (raw) =>
    expect(readNumber(raw)).toEqual({ ok: false, message: `数字无效：“${raw}”不是数字` }),
  )

  it('never rounds or clamps', () => {
    expect(readNumber('8.333')).toEqual({ ok: true, value: 8.333 })
    expect(readNumber('150')).toEqual({ ok: true, value: 150 })
  })
})

describe('the schemas say what the fields say', () => {
  const message = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, v: unknown) =>
    schema.safeParse(v).error?.issues[0]?.message

  it('a date: missing, impossible, unreadable', () => {
    const s = dateString('请填写督导日期')
    expect(message(s, '')).toBe('请填写督导日期')
    expect(message(s, undefined)).toBe('请填写督导日期')
    expect(message(s, '2025-02-30')).toBe('日期无效：2025年2月没有30日')
    expect(message(s, '2025年2月30日')).toBe('日期无效：2025年2月没有30日')
    expect(message(s, '下周三')).toBe('日期无效：“下周三”不是日期，请按 年-月-日 填写（如 2025-03-08）')
    expect(s.safeParse('2025-02-28').success).toBe(true)
  })

  it('a time: missing, impossible, unreadable', () => {
    const s = timeString('请填写开始时间')
    expect(message(s, '')).toBe('请填写开始时间')
    expect(message(s, '25:00')).toBe('时间无效：没有25点（小时为 0–23）')
    expect(message(s, 'abc')).toBe('时间无效：“abc”不是时间，请按 时:分 填写（如 09:30）')
    expect(s.safeParse('09:30').success).toBe(true)
  })

  it('a number: the text that was typed, or a number that is not allowed', () => {
    const s = nonNegativeInt('目标活动场次')
    expect(message(s, '12a')).toBe('数字无效：“12a”不是数字')
    expect(message(s, null)).toBe('目标活动场次须为非负整数')
    expect(message(s, 1.5)).toBe('目标活动场次须为非负整数')
    expect(message(s, -1)).toBe('目标活动场次须为非负整数')
    expect(s.safeParse(12).success).toBe(true)
  })
})
