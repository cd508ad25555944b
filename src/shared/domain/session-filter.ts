/**
 * The 督导记录 list: filters, full-text search and sort over slim in-memory rows. Pure: the list
 * screen builds one row per stored session once (`toListRow`) and runs these on every change of
 * the filter, so each step must stay linear and allocation-light (20,000 rows < 100 ms).
 *
 * Search: the query is split on whitespace; every term must occur (Chinese substring, Latin
 * letters case-insensitive) in the record's text fields — 被督导者提出的问题, 督导过程, 督导意见与建议,
 * 督导者反思, 被督导者反思, 地点, 风险/伦理说明 — or in its 编号. A 敏感 record's text is searched only
 * when `includeSensitive` is on; its 编号 always is.
 */
import { hoursText } from './statistics'
import { mayContain, termGrams, type GramStore } from './session-grams'
import type { StringPool } from './string-pool'

/** The fields of a session a list row keeps as they are. */
interface SessionListFields {
  id: string
  code: string
  year: number
  seq: number
  date: string
  startTime: string
  endTime: string
  durationMinutes: number
  mode: string
  functions: readonly string[]
  kind: string
  supervisorIds: readonly string[]
  superviseeIds: readonly string[]
  projectIds: readonly string[]
  topics: readonly string[]
  status: string
  sensitive: 0 | 1
  riskLevel: string
  updatedAt: string
}

/** The stored fields a list row is made from (a SupervisionSession fits). */
export interface SessionLike extends SessionListFields {
  location: string
  questions: string
  process: string
  advice: string
  supervisorReflection: string
  superviseeReflection: string
  riskNote: string
  deletedAt: string | null
}

/** When a session took place, how, who took part and on what: a list row and the form keep them as stored. */
type FactField = 'date' | 'startTime' | 'endTime' | 'mode' | 'functions' | 'kind' | 'supervisorIds' | 'superviseeIds' | 'projectIds' | 'topics'

/**
 * `into` with the facts of `s` (FactField) added, typed as the session types them; `into` is
 * changed, so pass a fresh object. Not `{ ...facts, ... }`: a literal that starts with a spread
 * and goes on with more fields was built 8 times slower in Node 20's V8, and the list builds a
 * row for each of 20,000 sessions.
 */
export function withSessionFacts<S extends Pick<SessionListFields, FactField>, T extends object>(s: S, into: T): T & Pick<S, FactField> {
  const out = into as T & Pick<S, FactField>
  out.date = s.date
  out.startTime = s.startTime
  out.endTime = s.endTime
  out.mode = s.mode
  out.functions = s.functions
  out.kind = s.kind
  out.supervisorIds = s.supervisorIds
  out.superviseeIds = s.superviseeIds
  out.projectIds = s.projectIds
  out.topics = s.topics
  return out
}

/** Text fields searched, in the order they are joined (and named in excerpts). */
export const SEARCH_FIELDS = [
  ['questions', '被督导者提出的问题'],
  ['process', '督导过程'],
  ['advice', '督导意见与建议'],
  ['supervisorReflection', '督导者反思'],
  ['superviseeReflection', '被督导者反思'],
  ['location', '地点'],
  ['riskNote', '风险/伦理说明'],
] as const

/** Separates fields in `text` (a control character: field text has line breaks of its own). */
const SEP = '\u001f'

export interface SessionListRow extends SessionListFields {
  /** The text fields joined by U+001F, in SEARCH_FIELDS order. */
  text: string
  /** `text` lower-cased (the same string when it has no capitals), what terms are matched in. */
  lower: string
  /** The row's slot in the list's bigram index (session-grams.ts), when it has one. */
  gramSlot?: number
}

