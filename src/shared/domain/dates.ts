/**
 * Calendar-date helpers on 'YYYY-MM-DD' strings. Pure: no clock is read here; callers pass
 * `today` in. All arithmetic is done on UTC day numbers, so time zones and DST never matter.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date; throws on a malformed date. */
export function dayNumber(date: string): number {
  const m = DATE_RE.exec(date)
  if (!m) throw new Error(`日期格式应为 年-月-日：${date}`)
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`日期不存在：${date}`)
  }
  return Math.round(ms / MS_PER_DAY)
}

/** 'YYYY-MM-DD' of a day number. */
export function fromDayNumber(day: number): string {
  const dt = new Date(day * MS_PER_DAY)
  return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days)
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}
