/**
 * How dates, times and durations read on screen, in the Excel export and in the Word reports:
 * each kind is decided here once, so a studio never sees the same thing written two ways.
 *
 * | kind                                  | looks like          | where                                     |
 * |---------------------------------------|---------------------|-------------------------------------------|
 * | date                                  | 2026-09-30          | tables, lists, forms, messages, Excel     |
 * | weekday (beside a date)               | 周三                | session lists, where the day helps plan   |
 * | date in a report's text               | 2026年9月30日       | Word reports: sentences, fields, headings |
 * | month                                 | 9月 / 2026年9月     | chart axes and report tables by month     |
 * | timestamp (saved, backed up, deleted) | 2026-12-06 06:23    | everywhere, in the computer's local time  |
 * | duration of a session                 | 1 小时 30 分钟      | everywhere, exact to the minute           |
 * | hours                                 | 63.5 小时           | totals, one decimal (see hoursText)       |
 * | size of a file                        | 20.0 KB             | backups, storage                          |
 *
 * Why these: the numeric date sorts and lines up in columns and is what the date pickers show and
 * take, so a date reads the same where it is typed and where it is listed; reports follow the
 * 公文 habit (GB/T 9704) of writing a date out in full. A timestamp needs minutes, not seconds,
 * and no locale-dependent 2026/12/6. Numbers are set off from Chinese units by a space, as in the
 * rest of the app (共 42 条 · 63.5 小时). Missing values show as '—'.
 */
import { parseDate, weekday } from '../domain/dates'
import { hoursText } from '../domain/statistics'

/** Shown where a date, time or text is missing. */
export const EMPTY_TEXT = '—'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '2026-09-30' as it is; '' / null → '—'. The one date format of tables, lists and forms. */
export function formatDate(date: string | null | undefined): string {
  return date ? date : EMPTY_TEXT
}

/** '2026-09-30' → '周三' (a calendar date: no time zone involved). */
export function formatWeekday(date: string): string {
  return `周${WEEKDAYS[weekday(date)]}`
}

/** '2026-04-03' → '2026年4月3日' for a report's text; '' / null → '—'; text that is not a date stays as it is. */
export function formatDateInText(date: string | null | undefined): string {
  if (!date) return EMPTY_TEXT
  const d = parseDate(date.slice(0, 10))
  if (!d) return date
  return `${d.year}年${d.month}月${d.day}日`
}

/** '2025-06-01 — 2026-05-31': a project's 起止日期 in a table or a form. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  return `${formatDate(start)} — ${formatDate(end)}`
}

/** '2025年1月1日至2025年6月30日': a span in a report's text. */
export function formatDateRangeInText(start: string | null | undefined, end: string | null | undefined): string {
  return `${formatDateInText(start)}至${formatDateInText(end)}`
}

/** '2026-04' → '4月'; with the year when asked: '2026年4月'. Text that is not a month stays as it is. */
export function formatMonth(month: string, withYear = false): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m) return month
  return withYear ? `${Number(m[1])}年${Number(m[2])}月` : `${Number(m[2])}月`
}

/**
 * An ISO instant ('2026-12-05T22:23:57.000Z') as the local wall-clock time the user lived it:
 * '2026-12-06 06:23' in Beijing. '' / null / unreadable → '—'.
 */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return EMPTY_TEXT
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return EMPTY_TEXT
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n))
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`
}

/** The local time of day to the second, for a log line: '2026-12-05T22:23:57Z' in Beijing → '06:23:57'. */
export function formatClock(iso: string): string {
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return EMPTY_TEXT
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n))
  return `${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`
}

/** A session's length exactly as entered: 45 → '45 分钟', 120 → '2 小时', 90 → '1 小时 30 分钟'. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} 分钟`
  return m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分钟`
}

/**
 * Minutes as hours with one decimal and the unit: 90 → '1.5 小时', 3810 → '63.5 小时'. A table
 * whose header names the unit (督导时数（小时）) shows the figure alone, `hoursText(minutes)`.
 */
export function formatHours(minutes: number): string {
  return `${hoursText(minutes)} 小时`
}

/** A file's size: 512 → '512 B', 20480 → '20.0 KB', 1.5 MiB → '1.5 MB'; unknown → '—'. */
export function formatBytes(n: number | undefined | null): string {
  if (n === undefined || n === null || !Number.isFinite(n)) return EMPTY_TEXT
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`
}
