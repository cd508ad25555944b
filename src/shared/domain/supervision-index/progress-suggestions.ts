/**
 * Suggestions read from the project's 项目进展 (docs/domain.md, "Suggested ratings from data"):
 * - C1: flows summed over the quarters Q of the period. Needs a row for EVERY quarter in Q —
 *   comparing half a year's activities with a full year's target would understate the project,
 *   so an incomplete period gives no suggestion. Ratio per measure = actual ÷ (annual target ×
 *   m / 12); the smaller ratio counts. A measure with a target of 0 is left out; both 0 → none.
 * - C3: 志愿者人数 is a stock: the latest quarter in Q that has a row, against the annual target
 *   as is.
 * - E1: satisfaction of the latest quarter in Q that has one. Not a mean weighted by 服务人次:
 *   satisfaction is a survey result at a point in time, a quarter may lack a survey, and the
 *   latest figure is the one the assessor and funder see in the progress report; taking a
 *   reported number as is also keeps the figure free of rounding.
 * - E2: 办结诉求 ÷ 收集需求, both summed over the quarters of Q that have rows; 收集 0 → none.
 */
import { monthsIn, periodLabel, quartersIn } from '../period'
import { numberText, percentText, ratioRating, satisfactionRating } from '../ratio'
import {
  NO_PROGRESS,
  none,
  ok,
  progressRowsFor,
  quartersLacking,
  sum,
  type ProgressLike,
  type SuggestionInput,
  type SuggestionOutcome,
  type SuggestionSources,
} from './suggestion-input'

/** The quarters whose rows a suggestion read. */
const fromQuarters = (rows: readonly ProgressLike[]): SuggestionSources => ({ quarters: rows.map((r) => r.period), sessions: [] })

/** Label of the quarter a stock figure was taken from, only when the period spans several quarters. */
function quarterNote(period: string, quarter: string): string {
  return quartersIn(period).length > 1 ? `，${periodLabel(quarter)}数据` : ''
}

export function c1Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const lacking = quartersLacking(input.period, rows)
  if (lacking.length > 0) return none(`缺少${lacking.map(periodLabel).join('、')}的项目进展，无法计算计划完成率`, fromQuarters(rows))
  const m = monthsIn(input.period)
  const parts: { label: string; actual: number; target: number }[] = [
    { label: '活动场次', actual: sum(rows, (r) => r.activities), target: input.targets.activities },
    { label: '服务人次', actual: sum(rows, (r) => r.serviceCount), target: input.targets.serviceCount },
  ]
  const measured = parts.filter((p) => p.target > 0)
  if (measured.length === 0) return none('项目未设定年度活动场次和服务人次目标', fromQuarters(rows))
  // ratio = actual ÷ (target × m / 12) = (actual × 12) ÷ (target × m): integers, compared exactly
  const ratios = measured.map((p) => ({ ...p, num: p.actual * 12, den: p.target * m }))
  let smallest = ratios[0]!
  for (const r of ratios) if (r.num * smallest.den < smallest.num * r.den) smallest = r
  const texts = ratios.map(
    (r) => `${r.label} ${numberText(r.actual)}/${numberText((r.target * m) / 12)}（${percentText(r.num, r.den)}）`,
  )
  let figures = texts.join('，')
  if (ratios.length > 1) figures += `，取较小值 ${percentText(smallest.num, smallest.den)}`
  const unset = parts.filter((p) => p.target <= 0).map((p) => p.label)
  if (unset.length > 0) figures += `（${unset.join('、')}未设年度目标，不计）`
  return ok(ratioRating(smallest.num, smallest.den)!, smallest.num / smallest.den, figures, fromQuarters(rows))
}

export function c3Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const target = input.targets.volunteers
  if (!(target > 0)) return none('项目未设定年度志愿者人数目标', fromQuarters(rows))
  const latest = rows[rows.length - 1]!
  const v = latest.volunteers
  const figures = `志愿者人数 ${numberText(v)}/${numberText(target)}（${percentText(v, target)}${quarterNote(input.period, latest.period)}）`
  return ok(ratioRating(v, target)!, v / target, figures, fromQuarters([latest]))
}

export function e1Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const withValue = rows.filter((r) => r.satisfaction !== null && Number.isFinite(r.satisfaction))
  const latest = withValue[withValue.length - 1]
  if (!latest) return none('本期未填报满意度', fromQuarters(rows))
  const s = latest.satisfaction as number
  const figures = `满意度 ${numberText(s)}%${quartersIn(input.period).length > 1 ? `（${periodLabel(latest.period)}）` : ''}`
  return ok(satisfactionRating(s), s, figures, fromQuarters([latest]))
}

export function e2Outcome(input: SuggestionInput): SuggestionOutcome {
  const rows = progressRowsFor(input.progress, input.projectId, input.period)
  if (rows.length === 0) return none(NO_PROGRESS)
  const collected = sum(rows, (r) => r.needsCollected)
  const resolved = sum(rows, (r) => r.needsResolved)
  if (!(collected > 0)) return none('本期未收集需求，无法计算办结率', fromQuarters(rows))
  const figures = `办结诉求 ${numberText(resolved)}/收集需求 ${numberText(collected)} 条（${percentText(resolved, collected)}）`
  return ok(ratioRating(resolved, collected)!, resolved / collected, figures, fromQuarters(rows))
}
