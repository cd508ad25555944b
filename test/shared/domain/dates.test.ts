import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isRealDate,
  parseDate,
  timeOfDay,
  weekday,
  weekdayOfDay,
  ymd,
} from '@shared/domain/dates'

describe('reading a date', () => {
  it('parseDate: the parts of a day that exists', () => {
    expect(parseDate('2025-03-06')).toEqual({ year: 2025, month: 3, day: 6 })
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-1', '2025/03/06', '20250306', '2025-03-06T00:00', '']) {
      expect(parseDate(bad)).toBeNull()
    }
  })
  it('isRealDate', () => {
    expect(isRealDate('2024-02-29')).toBe(true)
    expect(isRealDate('2025-12-31')).toBe(true)
    expect(isRealDate('2025-02-29')).toBe(false)
    expect(isRealDate('2025-3-6')).toBe(false)
  })
})

describe('day numbers', () => {
  it('dayNumber counts from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dayNumber('1969-12-31')).toBe(-1)
    expect(dayNumber('2025-01-01')).toBe(20089)
    expect(() => dayNumber('2025-02-30')).toThrow('日期不存在：2025-02-30')
    expect(() => dayNumber('2025/02/03')).toThrow('日期格式应为 年-月-日：2025/02/03')
  })
  it('fromDayNumber is its inverse', () => {
    expect(fromDayNumber(0)).toBe('1970-01-01')
    expect(fromDayNumber(20089)).toBe('2025-01-01')
    expect(fromDayNumber(-1)).toBe('1969-12-31')
    expect(fromDayNumber(dayNumber('2024-02-29') + 1)).toBe('2024-03-01')
  })
  it('counts days across months and leap years', () => {
    expect(daysBetween('2025-01-31', '2025-03-02')).toBe(30)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2025-07-15', '2025-07-01')).toBe(-14)
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
    expect(addDays('2025-07-15', 0)).toBe('2025-07-15')
    expect(() => dayNumber('2025-02-30')).toThrow('日期不存在')
  })
  it('daysInMonth', () => {
    expect(daysInMonth(2025, 2)).toBe(28)
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2025, 4)).toBe(30)
    expect(daysInMonth(2025, 12)).toBe(31)
  })
  it('ymd pads', () => {
    expect(ymd(2025, 3, 6)).toBe('2025-03-06')
    expect(ymd(2025, 12, 31)).toBe('2025-12-31')
    expect(ymd(999, 1, 1)).toBe('0999-01-01')
  })
})

describe('weekdays', () => {
  it('0 = Sunday … 6 = Saturday', () => {
    expect(weekdayOfDay(0)).toBe(4) // 1970-01-01, a Thursday
    expect(weekdayOfDay(-1)).toBe(3)
    expect(weekday('2025-07-14')).toBe(1)
    expect(weekday('2025-07-19')).toBe(6)
    expect(weekday('2025-07-20')).toBe(0)
    expect(weekday('2024-02-29')).toBe(4)
  })
})

describe('times of day', () => {
  it('timeOfDay: HH:mm of minutes after midnight', () => {
    expect(timeOfDay(0)).toBe('00:00')
    expect(timeOfDay(545)).toBe('09:05')
    expect(timeOfDay(14 * 60 + 30)).toBe('14:30')
    expect(timeOfDay(1439)).toBe('23:59')
  })
})
