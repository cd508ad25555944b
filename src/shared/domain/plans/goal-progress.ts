/**
 * The progression of a 督导协议's learning goals from the 中期 to the 期末 督导评估 (docs/domain.md,
 * "Goals evaluated"). Pure: the agreement page, the 督导协议书 and the 被督导者督导档案 all show it.
 */
import type { LearningGoal } from '../../model/agreement'
import type { EvaluationItem, GoalEvaluation } from '../../model/agreement-evaluation'

export interface GoalProgress {
  goalId: string
  text: string
  mid: EvaluationItem | null
  end: EvaluationItem | null
  /** 期末 minus 中期 supervisor rating; null unless both rated the goal. */
  change: number | null
}

export interface EvaluationSummary {
  kind: GoalEvaluation['kind']
  date: string
  by: string
  rated: number
  /** Mean supervisor rating in tenths (38 = 3.8), rounded half up; null when nothing was rated. */
  meanTenths: number | null
  /** Mean self-rating in tenths over the goals that have one. */
  selfMeanTenths: number | null
}

const meanTenths = (ns: readonly number[]) => (ns.length === 0 ? null : Math.floor((ns.reduce((a, b) => a + b, 0) * 10) / ns.length + 0.5))

/** One row per goal of the agreement, in its order; goals no evaluation rated have mid and end null. */
export function goalProgress(a: { goals: readonly LearningGoal[]; evaluations?: readonly GoalEvaluation[] }): GoalProgress[] {
  const of = (kind: GoalEvaluation['kind'], goalId: string) => a.evaluations?.find((e) => e.kind === kind)?.items.find((i) => i.goalId === goalId) ?? null
  return a.goals.map((g) => {
    const mid = of('中期', g.id)
    const end = of('期末', g.id)
    return { goalId: g.id, text: g.text, mid, end, change: mid && end ? end.rating - mid.rating : null }
  })
}

/** Each evaluation held (中期 first), with how many goals it rated and the mean ratings. */
export function evaluationSummaries(a: { goals: readonly LearningGoal[]; evaluations?: readonly GoalEvaluation[] }): EvaluationSummary[] {
  const goalIds = new Set(a.goals.map((g) => g.id))
  return [...(a.evaluations ?? [])]
    .sort((x, y) => (x.kind === y.kind ? 0 : x.kind === '中期' ? -1 : 1))
    .map((e) => {
      const items = e.items.filter((i) => goalIds.has(i.goalId))
      const selfs = items.map((i) => i.selfRating).filter((r): r is number => r !== null)
      return { kind: e.kind, date: e.date, by: e.by, rated: items.length, meanTenths: meanTenths(items.map((i) => i.rating)), selfMeanTenths: meanTenths(selfs) }
    })
}

/** The goal's latest rating: the 期末 one once given, else the 中期 one; null when neither rated it. */
export function latestRating(p: Pick<GoalProgress, 'mid' | 'end'>): { kind: GoalEvaluation['kind']; item: EvaluationItem } | null {
  if (p.end) return { kind: '期末', item: p.end }
  return p.mid ? { kind: '中期', item: p.mid } : null
}

/** '3 → 4（+1）', '3 → 未评', '未评 → 5' as the person page shows the way from 中期 to 期末; '—' when neither rated the goal. */
export function progressionText(p: Pick<GoalProgress, 'mid' | 'end' | 'change'>): string {
  if (!p.mid && !p.end) return '—'
  const r = (i: EvaluationItem | null) => (i ? String(i.rating) : '未评')
  return `${r(p.mid)} → ${r(p.end)}${p.change !== null ? `（${changeText(p.change)}）` : ''}`
}

/** '+2', '0', '−1' as the table prints a change; '—' without one. */
export function changeText(change: number | null): string {
  if (change === null) return '—'
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0'
}
