/**
 * Date arithmetic for the sample data, on UTC day numbers (days since 1970-01-01), so no time
 * zone or clock is ever involved. Timestamps are written as the UTC instant of a Beijing
 * (UTC+8) wall-clock time, the way the app's own `new Date().toISOString()` stores them.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000
const BEIJING_OFFSET_MIN = 8 * 60

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

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

export function ymd(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`
}

/** Day numbers already turned into strings: the generator asks for the same few hundred days often. */
const DAY_STRINGS = new Map<number, string>()

export function fromDayNumber(day: number): string {
  let s = DAY_STRINGS.get(day)
  if (s === undefined) {
    const dt = new Date(day * MS_PER_DAY)
    s = ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())
    if (DAY_STRINGS.size < 100_000) DAY_STRINGS.set(day, s)
  }
  return s
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

export function isWeekend(day: number): boolean {
  const w = weekday(day)
  return w === 0 || w === 6
}

/** The same day or the next Monday when it falls on a weekend. */
export function nextWorkday(day: number): number {
  const w = weekday(day)
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day
}

/** 'HH:mm' of minutes after midnight. */
export function hhmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/** ISO instant (…Z) of Beijing wall-clock time `minutes` after midnight of `day`. */
export function isoAt(day: number, minutes: number): string {
  const total = day * 1440 + minutes - BEIJING_OFFSET_MIN
  const utcDay = Math.floor(total / 1440)
  const m = total - utcDay * 1440
  return `${fromDayNumber(utcDay)}T${hhmm(m)}:00.000Z`
}

export interface QuarterInfo {
  /** e.g. 2025Q1 */
  code: string
  year: number
  quarter: number
  start: number
  end: number
}

function quarterInfo(year: number, quarter: number): QuarterInfo {
  const start = dayNumber(ymd(year, quarter * 3 - 2, 1))
  const nextStart = quarter === 4 ? dayNumber(ymd(year + 1, 1, 1)) : dayNumber(ymd(year, quarter * 3 + 1, 1))
  return { code: `${year}Q${quarter}`, year, quarter, start, end: nextStart - 1 }
}

/**
 * The `count` most recent complete quarters before the quarter that contains `today`, oldest
 * first: today 2025-07-15 and count 2 give 2025Q1 and 2025Q2.
 */
export function completeQuartersBefore(today: string, count: number): QuarterInfo[] {
  const [y, m] = today.split('-').map(Number) as [number, number]
  let year = y
  let quarter = Math.floor((m - 1) / 3) + 1
  const out: QuarterInfo[] = []
  for (let i = 0; i < count; i++) {
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
    out.push(quarterInfo(year, quarter))
  }
  return out.reverse()
}

/** First day of the month `months` months before (negative: after) the month of `day`. */
export function monthStartShift(day: number, months: number): number {
  const [y, m] = fromDayNumber(day).split('-').map(Number) as [number, number]
  const idx = y * 12 + (m - 1) - months
  return dayNumber(ymd(Math.floor(idx / 12), (idx % 12) + 1, 1))
}
