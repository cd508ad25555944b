/**
 * Suggested ratings for the data-backed indicators (docs/domain.md, "Suggested ratings from data"):
 * A1, A2 (needs-suggestions.ts), C1, C3, E1, E2 (progress-suggestions.ts), C2, D2, D3
 * (record-suggestions.ts). Each suggestion keeps the figures it came from, as Chinese text, so
 * the assessment can store them as they were on the day, and names the records behind it (the
 * form links to them). Missing data gives no suggestion (null) and a reason.
 *
 * - Progress rows: those of the project for the quarters in Q = quartersIn(period) (deleted rows
 *   ignored; if a quarter has two rows, the most recently updated one counts).
 * - Ratio → rating: ≥100% 5, ≥90% 4, ≥75% 3, ≥60% 2, >0 1, else 0, compared exactly by
 *   cross-multiplying (9/10 is 4). Satisfaction: ≥95 5, ≥90 4, ≥80 3, ≥70 2, >0 1, else 0.
 * - Percentages in the figures are truncated to one decimal (see ratio.percentText).
 */
import { DATA_SOURCES, type DataSource, type Suggestion } from '../../model/framework'
import { periodRange } from '../period'
import { a1Outcome, a2Outcome } from './needs-suggestions'
import { c1Outcome, c3Outcome, e1Outcome, e2Outcome } from './progress-suggestions'
import { c2Outcome, d2Outcome, d3Outcome } from './record-suggestions'
import type {
  ProgressLike,
  SuggestionFollowUpLike,
  SuggestionInput,
  SuggestionOutcome,
  SuggestionSessionLike,
  SuggestionSources,
  TargetsLike,
} from './suggestion-input'

export * from './suggestion-input'
export { a1Outcome, a2Outcome } from './needs-suggestions'
export { c1Outcome, c3Outcome, e1Outcome, e2Outcome } from './progress-suggestions'
export { c2Outcome, d2Outcome, d3Outcome } from './record-suggestions'

export interface SuggestionSet {
  suggestions: Record<DataSource, Suggestion | null>
  /** Why a data-backed indicator has no suggestion, in Chinese. */
  reasons: Partial<Record<DataSource, string>>
  /** The records behind each suggestion (or behind the reason there is none). */
  sources: Partial<Record<DataSource, SuggestionSources>>
}

const OUTCOMES: Record<DataSource, (input: SuggestionInput) => SuggestionOutcome> = {
  A1: a1Outcome,
  A2: a2Outcome,
  C1: c1Outcome,
  C2: c2Outcome,
  C3: c3Outcome,
  D2: d2Outcome,
  D3: d3Outcome,
  E1: e1Outcome,
  E2: e2Outcome,
}

/** The suggestion for one data source, or null (see suggestionOutcome for the reason). */
export function suggestRating(source: DataSource, input: SuggestionInput): Suggestion | null {
  return OUTCOMES[source](input).suggestion
}

export function suggestionOutcome(source: DataSource, input: SuggestionInput): SuggestionOutcome {
  return OUTCOMES[source](input)
}

export const suggestA1 = (input: SuggestionInput): Suggestion | null => a1Outcome(input).suggestion
export const suggestA2 = (input: SuggestionInput): Suggestion | null => a2Outcome(input).suggestion
export const suggestC2 = (input: SuggestionInput): Suggestion | null => c2Outcome(input).suggestion
export const suggestC1 = (input: SuggestionInput): Suggestion | null => c1Outcome(input).suggestion
export const suggestC3 = (input: SuggestionInput): Suggestion | null => c3Outcome(input).suggestion
export const suggestD2 = (input: SuggestionInput): Suggestion | null => d2Outcome(input).suggestion
export const suggestD3 = (input: SuggestionInput): Suggestion | null => d3Outcome(input).suggestion
export const suggestE1 = (input: SuggestionInput): Suggestion | null => e1Outcome(input).suggestion
export const suggestE2 = (input: SuggestionInput): Suggestion | null => e2Outcome(input).suggestion

/** Every outcome, each rule given its input. */
function outcomesOf(inputOf: (source: DataSource) => SuggestionInput): SuggestionSet {
  const suggestions = {} as Record<DataSource, Suggestion | null>
  const reasons: Partial<Record<DataSource, string>> = {}
  const sources: Partial<Record<DataSource, SuggestionSources>> = {}
  for (const source of DATA_SOURCES) {
    const outcome = OUTCOMES[source](inputOf(source))
    suggestions[source] = outcome.suggestion
    if (outcome.reason !== null) reasons[source] = outcome.reason
    sources[source] = outcome.sources
  }
  return { suggestions, reasons, sources }
}

/** Every suggestion, with the reason for each missing one. */
export function suggestAll(input: SuggestionInput): SuggestionSet {
  return outcomesOf(() => input)
}

/** One project's progress rows, its linked sessions and their follow-ups. */
export interface ProjectActivity {
  projectId: string
  targets: TargetsLike
  progress: readonly ProgressLike[]
  sessions: readonly SuggestionSessionLike[]
  followUps: readonly SuggestionFollowUpLike[]
}

/** Rules that read only the project's sessions dated in the period. */
const SESSIONS_IN_PERIOD: ReadonlySet<DataSource> = new Set(['A1', 'A2', 'C2', 'D2'])

/**
 * suggestAll for one project and period, with the same results, but each rule handed only the
 * rows it can use: A1, A2, C2 and D2 the sessions dated in the period, D3 the follow-ups due in it (the rules
 * filter the same way themselves, so this only saves work — 200 projects × 8 periods would
 * otherwise test every session's date against every period).
 */
export function projectSuggestions(activity: ProjectActivity, period: string, hoursPerMonth: number): SuggestionSet {
  const { start, end } = periodRange(period)
  const base: SuggestionInput = {
    projectId: activity.projectId,
    period,
    targets: activity.targets,
    progress: activity.progress,
    sessions: activity.sessions,
    followUps: activity.followUps,
    hoursPerMonth,
  }
  const inPeriod: SuggestionInput = { ...base, sessions: activity.sessions.filter((s) => s.date >= start && s.date <= end) }
  const d3: SuggestionInput = { ...base, followUps: activity.followUps.filter((f) => f.dueDate >= start && f.dueDate <= end) }
  return outcomesOf((source) => (SESSIONS_IN_PERIOD.has(source) ? inPeriod : source === 'D3' ? d3 : base))
}

/**
 * Groups sessions and their follow-ups by linked project, so suggestions for many projects
 * never scan every session once per project. A session linked to two projects is in both.
 */
export function groupActivityByProject<S extends SuggestionSessionLike, F extends SuggestionFollowUpLike>(
  sessions: readonly S[],
  followUps: readonly F[],
): Map<string, { sessions: S[]; followUps: F[] }> {
  const out = new Map<string, { sessions: S[]; followUps: F[] }>()
  const bySession = new Map<string, F[]>()
  for (const f of followUps) {
    if (f.deletedAt) continue
    const list = bySession.get(f.sessionId)
    if (list) list.push(f)
    else bySession.set(f.sessionId, [f])
  }
  for (const s of sessions) {
    if (s.deletedAt) continue
    for (const pid of new Set(s.projectIds)) {
      let bucket = out.get(pid)
      if (!bucket) out.set(pid, (bucket = { sessions: [], followUps: [] }))
      bucket.sessions.push(s)
      const fs = bySession.get(s.id)
      if (fs) bucket.followUps.push(...fs)
    }
  }
  return out
}
