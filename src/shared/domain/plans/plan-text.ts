import { PLAN_UNIT_LABELS, type PlanUnit } from '../../model/agreement'
import { tenthsText, type ModePlan, type PlanVsDone } from './plan-vs-done'
import { formatTenths } from '../supervision-index/scoring'
import { hoursText } from '../statistics'

/** '个别督导 2/3 次' — held of planned. */
export const modeText = (m: ModePlan) => `${m.mode} ${m.held}/${tenthsText(m.plannedTenths)} 次`
/** '5.0/6.0 小时', or the hours held alone without a target. */
export const hoursPlanText = (r: PlanVsDone) =>
  r.plannedMinutes === null ? `${hoursText(r.heldMinutes)} 小时（无计划）` : `${hoursText(r.heldMinutes)}/${hoursText(r.plannedMinutes)} 小时`
export const completionText = (r: PlanVsDone) => (r.completionTenths === null ? '—' : `${formatTenths(r.completionTenths)}%`)

/** '个别督导每月 1 次，团体督导每季度 2 次'. */
export const frequenciesText = (fs: readonly { mode: string; count: number; per: PlanUnit }[]) =>
  fs.map((f) => `${f.mode}${PLAN_UNIT_LABELS[f.per]} ${f.count} 次`).join('，')
