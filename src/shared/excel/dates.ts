import { fromDayNumber, isRealDate, timeOfDay, ymd } from '../domain/dates'
import { toHalfWidth, utcDateString, type CellValue } from './text'

export type Parsed<T> = { ok: true; value: T; rest?: string } | { ok: false; error: string }

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 二〇二五 → 2025, 十二 → 12, 二十一 → 21 (years digit by digit, the rest with 十). */
function chineseNumber(s: string, digitByDigit: boolean): number | null {
  if (digitByDigit) {
    let out = ''
    for (const c of s) {
      const d = CN_DIGITS[c]
      if (d === undefined) return null
      out += d
    }
    return Number(out)
  }
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s)
  if (!m || s === '') return null
  const [, tens, ten, ones] = m
  if (!ten) return tens ? (CN_DIGITS[tens] ?? null) : null
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0)
}

function chineseDateToDigits(s: string): string {
  return s.replace(
    /([〇零一二三四五六七八九Oo]{4})年([一二两三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/g,
    (all, y: string, m: string, d: string) => {
      const yy = chineseNumber(y, true)
      const mm = chineseNumber(m, false)
      const dd = chineseNumber(d, false)
      return yy === null || mm === null || dd === null ? all : `${yy}年${mm}月${dd}日`
    },
  )
}

/** Excel's day numbers (1900 system): 45722 → 2025-03-06. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null
  // Serial 25569 is 1970-01-01, day number 0.
  return fromDayNumber(Math.floor(serial) - 25569)
}

const DATE_HINT = '（可写作 2025-03-06、2025年3月6日、2025.3.6 或 2025/3/6）'

/**
 * A date as studios type it: 2025年3月6日, 2025.3.6, 2025/3/6, 2025-03-06, 20250306, Excel
 * date cells and serial numbers, full-width digits, 二〇二五年三月六日. Anything after the date
 * (星期四, 14:00-16:00) is returned as `rest` for the time parser.
 */
export function parseLooseDate(v: CellValue): Parsed<string> {
  if (v === null || v === '') return { ok: false, error: '缺少日期' }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, error: '日期无法识别' }
    if (v.getUTCFullYear() < 1900) return { ok: false, error: '日期单元格只有时间，缺少年月日' }
    return { ok: true, value: utcDateString(v) }
  }
  if (typeof v === 'number') {
    const d = v >= 19000101 && v <= 21001231 && Number.isInteger(v) ? compact(String(v)) : excelSerialToDate(v)
    if (d && isRealDate(d) && d >= '1950-01-01' && d <= '2100-12-31') return { ok: true, value: d }
    return { ok: false, error: `日期无法识别：“${v}”${DATE_HINT}` }
  }
  if (typeof v === 'boolean') return { ok: false, error: `日期无法识别：“${String(v)}”${DATE_HINT}` }
  const raw = v.trim()
  const s = chineseDateToDigits(toHalfWidth(raw)).trim()
  let m = /^(\d{4})\s*(?:年|\.|\/|-)\s*(\d{1,2})\s*(?:月|\.|\/|-)\s*(\d{1,2})\s*(?:日|号)?(.*)$/.exec(s)
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]))
    if (!isRealDate(date)) return { ok: false, error: `日期不存在：“${raw}”` }
    return { ok: true, value: date, rest: stripWeekday(m[4]!) }
  }
  m = /^(\d{8})(?!\d)(.*)$/.exec(s)
  if (m) {
    const date = compact(m[1]!)
    if (date && isRealDate(date)) return { ok: true, value: date, rest: stripWeekday(m[2]!) }
  }
  // A serial number stored as text ("45722").
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const d = excelSerialToDate(Number(s))
    if (d) return { ok: true, value: d }
  }
  if (/^\d{1,2}\s*(月|\.|\/|-)\s*\d{1,2}\s*(日|号)?$/.test(s)) return { ok: false, error: `日期缺少年份：“${raw}”${DATE_HINT}` }
  return { ok: false, error: `日期无法识别：“${raw}”${DATE_HINT}` }
}

export interface MonthDay {
  month: number
  day: number
  /** What followed the date (a time range), as for parseLooseDate. */
  rest: string
}

/**
 * A date written without its year (3月6日, 3/6, 三月六日): month and day, or null. The year comes
 * from elsewhere (year.ts); only text is read, since a date cell always has a year.
 */
export function parseMonthDay(v: CellValue): MonthDay | null {
  if (typeof v !== 'string') return null
  const s = chineseMonthDayToDigits(toHalfWidth(v)).trim()
  const m = /^(\d{1,2})\s*(?:月|\/|-|\.)\s*(\d{1,2})\s*(?:日|号)?(?!\d)(.*)$/.exec(s)
  if (!m) return null
  const month = Number(m[1])
  const day = Number(m[2])
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return { month, day, rest: stripWeekday(m[3]!) }
}

/** A month and day in a given year, or null when that day does not exist (2月29日 of 2025). */
export function withYear(md: { month: number; day: number }, year: number): string | null {
  const d = ymd(year, md.month, md.day)
  return isRealDate(d) ? d : null
}

