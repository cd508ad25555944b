/**
 * What the suggested ratings are computed from (docs/domain.md, "Suggested ratings from data"),
 * what a rule returns, and the small helpers the rules share. The rules themselves live in
 * needs-suggestions.ts (A1, A2), progress-suggestions.ts (C1, C3, E1, E2) and
 * record-suggestions.ts (C2, D2, D3); suggestions.ts puts them together.
 */
import type { FollowUpStatus, RECORD_STATUSES } from '../../model/constants'
import type { Suggestion } from '../../model/framework'
import { quartersIn } from '../period'
import { sessionsInPeriod } from '../statistics'

export interface TargetsLike {
  activities: number
  serviceCount: number
  volunteers: number
}

export interface ProgressLike {
  id?: string
  projectId?: string
  /** Quarter code, e.g. '2025Q1'. */
  period: string
  activities: number
  serviceCount: number
  volunteers: number
  needsCollected: number
  needsResolved: number
  satisfaction: number | null
  updatedAt?: string
  deletedAt?: string | null
}

export interface SuggestionSessionLike {
  id: string
  /** 编号, named where a suggestion links to the records behind it. */
  code?: string
  date: string
  durationMinutes: number
  projectIds: readonly string[]
  /** 议题 (A1, A2 look for 需求评估). */
  topics?: readonly string[]
  /** 草稿 / 已定稿 and 被督导者确认 (C2). */
  status?: (typeof RECORD_STATUSES)[number]
  confirmation?: { name: string; at: string } | null
  deletedAt?: string | null
}

export interface SuggestionFollowUpLike {
  id?: string
  sessionId: string
  dueDate: string
  status: FollowUpStatus
  completedDate: string | null
  deletedAt?: string | null
}

export interface SuggestionInput {
  projectId: string
  /** Assessment period: 2025Q1, 2025H1, 2025Y. */
  period: string
  /** Annual targets of the project. */
  targets: TargetsLike
  /** Progress rows (any project/period; filtered here). */
  progress: readonly ProgressLike[]
  /** Sessions (any; those linked to the project are used). */
  sessions: readonly SuggestionSessionLike[]
  /** Follow-ups (any; those of the project's sessions are used). */
  followUps: readonly SuggestionFollowUpLike[]
  /** D2 target in hours per month (default 2). */
  hoursPerMonth?: number
}

/** A session a suggestion was drawn from, to link to. */
export interface SourceSession {
  id: string
  code: string
  date: string
}

/**
 * The records behind a suggestion, so the form can link to them: the quarters whose 项目进展
 * it read and the 督导记录 it counted (for D3, those the follow-ups were agreed in).
 */
export interface SuggestionSources {
  quarters: string[]
  sessions: SourceSession[]
}

/** A suggestion with the records behind it, or the reason there is none. */
export type SuggestionOutcome =
  | { suggestion: Suggestion; reason: null; sources: SuggestionSources }
  | { suggestion: null; reason: string; sources: SuggestionSources }

export const NO_SOURCES: SuggestionSources = { quarters: [], sessions: [] }

export const ok = (rating: number, value: number | null, figures: string, sources: SuggestionSources = NO_SOURCES): SuggestionOutcome => ({
  suggestion: { rating, value, figures },
  reason: null,
  sources,
})

export const none = (reason: string, sources: SuggestionSources = NO_SOURCES): SuggestionOutcome => ({ suggestion: null, reason, sources })

export const NO_PROGRESS = '本期未填报项目进展'

/** The 议题 whose sessions show the project's needs were assessed (A1, A2). */
export const NEEDS_TOPIC = '需求评估'

/** The project's progress rows for the quarters of the period, one per quarter, in quarter order. */
export function progressRowsFor<T extends ProgressLike>(progress: readonly T[], projectId: string, period: string): T[] {
  const quarters = quartersIn(period)
  const byQuarter = new Map<string, T>()
  for (const row of progress) {
    if (row.deletedAt) continue
    if (row.projectId !== undefined && row.projectId !== projectId) continue
    if (!quarters.includes(row.period)) continue
    const prev = byQuarter.get(row.period)
    if (!prev || (row.updatedAt ?? '') >= (prev.updatedAt ?? '')) byQuarter.set(row.period, row)
  }
  return quarters.flatMap((q) => {
    const r = byQuarter.get(q)
    return r ? [r] : []
  })
}

/** The quarters of the period without a progress row among `rows`. */
export function quartersLacking(period: string, rows: readonly ProgressLike[]): string[] {
  const have = new Set(rows.map((r) => r.period))
  return quartersIn(period).filter((q) => !have.has(q))
}

/** The project's non-deleted sessions (any date), each once. */
export function projectSessions(input: SuggestionInput): SuggestionSessionLike[] {
  const seen = new Set<string>()
  return input.sessions.filter((s) => {
    if (s.deletedAt || !s.projectIds.includes(input.projectId) || seen.has(s.id)) return false
    seen.add(s.id)
    return true
  })
}

/** The project's sessions dated in the period, oldest first. */
export function projectSessionsInPeriod(input: SuggestionInput): SuggestionSessionLike[] {
  return sessionsInPeriod(projectSessions(input), input.period).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : (a.code ?? '') < (b.code ?? '') ? -1 : 1,
  )
}

/** Sessions as the links a suggestion names. */
export function sourceSessions(sessions: readonly SuggestionSessionLike[]): SourceSession[] {
  return sessions.map((s) => ({ id: s.id, code: s.code ?? '', date: s.date }))
}

export function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0)
}
