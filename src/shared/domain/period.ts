/**
 * 评估周期: the one module for period codes, their labels, ranges and neighbours.
 * Codes: '2025Q1'..'2025Q4' (季度), '2025H1'/'2025H2' (半年), '2025Y' (年度). Progress is
 * entered per quarter; assessments and summaries use any of the three kinds. All dates are
 * 'YYYY-MM-DD' strings (see dates.ts) and ranges are inclusive at both ends.
 */
import { daysInMonth, parseDate, ymd } from './dates'

export type PeriodKind = 'Q' | 'H' | 'Y'

export interface Period {
  code: string
  year: number
  kind: PeriodKind
  /** 1..4 for a quarter, 1..2 for a half-year, 1 for a year. */
  index: number
}

export interface DateRange {
  start: string
  end: string
}

const PERIOD_RE = /^(\d{4})(?:Q([1-4])|H([12])|(Y))$/

/** The kinds in the order every picker offers them. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['Q', 'H', 'Y']

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { Q: '季度', H: '半年', Y: '年度' }

/** Parses a period code; null when it is not one. */
export function parsePeriod(code: string): Period | null {
  const m = PERIOD_RE.exec(code)
  if (!m) return null
  const year = Number(m[1])
  if (m[2]) return { code, year, kind: 'Q', index: Number(m[2]) }
  if (m[3]) return { code, year, kind: 'H', index: Number(m[3]) }
  return { code, year, kind: 'Y', index: 1 }
}

export function isPeriodCode(code: string): boolean {
  return parsePeriod(code) !== null
}

/** Parses a period code or throws a Chinese error. */
export function requirePeriod(code: string): Period {
  const p = parsePeriod(code)
  if (!p) throw new Error(`无效的评估周期：${code}`)
  return p
}

export function makePeriodCode(year: number, kind: PeriodKind, index = 1): string {
  return kind === 'Y' ? `${year}Y` : `${year}${kind}${index}`
}

/**
 * '2025年第1季度', '2025年上半年', '2025年下半年', '2025年度'. Text that is not a period code
 * (a hand-edited backup, an old import) is shown as it is rather than hidden or thrown on.
 */
export function periodLabel(code: string): string {
  const p = parsePeriod(code)
  if (!p) return code
  if (p.kind === 'Q') return `${p.year}年第${p.index}季度`
  if (p.kind === 'H') return `${p.year}年${p.index === 1 ? '上' : '下'}半年`
  return `${p.year}年度`
}

/** '25年Q1', '25年上半年', '2025年' — for chart axes where the full label does not fit. */
export function shortPeriodLabel(code: string): string {
  const p = parsePeriod(code)
  if (!p) return code
  const yy = String(p.year).slice(2)
  if (p.kind === 'Q') return `${yy}年Q${p.index}`
  if (p.kind === 'H') return `${yy}年${p.index === 1 ? '上' : '下'}半年`
  return `${p.year}年`
}

/** Length of the period in months: 3, 6 or 12. */
export function monthsIn(code: string): 3 | 6 | 12 {
  const kind = requirePeriod(code).kind
  return kind === 'Q' ? 3 : kind === 'H' ? 6 : 12
}

/** First month (1..12) of the period. */
function firstMonth(p: Period): number {
  if (p.kind === 'Q') return (p.index - 1) * 3 + 1
  if (p.kind === 'H') return (p.index - 1) * 6 + 1
  return 1
}

/** First and last day of the period, inclusive. */
export function periodRange(code: string): DateRange {
  const p = requirePeriod(code)
  const first = firstMonth(p)
  const last = first + monthsIn(code) - 1
  return { start: ymd(p.year, first, 1), end: ymd(p.year, last, daysInMonth(p.year, last)) }
}

/** Months of the period as 'YYYY-MM', in order. */
export function monthsOf(code: string): string[] {
  const p = requirePeriod(code)
  const first = firstMonth(p)
  const out: string[] = []
  for (let m = first; m < first + monthsIn(code); m++) out.push(`${p.year}-${String(m).padStart(2, '0')}`)
  return out
}