function chineseMonthDayToDigits(s: string): string {
  return s.replace(/^([一二两三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]/, (all, m: string, d: string) => {
    const mm = chineseNumber(m, false)
    const dd = chineseNumber(d, false)
    return mm === null || dd === null ? all : `${mm}月${dd}日`
  })
}

const compact = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
const stripWeekday = (s: string) =>
  s
    .replace(/[(（]?\s*(星期|周|礼拜)[一二三四五六日天]\s*[)）]?/g, '')
    .replace(/^[\s,，]+/, '')
    .trim()

/** One time of day: 14:30, 14：30, 14点30分, 14点半, 14时, 下午2:30, 2:30pm, Excel times. */
export function parseLooseTime(v: CellValue, inheritedHalf?: 'am' | 'pm'): Parsed<string> & { half?: 'am' | 'pm' } {
  if (v === null || v === '') return { ok: false, error: '缺少时间' }
  if (v instanceof Date) return { ok: true, value: timeOfDay(v.getUTCHours() * 60 + v.getUTCMinutes()) }
  if (typeof v === 'number') {
    if (v >= 0 && v < 1) {
      const minutes = Math.round(v * 24 * 60)
      return { ok: true, value: timeOfDay(minutes % (24 * 60)) }
    }
    if (Number.isInteger(v) && v >= 0 && v <= 24) return { ok: true, value: timeOfDay((v % 24) * 60) }
    return { ok: false, error: `时间无法识别：“${v}”` }
  }
  const raw = String(v).trim()
  let s = toHalfWidth(raw).replace(/\s+/g, '').toLowerCase()
  let half: 'am' | 'pm' | undefined = inheritedHalf
  const pm = /^(下午|晚上|傍晚|中午)/.exec(s)
  const am = /^(上午|早上|凌晨|早晨)/.exec(s)
  if (pm) half = 'pm'
  if (am) half = 'am'
  s = s.replace(/^(下午|晚上|傍晚|中午|上午|早上|凌晨|早晨)/, '')
  if (/pm$/.test(s)) half = 'pm'
  if (/am$/.test(s)) half = 'am'
  s = s.replace(/(am|pm)$/, '')
  const m = /^(\d{1,2})(?:[:.](\d{2})|[点时](?:(\d{1,2})分?|(半))?)?(?::\d{2})?$/.exec(s)
  if (!m) return { ok: false, error: `时间无法识别：“${raw}”` }
  let h = Number(m[1])
  const min = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? Number(m[3]) : m[4] ? 30 : 0
  if (half === 'pm' && h < 12) h += 12
  if (h > 23 || min > 59) return { ok: false, error: `时间无法识别：“${raw}”` }
  return { ok: true, value: timeOfDay(h * 60 + min), half }
}

/** 14:00-16:00, 14:00～16:00, 下午2点至4点, 9:00到11:30. */
export function parseTimeRange(v: CellValue): Parsed<{ start: string; end: string }> {
  if (v === null || v === '') return { ok: false, error: '缺少时间' }
  const raw = typeof v === 'string' ? v : String(v)
  const parts = toHalfWidth(raw)
    .trim()
    .split(/\s*(?:-|~|～|至|到|—|–)\s*/)
  if (parts.length !== 2) return { ok: false, error: `时段无法识别：“${raw}”（可写作 14:00-16:00）` }
  const a = parseLooseTime(parts[0]!)
  if (!a.ok) return { ok: false, error: `时段无法识别：“${raw}”（可写作 14:00-16:00）` }
  const b = parseLooseTime(parts[1]!, a.half)
  if (!b.ok) return { ok: false, error: `时段无法识别：“${raw}”（可写作 14:00-16:00）` }
  return { ok: true, value: { start: a.value, end: b.value } }
}

/**
 * A duration in minutes: 1.5小时, 90分钟, 1小时30分, 2h, 45min; a bare number is hours up
 * to 12 and minutes above (unless the column says which).
 */
export function parseDuration(v: CellValue, unit: 'hours' | 'minutes' | 'auto' = 'auto'): Parsed<number> {
  if (v === null || v === '') return { ok: false, error: '缺少时长' }
  const bare = (n: number): Parsed<number> => {
    if (!(n > 0)) return { ok: false, error: `时长无法识别：“${String(v)}”` }
    const asHours = unit === 'hours' || (unit === 'auto' && n <= 12)
    return { ok: true, value: Math.round(asHours ? n * 60 : n) }
  }
  if (typeof v === 'number') return bare(v)
  if (v instanceof Date) return { ok: true, value: v.getUTCHours() * 60 + v.getUTCMinutes() }
  const raw = String(v).trim()
  const s = toHalfWidth(raw).replace(/\s+/g, '').toLowerCase()
  if (/^\d+(\.\d+)?$/.test(s)) return bare(Number(s))
  const m = /^(?:(\d+(?:\.\d+)?)(?:小时|个小时|钟头|h|hr|hrs|时))?(?:(\d+)(?:分钟|分|min|mins|m))?$/.exec(s)
  if (m && (m[1] || m[2])) {
    const minutes = Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0))
    if (minutes > 0) return { ok: true, value: minutes }
  }
  if (/^半小时$/.test(s)) return { ok: true, value: 30 }
  const hm = /^(\d{1,2}):(\d{2})$/.exec(s)
  if (hm) return { ok: true, value: Number(hm[1]) * 60 + Number(hm[2]) }
  return { ok: false, error: `时长无法识别：“${raw}”（可写作 1.5小时 或 90分钟）` }
}

/** HH:mm plus minutes (null past midnight). */
export function addMinutes(time: string, minutes: number): string | null {
  const [h, m] = time.split(':').map(Number) as [number, number]
  const t = h * 60 + m + minutes
  if (t < 0 || t >= 24 * 60) return null
  return timeOfDay(t)
}
