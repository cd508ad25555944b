/**
 * Studios below their supervision targets in a period: the targets are the studio's own 督导协议
 * (docs/domain.md, "Supervision plans"), summed by the studio into its roll-up. Below target =
 * 按计划完成率 under 100%, or any supervisee behind their plan. A studio that keeps no plan has
 * no target to be below; the report names it apart.
 */
import { formatTenths } from '../supervision-index/scoring'
import type { StudioPeriodFigures } from './figures'

export interface BelowTarget {
  figures: StudioPeriodFigures
  completionTenths: number | null
  behind: number
  /** '按计划完成率 86.5%（计划 24.0 次，完成 20.8 次）；2 名被督导者低于计划' */
  reason: string
}

export const FULL_COMPLETION_TENTHS = 1000

export function belowTarget(f: StudioPeriodFigures): BelowTarget | null {
  const plan = f.plan
  if (!plan) return null
  const short = plan.completionTenths !== null && plan.completionTenths < FULL_COMPLETION_TENTHS
  if (!short && plan.behind === 0) return null
  const parts: string[] = []
  if (plan.completionTenths !== null) {
    parts.push(`按计划完成率 ${formatTenths(plan.completionTenths)}%（计划 ${formatTenths(plan.plannedTenths)} 次，完成 ${formatTenths(plan.heldTowardPlanTenths)} 次）`)
  }
  if (plan.behind > 0) parts.push(`${plan.behind} 名被督导者低于计划`)
  return { figures: f, completionTenths: plan.completionTenths, behind: plan.behind, reason: parts.join('；') }
}

/** Those below target, the furthest below first (lowest completion, then most behind). */
export function studiosBelowTarget(figures: readonly StudioPeriodFigures[]): BelowTarget[] {
  return figures
    .map(belowTarget)
    .filter((b): b is BelowTarget => b !== null)
    .sort(
      (a, b) =>
        (a.completionTenths ?? FULL_COMPLETION_TENTHS) - (b.completionTenths ?? FULL_COMPLETION_TENTHS) ||
        b.behind - a.behind ||
        a.figures.studioName.localeCompare(b.figures.studioName, 'zh-CN'),
    )
}

/** Studios of the period without a plan: no target set. */
export function studiosWithoutPlan(figures: readonly StudioPeriodFigures[]): StudioPeriodFigures[] {
  return figures.filter((f) => !f.plan)
}
