/** One studio's roll-ups (drill-down from the 区级看板): the period asked for, and its trend across periods. */
import type { LoaderFunctionArgs } from 'react-router-dom'
import { districtBoard, districtTotals, latestRollups, studioPeriodFigures, type DistrictBoard, type DistrictTotals } from '@shared/domain/district'
import { comparePeriods, parsePeriod } from '@shared/domain/period'
import type { RollupDocument } from '@shared/rollup/document'
import { db } from '../../db/connection'
import { rollupsOfStudio } from '../../db/district-rollups'
import { screen } from '../../app/screen-data'

export interface StudioRollupLoaded {
  code: string
  name: string
  /** Every period the studio sent, newest first. */
  periods: string[]
  period: string | null
  doc: RollupDocument | null
  totals: DistrictTotals | null
  board: DistrictBoard
}

export async function loadStudioRollup(code: string, requested: string | null): Promise<StudioRollupLoaded> {
  const docs = latestRollups(await rollupsOfStudio(db, code))
  const periods = docs.map((d) => d.period).sort((a, b) => comparePeriods(b, a))
  const period = requested && periods.includes(requested) ? requested : (periods[0] ?? null)
  const doc = docs.find((d) => d.period === period) ?? null
  const figures = docs.map(studioPeriodFigures)
  return {
    code,
    name: doc?.studio.name ?? docs[0]?.studio.name ?? code,
    periods,
    period,
    doc,
    totals: period ? districtTotals(period, figures) : null,
    board: districtBoard(figures, parsePeriod(period ?? '')?.kind ?? 'Q', [code]),
  }
}

export const studioRollupScreen = screen(
  ['rollups'],
  ({ params, request }: LoaderFunctionArgs) => loadStudioRollup(params.code ?? '', new URL(request.url).searchParams.get('period')),
  { readsSearch: true },
)
