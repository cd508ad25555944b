/**
 * Session statistics for a period (docs/domain.md "Statistics"): 督导次数, 督导总时数, and the same by
 * 方式 / 功能 / 议题 / 督导者 / 被督导者 / 项目 / 月份. Hours are summed in minutes and only turned
 * into hours with one decimal at the end, so 3810 minutes is exactly '63.5'.
 *
 * Counting rules: the total counts each session once. In a breakdown a session counts (with its
 * full duration) in every bucket it belongs to: a 团体督导 with three supervisees gives each of
 * them the whole duration, a session with two functions counts under both. Breakdown totals can
 * therefore exceed the overall total, except by 方式 and by month, which partition the sessions.
 */
import { SESSION_FUNCTIONS, SESSION_MODES } from '../model/constants'
import { formatTenths } from './supervision-index/scoring'
import { monthsOf, periodRange } from './period'
import { apportion } from './shares'

export interface StatSessionLike {
  id: string
  date: string
  durationMinutes: number
  mode: string
  functions: readonly string[]
  topics: readonly string[]
  supervisorIds: readonly string[]
  superviseeIds: readonly string[]
  projectIds: readonly string[]
  deletedAt?: string | null
}

export interface Bucket {
  key: string
  count: number
  minutes: number
  /** '12.5' */
  hours: string
}

export interface SessionStatistics {
  period: string
  count: number
  minutes: number
  hours: string
  /** Every mode of SESSION_MODES in its order (zeros included), then any other mode found. */
  byMode: Bucket[]
  /** 行政 / 教育 / 支持 in order, zeros included. */
  byFunction: Bucket[]
  /** Topics used, most frequent first (then by minutes, then by name). */
  byTopic: Bucket[]
  /** Person ids, most hours first (then count, then id). */
  bySupervisor: Bucket[]
  bySupervisee: Bucket[]
  /** Project ids, most hours first; sessions without a project are not listed. */
  byProject: Bucket[]
  /** Each month of the period ('2025-01'…), zeros included. */
  byMonth: Bucket[]
}

/** Minutes as hours with one decimal, rounded half up: 3810 → '63.5', 100 → '1.7', 0 → '0.0'. */
export function hoursText(minutes: number): string {
  return formatTenths(hoursTenths(minutes))
}

/**
 * The hours of the parts of a whole (its months, its 方式: each session in exactly one), one
 * decimal each, adding up to the whole's hours: 21.8 + 32.3 + 21.5 printed above a 合计 of 75.5
 * would not (largest remainder, see shares.ts).
 */
export function partHoursTexts(minutes: readonly number[]): string[] {
  const total = minutes.reduce((a, b) => a + b, 0)
  return apportion(minutes, hoursTenths(total)).map(formatTenths)
}

/** Buckets that partition the sessions, their hours adding up to the sessions' (partHoursTexts). */
function asParts(buckets: Bucket[]): Bucket[] {
  const hours = partHoursTexts(buckets.map((b) => b.minutes))
  return buckets.map((b, i) => ({ ...b, hours: hours[i]! }))
}

/** Minutes as tenths of an hour, rounded half up (6 minutes = 1 tenth). */
export function hoursTenths(minutes: number): number {
  const m = Math.round(minutes)
  return m >= 0 ? Math.floor((m + 3) / 6) : -Math.floor((-m + 3) / 6)
}

/** Non-deleted sessions dated within the period, each once (by id). */
export function sessionsInPeriod<T extends { id: string; date: string; deletedAt?: string | null }>(
  sessions: readonly T[],
  period: string,
): T[] {
  // The period's bounds once, not per session: parsing the code for each of 100,000 sessions
  // was most of a year's statistics.
  const { start, end } = periodRange(period)
  const seen = new Set<string>()
  const out: T[] = []
  for (const s of sessions) {
    if (s.deletedAt || s.date < start || s.date > end || seen.has(s.id)) continue
    seen.add(s.id)
    out.push(s)
  }
  return out
}

class Tally {
  private readonly map = new Map<string, { count: number; minutes: number }>()
  constructor(seed: readonly string[] = []) {
    for (const k of seed) this.map.set(k, { count: 0, minutes: 0 })
  }
  /** Each key once (a session listing a person twice counts once), without a Set per session. */
  add(keys: readonly string[], minutes: number): void {
    for (let i = 0; i < keys.length; i++) if (keys.indexOf(keys[i]!) === i) this.addOne(keys[i]!, minutes)
  }
  addOne(key: string, minutes: number): void {
    let b = this.map.get(key)
    if (!b) this.map.set(key, (b = { count: 0, minutes: 0 }))
    b.count += 1
    b.minutes += minutes
  }
  /** In insertion order (seeded keys first). */
  inOrder(): Bucket[] {
    return [...this.map.entries()].map(([key, b]) => ({ key, count: b.count, minutes: b.minutes, hours: hoursText(b.minutes) }))
  }
  byCount(): Bucket[] {
    return this.inOrder().sort((a, b) => b.count - a.count || b.minutes - a.minutes || a.key.localeCompare(b.key, 'zh-CN'))
  }
  byMinutes(): Bucket[] {
    return this.inOrder().sort((a, b) => b.minutes - a.minutes || b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }
}

export function sessionStatistics(sessions: readonly StatSessionLike[], period: string): SessionStatistics {
  const list = sessionsInPeriod(sessions, period)
  const mode = new Tally(SESSION_MODES)
  const fn = new Tally(SESSION_FUNCTIONS)
  const topic = new Tally()
  const supervisor = new Tally()
  const supervisee = new Tally()
  const project = new Tally()
  const month = new Tally(monthsOf(period))
  let minutes = 0
  for (const s of list) {
    const m = s.durationMinutes
    minutes += m
    mode.addOne(s.mode, m)
    fn.add(s.functions, m)
    topic.add(s.topics, m)
    supervisor.add(s.supervisorIds, m)
    supervisee.add(s.superviseeIds, m)
    project.add(s.projectIds, m)
    month.addOne(s.date.slice(0, 7), m)
  }
  return {
    period,
    count: list.length,
    minutes,
    hours: hoursText(minutes),
    byMode: asParts(mode.inOrder()),
    byFunction: fn.inOrder(),
    byTopic: topic.byCount(),
    bySupervisor: supervisor.byMinutes(),
    bySupervisee: supervisee.byMinutes(),
    byProject: project.byMinutes(),
    byMonth: asParts(month.inOrder()),
  }
}

export interface PersonHours {
  personId: string
  count: number
  minutes: number
  hours: string
}

/**
 * Hours each supervisee received in the period (full duration of every session they attended).
 * With `personIds`, exactly those people in that order, zeros included; otherwise everyone who
 * attended, most hours first.
 */
export function superviseeHours(
  sessions: readonly StatSessionLike[],
  period: string,
  personIds?: readonly string[],
): PersonHours[] {
  const tally = new Tally(personIds ?? [])
  for (const s of sessionsInPeriod(sessions, period)) tally.add(s.superviseeIds, s.durationMinutes)
  const buckets = personIds ? tally.inOrder().filter((b) => personIds.includes(b.key)) : tally.byMinutes()
  return buckets.map((b) => ({ personId: b.key, count: b.count, minutes: b.minutes, hours: b.hours }))
}
