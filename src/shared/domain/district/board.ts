/**
 * The 区级看板's grid: the studios granted to the district × the periods of one kind (季度, 半年,
 * 年度) for which any studio sent a roll-up, and each studio's trend across those periods.
 */
import { comparePeriods, parsePeriod, type PeriodKind } from '../period'
import { meanTotalTenths, type StudioPeriodFigures } from './figures'

export interface BoardStudio {
  code: string
  /** The name of its latest roll-up; the code when none has come yet. */
  name: string
}

export interface DistrictBoard {
  kind: PeriodKind
  /** Oldest first. */
  periods: string[]
  /** By name. */
  studios: BoardStudio[]
  /** `cell(code, period)`: the studio's figures of the period, or null when it sent none. */
  cell(code: string, period: string): StudioPeriodFigures | null
}

/**
 * `granted`: the studio codes the district reads (a granted studio that sent nothing yet still
 * has its row, empty); null: every studio that has figures.
 */
export function districtBoard(figures: readonly StudioPeriodFigures[], kind: PeriodKind, granted: readonly string[] | null = null): DistrictBoard {
  const ofKind = figures.filter((f) => parsePeriod(f.period)?.kind === kind && (!granted || granted.includes(f.studioCode)))
  const periods = [...new Set(ofKind.map((f) => f.period))].sort(comparePeriods)
  const cells = new Map<string, StudioPeriodFigures>()
  const names = new Map<string, { name: string; period: string }>()
  for (const f of ofKind) {
    cells.set(`${f.studioCode}\u0000${f.period}`, f)
    const had = names.get(f.studioCode)
    if (!had || comparePeriods(had.period, f.period) < 0) names.set(f.studioCode, { name: f.studioName, period: f.period })
  }
  for (const f of figures) if (!names.has(f.studioCode) && (!granted || granted.includes(f.studioCode))) names.set(f.studioCode, { name: f.studioName, period: f.period })
  const codes = new Set([...(granted ?? []), ...names.keys()])
  const studios = [...codes]
    .map((code) => ({ code, name: names.get(code)?.name ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code))
  return { kind, periods, studios, cell: (code, period) => cells.get(`${code}\u0000${period}`) ?? null }
}

export interface TrendPoint {
  period: string
  sessions: number | null
  /** Minutes of supervision. */
  minutes: number | null
  superviseesCovered: number | null
  /** Mean of the final index totals, tenths. */
  meanTotalTenths: number | null
  red: number | null
  overdue: number | null
}

/** A studio's figures over the board's periods, a gap (nulls) where it sent nothing. */
export function studioTrend(board: DistrictBoard, code: string): TrendPoint[] {
  return board.periods.map((period) => {
    const f = board.cell(code, period)
    return {
      period,
      sessions: f?.sessions ?? null,
      minutes: f?.minutes ?? null,
      superviseesCovered: f?.superviseesCovered ?? null,
      meanTotalTenths: f ? meanTotalTenths(f) : null,
      red: f?.colours.红色 ?? null,
      overdue: f?.followUps.overdue ?? null,
    }
  })
}
