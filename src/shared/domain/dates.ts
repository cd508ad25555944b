/**
 * Calendar dates and times of day: every date the app stores is a 'YYYY-MM-DD' string of a day
 * that exists, every time of day an 'HH:mm' string, and this is the one module that reads, checks
 * and counts them. Pure: no clock is read here
 * (callers pass `today` in). Arithmetic runs on UTC day numbers (days since 1970-01-01), so time
 * zones and daylight saving never shift a date. How a date is shown is decided in
 * `text/format.ts`, not here.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

export interface CalendarDate {
  year: number
  /** 1..12 */
  month: number
  /** 1..31 */
  day: number
}

/** The parts of a 'YYYY-MM-DD' date that exists; null for anything else (2025-02-30, 2025/3/6, ''). */
export function parseDate(date: string): CalendarDate | null {
  const m = DATE_RE.exec(date)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** True for a 'YYYY-MM-DD' date that exists (no 2025-02-30). */
export function isRealDate(value: string): boolean {
  return parseDate(value) !== null
}

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date; throws a Chinese error on anything else. */
export function dayNumber(date: string): number {
  const d = parseDate(date)
  if (!d) throw new Error(DATE_RE.test(date) ? `日期不存在：${date}` : `日期格式应为 年-月-日：${date}`)
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY)
}

/** Day numbers already turned into strings: the sample generator asks for the same few hundred days often. */
const DAY_STRINGS = new Map<number, string>()

/** 'YYYY-MM-DD' of a day number. */
export function fromDayNumber(day: number): string {
  let s = DAY_STRINGS.get(day)
  if (s === undefined) {
    const dt = new Date(day * MS_PER_DAY)
    s = ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
    if (DAY_STRINGS.size < 100_000) DAY_STRINGS.set(day, s)
  }
  return s
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** The date `days` days after (negative: before) `date`. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days)
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 'YYYY-MM-DD' of a year, month (1..12) and day. */
export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** Day of the week of a 'YYYY-MM-DD' date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return weekdayOfDay(dayNumber(date))
}

/** 'HH:mm' of minutes after midnight (0..1439): 545 → '09:05'. */
export function timeOfDay(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