/** Quarter codes the period is made of: 2025H1 → [2025Q1, 2025Q2]; 2025Q3 → [2025Q3]. */
export function quartersIn(code: string): string[] {
  const p = requirePeriod(code)
  const firstQ = (firstMonth(p) - 1) / 3 + 1
  const count = monthsIn(code) / 3
  const out: string[] = []
  for (let q = firstQ; q < firstQ + count; q++) out.push(`${p.year}Q${q}`)
  return out
}

/** The period of the same kind just before: 2025Q1 → 2024Q4, 2025H1 → 2024H2, 2025Y → 2024Y. */
export function previousPeriod(code: string): string {
  const p = requirePeriod(code)
  if (p.kind === 'Y') return makePeriodCode(p.year - 1, 'Y')
  if (p.index > 1) return makePeriodCode(p.year, p.kind, p.index - 1)
  return makePeriodCode(p.year - 1, p.kind, p.kind === 'Q' ? 4 : 2)
}

/** `count` periods of the same kind ending with `period`, oldest first. */
export function periodsEndingWith(period: string, count: number): string[] {
  const out = [period]
  while (out.length < count) out.unshift(previousPeriod(out[0]!))
  return out
}

/** The period of the same kind just after: 2024Q4 → 2025Q1. */
export function nextPeriod(code: string): string {
  const p = requirePeriod(code)
  const per = p.kind === 'Q' ? 4 : p.kind === 'H' ? 2 : 1
  if (p.kind === 'Y') return makePeriodCode(p.year + 1, 'Y')
  if (p.index < per) return makePeriodCode(p.year, p.kind, p.index + 1)
  return makePeriodCode(p.year + 1, p.kind, 1)
}

/** The period of `kind` that contains a 'YYYY-MM-DD' date. */
export function periodOf(date: string, kind: PeriodKind): string {
  const d = parseDate(date)
  if (!d) throw new Error(`日期格式应为 年-月-日：${date}`)
  const { year, month } = d
  if (kind === 'Q') return makePeriodCode(year, 'Q', Math.floor((month - 1) / 3) + 1)
  if (kind === 'H') return makePeriodCode(year, 'H', month <= 6 ? 1 : 2)
  return makePeriodCode(year, 'Y')
}

/** True when the date lies within the period (both ends inclusive). */
export function containsDate(code: string, date: string): boolean {
  const { start, end } = periodRange(code)
  return date >= start && date <= end
}

/** Orders two period codes of the same kind chronologically (negative when a is earlier). */
export function comparePeriods(a: string, b: string): number {
  const ra = periodRange(a)
  const rb = periodRange(b)
  return ra.start < rb.start ? -1 : ra.start > rb.start ? 1 : ra.end < rb.end ? -1 : ra.end > rb.end ? 1 : 0
}

/**
 * Distinct valid period codes, newest first: by last day, then by first day, so a quarter
 * comes before the half-year or year that ends with it (the narrower, more recent view).
 * Codes that are not periods are left out.
 */
export function newestFirst(codes: Iterable<string>): string[] {
  const keys = new Map<string, string>()
  for (const code of codes) {
    if (keys.has(code) || !parsePeriod(code)) continue
    const r = periodRange(code)
    keys.set(code, `${r.end}|${r.start}`)
  }
  return [...keys.keys()].sort((a, b) => {
    const ka = keys.get(a)!
    const kb = keys.get(b)!
    return ka < kb ? 1 : ka > kb ? -1 : 0
  })
}

/**
 * Every period of `kind` from the one containing `from` to the one containing `to`, in order.
 * `from` and `to` are dates ('YYYY-MM-DD') or period codes (a code stands for its first day as
 * `from` and its last day as `to`). Empty when `from` is after `to`.
 */
export function listPeriods(from: string, to: string, kind: PeriodKind): string[] {
  const fromDate = isPeriodCode(from) ? periodRange(from).start : from
  const toDate = isPeriodCode(to) ? periodRange(to).end : to
  if (fromDate > toDate) return []
  const last = periodOf(toDate, kind)
  const out: string[] = []
  for (let code = periodOf(fromDate, kind); ; code = nextPeriod(code)) {
    out.push(code)
    if (code === last) break
  }
  return out
}