/** `pool`: the list's strings, so that rows share one copy of each id, date and label (string-pool.ts). */
export function toListRow(s: SessionLike, pool?: StringPool): SessionListRow {
  let text = ''
  for (let i = 0; i < SEARCH_FIELDS.length; i++) {
    if (i > 0) text += SEP
    text += s[SEARCH_FIELDS[i]![0]] ?? ''
  }
  const lower = text.toLowerCase()
  const { id, code, year, seq, durationMinutes, status, sensitive, riskLevel, updatedAt } = s
  const row = withSessionFacts(s, { id, code, year, seq, durationMinutes, status, sensitive, riskLevel, updatedAt, text, lower: lower === text ? text : lower })
  if (pool) {
    row.date = pool.of(row.date)
    row.startTime = pool.of(row.startTime)
    row.endTime = pool.of(row.endTime)
    row.mode = pool.of(row.mode)
    row.kind = pool.of(row.kind)
    row.status = pool.of(row.status)
    row.riskLevel = pool.of(row.riskLevel)
    row.functions = pool.list(row.functions)
    row.supervisorIds = pool.list(row.supervisorIds)
    row.superviseeIds = pool.list(row.superviseeIds)
    row.projectIds = pool.list(row.projectIds)
    row.topics = pool.list(row.topics)
  }
  return row
}

export interface SessionFilter {
  /** Inclusive 'YYYY-MM-DD' bounds. */
  from?: string | null
  to?: string | null
  mode?: string | null
  function?: string | null
  supervisorId?: string | null
  superviseeId?: string | null
  projectId?: string | null
  topic?: string | null
  status?: string | null
  query?: string
  /** Search the text of 敏感 records too (their text is never shown in the list either way). */
  includeSensitive?: boolean
}

export type SessionSortKey = 'date' | 'code'
export interface SessionSort {
  key: SessionSortKey
  order: 'asc' | 'desc'
}
export const DEFAULT_SORT: SessionSort = { key: 'date', order: 'desc' }

/** Lower-cased, whitespace-separated search terms, duplicates removed. */
export function searchTerms(query: string | undefined | null): string[] {
  // eslint-disable-next-line no-control-regex -- control characters (the field separator among them) never match anything typed
  const q = (query ?? '').replace(/[\u0000-\u001f]/g, ' ').trim().toLowerCase()
  if (q === '') return []
  return [...new Set(q.split(/\s+/))]
}

export function hasActiveFilter(f: SessionFilter): boolean {
  return Boolean(
    f.from || f.to || f.mode || f.function || f.supervisorId || f.superviseeId || f.projectId || f.topic || f.status || searchTerms(f.query).length,
  )
}

/** Search terms prepared once per search: what the 编号 can hold, and the bigram bits in a list's index. */
export interface PreparedTerms {
  terms: readonly string[]
  /**
   * Per term: can it occur in a lower-cased 编号? Stored 编号 are ASCII (SESSION_CODE_RE is
   * checked on every stored record), so a term with any other character (every Chinese one) is
   * not looked for there: lower-casing each row's 编号 for it cost more than the search itself.
   */
  inCode: readonly boolean[]
  /** With the list's bigram index: per term the bits it needs, or null (one character: read the text). */
  grams?: { store: GramStore; needs: readonly (Int32Array | null)[] }
}

// eslint-disable-next-line no-control-regex -- ASCII is U+0000–U+007F
const ASCII = /^[\u0000-\u007f]*$/

export function prepareTerms(terms: readonly string[], store?: GramStore): PreparedTerms {
  return {
    terms,
    inCode: terms.map((t) => ASCII.test(t)),
    grams: store && terms.length > 0 ? { store, needs: terms.map(termGrams) } : undefined,
  }
}

/**
 * Does the row match every term? Sensitive text only when allowed; the 编号 always. A row whose
 * bigram set rules a term out is not read for it (same answer, sooner).
 */
export function matchesTerms(row: SessionListRow, prepared: PreparedTerms, includeSensitive: boolean): boolean {
  const { terms, inCode, grams } = prepared
  const searchText = row.sensitive === 0 || includeSensitive
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    if (searchText) {
      const need = grams?.needs[i]
      const ruledOut = need != null && row.gramSlot !== undefined && !mayContain(grams!.store, row.gramSlot, need)
      if (!ruledOut && row.lower.includes(t)) continue
    }
    if (inCode[i] && row.code.toLowerCase().includes(t)) continue
    return false
  }
  return true
}

