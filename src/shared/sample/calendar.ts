/**
 * The sample data's calendar: work days, holidays, times of day and quarters, on the UTC day
 * numbers of domain/dates.ts, so no time zone or clock is ever involved. Timestamps are written as the UTC
 * instant of a Beijing (UTC+8) wall-clock time, the way the app's own `new Date().toISOString()`
 * stores them.
 */
import { dayNumber, fromDayNumber, timeOfDay, weekdayOfDay, ymd } from '../domain/dates'
import { periodOf, periodRange, periodsEndingWith, previousPeriod } from '../domain/period'
import type { Rng } from './prng'

const BEIJING_OFFSET_MIN = 8 * 60

export function isWeekend(day: number): boolean {
  const w = weekdayOfDay(day)
  return w === 0 || w === 6
}

/** The same day or the next Monday when it falls on a weekend. */
export function nextWorkday(day: number): number {
  const w = weekdayOfDay(day)
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day
}

/** ISO instant (…Z) of Beijing wall-clock time `minutes` after midnight of `day`. */
export function isoAt(day: number, minutes: number): string {
  const total = day * 1440 + minutes - BEIJING_OFFSET_MIN
  const utcDay = Math.floor(total / 1440)
  const m = total - utcDay * 1440
  return `${fromDayNumber(utcDay)}T${timeOfDay(m)}:00.000Z`
}

export interface QuarterInfo {
  /** e.g. 2025Q1 */
  code: string
  /** Day numbers of its first and last day. */
  start: number
  end: number
}

/**
 * The `count` most recent complete quarters before the quarter that contains `today`, oldest
 * first: today 2025-07-15 and count 2 give 2025Q1 and 2025Q2.
 */
export function completeQuartersBefore(today: string, count: number): QuarterInfo[] {
  return periodsEndingWith(previousPeriod(periodOf(today, 'Q')), count).map((code) => {
    const { start, end } = periodRange(code)
    return { code, start: dayNumber(start), end: dayNumber(end) }
  })
}

/** First day of the month `months` months before (negative: after) the month of `day`. */
export function monthStartShift(day: number, months: number): number {
  const [y, m] = fromDayNumber(day).split('-').map(Number) as [number, number]
  const idx = y * 12 + (m - 1) - months
  return dayNumber(ymd(Math.floor(idx / 12), (idx % 12) + 1, 1))
}

/** A time of day in office hours, minutes after midnight. */
export function officeMinute(rng: Rng): number {
  return rng.int(8 * 60 + 30, 17 * 60 + 30)
}

/** 元旦, 劳动节 and 国庆节 (fixed dates; 春节 etc. move with the lunar calendar and are not skipped). */
export function isFixedHoliday(day: number): boolean {
  const md = fromDayNumber(day).slice(5)
  return md === '01-01' || (md >= '05-01' && md <= '05-05') || (md >= '10-01' && md <= '10-07')
}
