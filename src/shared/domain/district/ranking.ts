/**
 * Ranking of the studios for one period by a chosen measure. Ties share a rank (1, 1, 3); a
 * studio without the figure (no final assessment, no plan) comes last, unranked.
 */
import { percentTenthsFloor } from '../ratio'
import { meanTotalTenths, type StudioPeriodFigures } from './figures'

export const RANKING_MEASURES = ['minutes', 'sessions', 'coverage', 'index', 'completion', 'followUps'] as const
export type RankingMeasure = (typeof RANKING_MEASURES)[number]

export const RANKING_MEASURE_LABELS: Record<RankingMeasure, string> = {
  minutes: '督导时数',
  sessions: '督导次数',
  coverage: '覆盖被督导者',
  index: '平均指数',
  completion: '按计划完成率',
  followUps: '跟进事项完成率',
}

/** The measure of a studio, larger is better; null when it has none. */
export function measureOf(f: StudioPeriodFigures, measure: RankingMeasure): number | null {
  switch (measure) {
    case 'minutes':
      return f.minutes
    case 'sessions':
      return f.sessions
    case 'coverage':
      return f.superviseesCovered
    case 'index':
      return meanTotalTenths(f)
    case 'completion':
      return f.plan?.completionTenths ?? null
    case 'followUps':
      return f.followUps.total > 0 ? percentTenthsFloor(f.followUps.done, f.followUps.total) : null
  }
}

export interface RankedStudio {
  rank: number | null
  value: number | null
  figures: StudioPeriodFigures
}

export function rankStudios(figures: readonly StudioPeriodFigures[], measure: RankingMeasure): RankedStudio[] {
  const rows = figures
    .map((f) => ({ figures: f, value: measureOf(f, measure) }))
    .sort((a, b) => {
      const byValue = a.value === null || b.value === null ? (a.value === b.value ? 0 : a.value === null ? 1 : -1) : b.value - a.value
      return byValue || a.figures.studioName.localeCompare(b.figures.studioName, 'zh-CN') || a.figures.studioCode.localeCompare(b.figures.studioCode)
    })
  const out: RankedStudio[] = []
  rows.forEach((r, i) => {
    const prev = out[i - 1]
    const rank = r.value === null ? null : prev && prev.value === r.value ? prev.rank : i + 1
    out.push({ rank, value: r.value, figures: r.figures })
  })
  return out
}