/** Does the row pass every part of the filter? `prepared`: the filter's search terms (prepareTerms). */
export function matchesFilter(r: SessionListRow, f: SessionFilter, prepared: PreparedTerms, includeSensitive: boolean): boolean {
  if (f.from && r.date < f.from) return false
  if (f.to && r.date > f.to) return false
  if (f.mode && r.mode !== f.mode) return false
  if (f.status && r.status !== f.status) return false
  if (f.function && !r.functions.includes(f.function)) return false
  if (f.supervisorId && !r.supervisorIds.includes(f.supervisorId)) return false
  if (f.superviseeId && !r.superviseeIds.includes(f.superviseeId)) return false
  if (f.projectId && !r.projectIds.includes(f.projectId)) return false
  if (f.topic && !r.topics.includes(f.topic)) return false
  return prepared.terms.length === 0 || matchesTerms(r, prepared, includeSensitive)
}

/**
 * Rows matching the filter, in their input order, reading every row (the list screen reads
 * fewer through session-list-view.ts, with the same result). `grams`: the list's bigram index
 * of these rows (session-grams.ts); the result is the same with it or without it.
 */
export function filterSessions<R extends SessionListRow>(rows: readonly R[], f: SessionFilter, grams?: GramStore): R[] {
  const prepared = prepareTerms(searchTerms(f.query), grams)
  const includeSensitive = f.includeSensitive === true
  const out: R[] = []
  for (const r of rows) if (matchesFilter(r, f, prepared, includeSensitive)) out.push(r)
  return out
}

type Sortable = Pick<SessionListRow, 'date' | 'startTime' | 'year' | 'seq' | 'id'>

/** 编号 order: year, then sequence. */
export function compareByCode(a: Sortable, b: Sortable): number {
  return a.year - b.year || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Date order: date, then start time, then 编号. */
export function compareByDate(a: Sortable, b: Sortable): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1
  return compareByCode(a, b)
}

/** A sorted copy. Ties are broken fully, so the order is the same whatever the input order. */
export function sortSessions<R extends Sortable>(rows: readonly R[], sort: SessionSort = DEFAULT_SORT): R[] {
  const cmp = sort.key === 'code' ? compareByCode : compareByDate
  const sign = sort.order === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => sign * cmp(a, b))
}

export interface SessionTotals {
  count: number
  minutes: number
  /** '63.5' */
  hours: string
}

export function sessionTotals(rows: readonly Pick<SessionListRow, 'durationMinutes'>[]): SessionTotals {
  let minutes = 0
  for (const r of rows) minutes += r.durationMinutes
  return { count: rows.length, minutes, hours: hoursText(minutes) }
}

/** "共 42 条 · 63.5 小时" */
export function totalsText(t: SessionTotals): string {
  return `共 ${t.count} 条 · ${t.hours} 小时`
}

export interface SearchExcerpt {
  /** Chinese name of the field the first term was found in. */
  field: string
  before: string
  match: string
  after: string
}

/**
 * Where the first term found occurs in a row's text, with up to `radius` characters either side
 * (line breaks shown as spaces). Null for a 敏感 record (its text is never shown in a list), for
 * a match only in the 编号, or without terms.
 */
export function searchExcerpt(row: SessionListRow, terms: readonly string[], radius = 24): SearchExcerpt | null {
  if (row.sensitive === 1 || terms.length === 0) return null
  // Slices come from the original text unless lower-casing changed its length (rare letters).
  const src = row.lower.length === row.text.length ? row.text : row.lower
  for (const t of terms) {
    const at = row.lower.indexOf(t)
    if (at < 0) continue
    const fieldStart = src.lastIndexOf(SEP, at - 1) + 1
    let fieldEnd = src.indexOf(SEP, at)
    if (fieldEnd < 0) fieldEnd = src.length
    let fieldIndex = 0
    for (let i = src.indexOf(SEP); i >= 0 && i < at; i = src.indexOf(SEP, i + 1)) fieldIndex++
    const start = Math.max(fieldStart, at - radius)
    const end = Math.min(fieldEnd, at + t.length + radius)
    return {
      field: SEARCH_FIELDS[fieldIndex]?.[1] ?? '',
      before: (start > fieldStart ? '…' : '') + oneLine(src.slice(start, at)),
      match: src.slice(at, at + t.length),
      after: oneLine(src.slice(at + t.length, end)) + (end < fieldEnd ? '…' : ''),
    }
  }
  return null
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ')
