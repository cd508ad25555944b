/**
 * 区级看板's data: the roll-ups held on this computer (schema v8 `rollups`), the district's
 * settings and last sync, shaped by the pure district rules before the first paint. The period
 * and its kind live in the address (?period=2026Q1), so a reload or a link shows the same.
 */
import type { LoaderFunctionArgs } from 'react-router-dom'
import {
  districtBoard,
  districtTotals,
  latestRollups,
  studioPeriodFigures,
  type DistrictBoard,
  type DistrictTotals,
  type StudioPeriodFigures,
} from '@shared/domain/district'
import { parsePeriod, type PeriodKind } from '@shared/domain/period'
import type { DistrictConfig } from '@shared/district/config'
import { db } from '../../db/connection'
import { allRollups, lastDistrictSync, type LastDistrictSync } from '../../db/district-rollups'
import { getDistrictConfig } from '../../db/district-config'
import { screen } from '../../app/screen-data'

export interface DistrictLoaded {
  config: DistrictConfig | null
  lastSync: LastDistrictSync | null
  /** Every studio's figures of every period held here. */
  figures: StudioPeriodFigures[]
  board: DistrictBoard
  /** The period shown: ?period=, else the board's latest; null when nothing has come yet. */
  period: string | null
  /** The studios' figures of `period`. */
  ofPeriod: StudioPeriodFigures[]
  totals: DistrictTotals | null
}

/** The kinds with roll-ups, 季度 first. */
function kindOf(requested: string | null, figures: readonly StudioPeriodFigures[]): PeriodKind {
  const asked = requested ? parsePeriod(requested)?.kind : undefined
  if (asked) return asked
  const kinds = new Set(figures.map((f) => parsePeriod(f.period)?.kind))
  return kinds.has('Q') || kinds.size === 0 ? 'Q' : kinds.has('H') ? 'H' : 'Y'
}

export async function loadDistrict(requested: string | null): Promise<DistrictLoaded> {
  const [config, lastSync, docs] = await Promise.all([getDistrictConfig(db), lastDistrictSync(db), allRollups(db)])
  // Marks on the page's timeline: the bench (scripts/bench-ui-district.mjs) tells reading from drawing.
  performance.mark('district:read')
  const figures = latestRollups(docs).map(studioPeriodFigures)
  // A studio sending files without being granted a server database still has its row.
  const granted = config && config.studios.length > 0 ? [...new Set([...config.studios, ...figures.map((f) => f.studioCode)])] : null
  const kind = kindOf(requested, figures)
  const board = districtBoard(figures, kind, granted)
  const period = requested && board.periods.includes(requested) ? requested : (board.periods.at(-1) ?? null)
  const ofPeriod = period ? figures.filter((f) => f.period === period) : []
  const totals = period ? districtTotals(period, ofPeriod) : null
  performance.mark('district:shaped')
  return { config, lastSync, figures, board, period, ofPeriod, totals }
}

export const districtScreen = screen(['rollups', 'settings'], ({ request }: LoaderFunctionArgs) => loadDistrict(new URL(request.url).searchParams.get('period')), {
  readsSearch: true,
})
