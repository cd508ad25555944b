/**
 * What the district reads from one studio's roll-up of one period (docs/domain.md, "District
 * roll-up"): the figures its screens and report show, taken from the document as the studio
 * computed them — nothing is recomputed from records the district never sees.
 */
import type { RollupDocument } from '../../rollup/document'
import { colourCounts, type ColourCounts } from '../supervision-index/compare'
import type { Colour } from '../supervision-index/grading'

export interface FollowUpFigures {
  total: number
  done: number
  open: number
  overdue: number
}

export interface PlanFigures {
  agreements: number
  /** Planned sessions, tenths. */
  plannedTenths: number
  /** Sessions held toward the plan (capped per 方式 by the studio), tenths. */
  heldTowardPlanTenths: number
  /** 按计划完成率, tenths of a percent; null when nothing was planned. */
  completionTenths: number | null
  /** Supervisees behind their plan. */
  behind: number
}

export interface RedProject {
  studioCode: string
  studioName: string
  projectId: string
  name: string
  community: string
  totalTenths: number | null
  /** The index's own reasons (一票否决, 逾期降级); empty when the total alone gives 红色. */
  reasons: string[]
}

/** The figures a studio's roll-up and the district's totals both have: the district's are the sums. */
export interface PeriodSums {
  period: string
  sessions: number
  minutes: number
  superviseesCovered: number
  superviseeMinutes: number
  /** Projects by colour of their final assessment; 未评估 holds drafts and projects not assessed. */
  colours: ColourCounts
  redProjects: RedProject[]
  followUps: FollowUpFigures
  /** Sum and count of the final totals, so a mean over several studios weighs every project once. */
  totalTenthsSum: number
  finalTotals: number
}

export interface StudioPeriodFigures extends PeriodSums {
  studioCode: string
  studioName: string
  generatedAt: string
  plan: PlanFigures | null
  assessments: { projects: number; finalised: number; drafts: number }
}

export function studioPeriodFigures(doc: RollupDocument): StudioPeriodFigures {
  const finals = doc.projects.filter((p) => p.state === '已定稿' && p.totalTenths !== null)
  return {
    studioCode: doc.studio.code,
    studioName: doc.studio.name,
    period: doc.period,
    generatedAt: doc.generatedAt,
    sessions: doc.sessions.count,
    minutes: doc.sessions.minutes,
    superviseesCovered: doc.supervisees.covered,
    superviseeMinutes: doc.supervisees.minutes,
    colours: colourCounts(doc.projects.map((p): Colour | null => (p.state === '已定稿' ? p.colour : null))),
    redProjects: doc.projects
      .filter((p) => p.state === '已定稿' && p.colour === '红色')
      .map((p) => ({
        studioCode: doc.studio.code,
        studioName: doc.studio.name,
        projectId: p.id,
        name: p.name,
        community: p.community,
        totalTenths: p.totalTenths,
        reasons: p.dropReasons.map((r) => r.text),
      })),
    followUps: { ...doc.followUps },
    plan: doc.plan ? { ...doc.plan } : null,
    totalTenthsSum: finals.reduce((s, p) => s + p.totalTenths!, 0),
    finalTotals: finals.length,
    assessments: { ...doc.assessments },
  }
}

/** Mean of the final totals in tenths, rounded half up; null when none is final. */
export function meanTotalTenths(f: Pick<StudioPeriodFigures, 'totalTenthsSum' | 'finalTotals'>): number | null {
  return f.finalTotals === 0 ? null : Math.floor((2 * f.totalTenthsSum + f.finalTotals) / (2 * f.finalTotals))
}

/**
 * One document per studio and period: the one computed last. A studio that recomputes a period
 * (an assessment finalised again) sends a newer document; an older copy read from a file later
 * must not undo it.
 */
export function latestRollups<T extends Pick<RollupDocument, 'studio' | 'period' | 'generatedAt'>>(docs: readonly T[]): T[] {
  const byKey = new Map<string, T>()
  for (const d of docs) {
    const key = `${d.studio.code}\u0000${d.period}`
    const had = byKey.get(key)
    if (!had || had.generatedAt < d.generatedAt) byKey.set(key, d)
  }
  return [...byKey.values()]
}
