import { describe, expect, it } from 'vitest'
import { isWeekend, monthStartShift, nextWorkday } from '@shared/sample/calendar'
import { dayNumber, fromDayNumber } from '@shared/domain/dates'

describe('the sample calendar', () => {
  it('weekends and the next work day', () => {
    expect(isWeekend(dayNumber('2025-07-19'))).toBe(true)
    expect(isWeekend(dayNumber('2025-07-20'))).toBe(true)
    expect(isWeekend(dayNumber('2025-07-21'))).toBe(false)
    expect(fromDayNumber(nextWorkday(dayNumber('2025-07-19')))).toBe('2025-07-21')
    expect(fromDayNumber(nextWorkday(dayNumber('2025-07-20')))).toBe('2025-07-21')
    expect(fromDayNumber(nextWorkday(dayNumber('2025-07-16')))).toBe('2025-07-16')
  })
  it('monthStartShift: first of a month some months before or after', () => {
    expect(fromDayNumber(monthStartShift(dayNumber('2025-07-15'), 0))).toBe('2025-07-01')
    expect(fromDayNumber(monthStartShift(dayNumber('2025-07-15'), 7))).toBe('2024-12-01')
    expect(fromDayNumber(monthStartShift(dayNumber('2025-07-15'), -6))).toBe('2026-01-01')
  })
})
