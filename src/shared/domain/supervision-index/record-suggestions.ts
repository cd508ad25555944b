/**
 * Suggestions read from the project's 督导记录 and 跟进事项 (docs/domain.md, "Suggested ratings
 * from data"):
 * - C2: of the project's sessions dated in the period, the share that are 已定稿 and confirmed by
 *   the supervisee (被督导者确认): a record kept in full is what 过程规范 asks for. No session in
 *   the period → no suggestion.
 * - D2: minutes of the project's non-deleted sessions dated in the period, each session once
 *   (however many supervisees), against hoursPerMonth × m hours.
 * - D3: follow-ups of the project's non-deleted sessions (whatever the session's date, since a
 *   follow-up agreed in March may fall due in April) due in the period, 已取消 excluded;
 *   completed = 已完成 with a completion date ≤ the period's last day. None due → no suggestion.
 */
import { completionRate } from '../followups'
import { monthsIn } from '../period'
import { percentText, ratioRating } from '../ratio'
import { hoursText } from '../statistics'
import { DEFAULT_HOURS_PER_MONTH } from './default-framework'
import { none, ok, projectSessions, projectSessionsInPeriod, sourceSessions, type SuggestionInput, type SuggestionOutcome } from './suggestion-input'

export function c2Outcome(input: SuggestionInput): SuggestionOutcome {
  const sessions = projectSessionsInPeriod(input)
  if (sessions.length === 0) return none('本期无与项目关联的督导记录')
  const kept = sessions.filter((s) => s.status === '已定稿' && s.confirmation)
  const figures = `督导记录 ${sessions.length} 条，已定稿并经被督导者确认 ${kept.length} 条（${percentText(kept.length, sessions.length)}）`
  // The records still open or unconfirmed first: they are what the assessor would look at.
  const open = sessions.filter((s) => !kept.includes(s))
  return ok(ratioRating(kept.length, sessions.length)!, kept.length / sessions.length, figures, {
    quarters: [],
    sessions: sourceSessions([...open, ...kept]),
  })
}

export function d2Outcome(input: SuggestionInput): SuggestionOutcome {
  const perMonth = input.hoursPerMonth ?? DEFAULT_HOURS_PER_MONTH
  const m = monthsIn(input.period)
  const targetMinutes = Math.round(perMonth * 60 * m)
  if (!(targetMinutes > 0)) return none('未设定督导时数目标')
  const sessions = projectSessionsInPeriod(input)
  const minutes = sessions.reduce((s, x) => s + x.durationMinutes, 0)
  const figures =
    `督导 ${sessions.length} 次，时数 ${hoursText(minutes)}/${hoursText(targetMinutes)} 小时` +
    `（${percentText(minutes, targetMinutes)}）`
  return ok(ratioRating(minutes, targetMinutes)!, minutes / targetMinutes, figures, { quarters: [], sessions: sourceSessions(sessions) })
}

export function d3Outcome(input: SuggestionInput): SuggestionOutcome {
  const own = projectSessions(input)
  const byId = new Map(own.map((s) => [s.id, s]))
  const rate = completionRate(
    input.followUps.filter((f) => byId.has(f.sessionId)),
    input.period,
  )
  if (rate.dueCount === 0) return none('本期无到期的跟进事项')
  const agreedIn = [...new Set(rate.due.map((f) => f.sessionId))].map((id) => byId.get(id)!).sort((a, b) => (a.date < b.date ? -1 : 1))
  const figures = `本期到期跟进事项 ${rate.dueCount} 项，期末前完成 ${rate.completedCount} 项（${rate.rateText}）`
  return ok(ratioRating(rate.completedCount, rate.dueCount)!, rate.completedCount / rate.dueCount, figures, {
    quarters: [],
    sessions: sourceSessions(agreedIn),
  })
}
