/**
 * The district's totals for one period: each figure the sum of the studios' roll-ups, field by
 * field, so the 区级看板 equals what each studio's own dashboard shows. Rates are computed from the
 * summed parts (never an average of the studios' rates).
 */
import { percentTenthsFloor } from '../ratio'
import type { ColourCounts } from '../supervision-index/compare'
import type { FollowUpFigures, PeriodSums, PlanFigures, StudioPeriodFigures } from './figures'

/** The sums of the studios' figures; red projects by studio name, then project name. */
export interface DistrictTotals extends PeriodSums {
  /** Studios with a roll-up of the period. */
  studios: number
  /** Summed over the studios that keep a plan; null when none does. */
  plan: (PlanFigures & { studios: number }) | null
}

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

export function districtTotals(period: string, figures: readonly StudioPeriodFigures[]): DistrictTotals {
  const rows = figures.filter((f) => f.period === period)
  const colours: ColourCounts = { 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0, 未评估: 0, total: 0 }
  const followUps: FollowUpFigures = { total: 0, done: 0, open: 0, overdue: 0 }
  let plan: (PlanFigures & { studios: number }) | null = null
  const t = { sessions: 0, minutes: 0, superviseesCovered: 0, superviseeMinutes: 0, totalTenthsSum: 0, finalTotals: 0 }
  for (const f of rows) {
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += f[k]
    for (const k of Object.keys(colours) as (keyof ColourCounts)[]) colours[k] += f.colours[k]
    for (const k of Object.keys(followUps) as (keyof FollowUpFigures)[]) followUps[k] += f.followUps[k]
    if (f.plan) {
      plan ??= { studios: 0, agreements: 0, plannedTenths: 0, heldTowardPlanTenths: 0, completionTenths: null, behind: 0 }
      plan.studios += 1
      plan.agreements += f.plan.agreements
      plan.plannedTenths += f.plan.plannedTenths
      plan.heldTowardPlanTenths += f.plan.heldTowardPlanTenths
      plan.behind += f.plan.behind
    }
  }
  if (plan) plan.completionTenths = plan.plannedTenths > 0 ? percentTenthsFloor(plan.heldTowardPlanTenths, plan.plannedTenths) : null
  const redProjects = rows
    .flatMap((f) => f.redProjects)
    .sort((a, b) => zh(a.studioName, b.studioName) || zh(a.name, b.name))
  return { period, studios: rows.length, ...t, colours, redProjects, followUps, plan }
}
