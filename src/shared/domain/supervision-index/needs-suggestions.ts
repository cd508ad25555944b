/**
 * Suggestions for 需求评估 (docs/domain.md, "Suggested ratings from data"), from the 收集需求 and
 * 办结诉求 of the project's 项目进展 and the project's sessions in the period whose 议题 include
 * 需求评估. The records show whether needs were gathered, kept up to date and discussed in
 * supervision; they cannot show the channels, the report or the service plan adjusted that 5
 * 优秀 asks for, so these suggestions stop at 4 (an assessor who has seen more rates higher,
 * with a 评分依据).
 *
 * - A1 需求调研: needs collected in the period (summed over the quarters with rows) and a
 *   需求评估 session: both 4, needs only 3, the session only 2, neither 1.
 * - A2 需求动态更新: needs a row for every quarter of the period. Needs added (收集 > 0) and
 *   closed (办结 > 0) in every quarter with a 需求评估 session 4; added in every quarter 3; in
 *   some quarters 2; in none 1.
 */
import { periodLabel, quartersIn } from '../period'
import {
  NEEDS_TOPIC,
  NO_PROGRESS,
  none,
  ok,
  progressRowsFor,
  projectSessionsInPeriod,
  quartersLacking,
  sourceSessions,
  sum,
  type ProgressLike,
  type SuggestionInput,
  type SuggestionOutcome,
  type SuggestionSessionLike,
} from './suggestion-input'

interface NeedsEvidence {
  rows: ProgressLike[]
  /** The project's sessions in the period with 议题 需求评估. */
  topicSessions: SuggestionSessionLike[]
}

function evidence(input: SuggestionInput): NeedsEvidence {
  return {
    rows: progressRowsFor(input.progress, input.projectId, input.period),
    topicSessions: projectSessionsInPeriod(input).filter((s) => s.topics?.includes(NEEDS_TOPIC)),
  }
}

const sourcesOf = (e: NeedsEvidence) => ({ quarters: e.rows.map((r) => r.period), sessions: sourceSessions(e.topicSessions) })
const topicText = (n: number) => `议题含“${NEEDS_TOPIC}”的督导 ${n} 次`

export function a1Outcome(input: SuggestionInput): SuggestionOutcome {
  const e = evidence(input)
  if (e.rows.length === 0) return none(NO_PROGRESS, sourcesOf(e))
  const collected = sum(e.rows, (r) => r.needsCollected)
  const discussed = e.topicSessions.length > 0
  const rating = collected > 0 ? (discussed ? 4 : 3) : discussed ? 2 : 1
  const lacking = quartersLacking(input.period, e.rows)
  const gap = lacking.length > 0 ? `（${lacking.map(periodLabel).join('、')}未填报项目进展）` : ''
  return ok(rating, null, `收集需求 ${collected} 条${gap}，${topicText(e.topicSessions.length)}`, sourcesOf(e))
}

export function a2Outcome(input: SuggestionInput): SuggestionOutcome {
  const e = evidence(input)
  if (e.rows.length === 0) return none(NO_PROGRESS, sourcesOf(e))
  const lacking = quartersLacking(input.period, e.rows)
  if (lacking.length > 0) return none(`缺少${lacking.map(periodLabel).join('、')}的项目进展，无法判断需求是否定期更新`, sourcesOf(e))
  const n = quartersIn(input.period).length
  const added = e.rows.filter((r) => r.needsCollected > 0).length
  const closed = e.rows.filter((r) => r.needsResolved > 0).length
  const rating = added === n ? (closed === n && e.topicSessions.length > 0 ? 4 : 3) : added > 0 ? 2 : 1
  const counts = `新增需求 ${sum(e.rows, (r) => r.needsCollected)} 条、办结 ${sum(e.rows, (r) => r.needsResolved)} 条`
  const quarters = n > 1 ? `有新增需求的季度 ${added}/${n}、有办结的季度 ${closed}/${n}（${counts}）` : counts
  return ok(rating, null, `${quarters}，${topicText(e.topicSessions.length)}`, sourcesOf(e))
}
