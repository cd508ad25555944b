/**
 * What a person typed into a date, time or number field, read the way studios type them, and
 * why it cannot be read when it cannot. A field never replaces what was typed by a guess: the
 * form keeps the text, shows the message returned here and refuses to save
 * (docs/domain.md, "Inputs never invent data"). The schemas of this folder give the same
 * messages, so the field and the save say the same thing.
 */
import { daysInMonth, timeOfDay, ymd } from '../domain/dates'

/** The value read from the text, or why it cannot be read. */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string }

/** Full-width digits and punctuation (typed with a Chinese input method) as their ASCII forms. */
function halfWidth(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
}

const DATE_FORMATS = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
]

export const DATE_EXAMPLE = '2025-03-08'

/**
 * A typed date: 2025-3-8, 2025/03/08, 2025.3.8, 2025年3月8日, 20250308 (full-width digits too)
 * → '2025-03-08'. Null for an empty field. A day that does not exist says which:
 * 「日期无效：2025年2月没有30日」.
 */
export function readDate(raw: string): Reading<string> | null {
  const s = halfWidth(raw)
  if (s === '') return null
  const m = DATE_FORMATS.map((re) => re.exec(s)).find((x) => x !== null)
  if (!m) return { ok: false, message: `日期无效：“${raw.trim()}”不是日期，请按 年-月-日 填写（如 ${DATE_EXAMPLE}）` }
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12) return { ok: false, message: `日期无效：没有${month}月（月份为 1–12）` }
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `日期无效：${year}年${month}月没有${day}日` }
  return { ok: true, value: ymd(year, month, day) }
}

export const TIME_EXAMPLE = '09:30'

/**
 * A typed time of day: 9:30, 0930, 930, 9.30, ９：３０, 9点30, 14点, 14 → '09:30', '14:00'.
 * Null for an empty field; 25:00 says 「时间无效：没有25点（小时为 0–23）」.
 */
export function readTime(raw: string): Reading<string> | null {
  const s = halfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[：.．点时]/g, ':')
    .replace(/分$/, '')
    .replace(/:$/, '')
  if (s === '') return null
  const colon = /^(\d{1,2}):(\d{1,2})$/.exec(s)
  const digits = /^(\d{3,4})$/.exec(s)
  const hourOnly = /^(\d{1,2})$/.exec(s)
  let h: number
  let m: number
  if (colon) {
    h = Number(colon[1])
    m = Number(colon[2])
  } else if (digits) {
    h = Number(digits[1]!.slice(0, -2))
    m = Number(digits[1]!.slice(-2))
  } else if (hourOnly) {
    h = Number(hourOnly[1])
    m = 0
  } else return { ok: false, message: `时间无效：“${raw.trim()}”不是时间，请按 时:分 填写（如 ${TIME_EXAMPLE}）` }
  if (h > 23) return { ok: false, message: `时间无效：没有${h}点（小时为 0–23）` }
  if (m > 59) return { ok: false, message: `时间无效：没有${m}分（分钟为 0–59）` }
  return { ok: true, value: timeOfDay(h * 60 + m) }
}

/**
 * A typed number: 12, 1,234, １２, -3, 0.5, 98.6% (a percent sign is allowed where the field is a
 * percentage). Null for an empty field. Never rounded or clamped: the schema says what is wrong
 * with a number that was read (须为非负整数, 须在 0 到 100 之间).
 */
export function readNumber(raw: string): Reading<number> | null {
  const s = halfWidth(raw).replace(/\s+/g, '')
  if (s === '') return null
  const plain = s.replace(/%$/, '')
  // Thousands separators only where they separate thousands (1,234 but not 1,2,3).
  const grouped = /^-?\d{1,3}([,，]\d{3})+(\.\d+)?$/.test(plain)
  const text = grouped ? plain.replace(/[,，]/g, '') : plain
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, message: `数字无效：“${raw.trim()}”不是数字` }
  return { ok: true, value: Number(text) }
}

/** Why a value that should be a stored date is not one; '' when it is. */
export function dateProblem(value: string): string {
  const r = readDate(value)
  return r && !r.ok ? r.message : ''
}

/** Why a value that should be a stored time is not one; '' when it is. */
export function timeProblem(value: string): string {
  const r = readTime(value)
  return r && !r.ok ? r.message : ''
}

/** Why a value that should be a number is not one; '' when it is. */
export function numberProblem(value: unknown): string {
  if (typeof value !== 'string') return ''
  const r = readNumber(value)
  return r && !r.ok ? r.message : ''
}

/** 1234 → '1,234': how counts and limits read in the counters. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US')
}
