import { districtBoard, districtTotals, latestRollups, studioPeriodFigures } from '@shared/domain/district'
import { renderReport } from '@shared/reports'
import { buildDistrictSummaryFromFacts, districtSummaryFacts, type DistrictSummaryInput } from '@shared/reports/content'
import { renderChartImages } from '@renderer/reports/report-charts'
import { StudioDatabase } from '@renderer/db/schema'
import type { StoredRollup } from '@renderer/db/district-rollups'
import { sampleRollups, SAMPLE_QUARTERS } from '../test/support/rollup-sample'
import { round, time, type Results } from './metrics'

declare global {
  interface Window {
    /** Handed to scripts/bench-ui-district.mjs. */
    __benchDistrict?: { period: string; studios: number; rollups: number }
  }
}

/** A district of 100 studios × 8 quarters (800 roll-ups, about 6 projects each). */
export const DISTRICT_BENCH = { studios: 100, periods: SAMPLE_QUARTERS } as const
const dataset = () => sampleRollups({ studios: DISTRICT_BENCH.studios, periods: DISTRICT_BENCH.periods, seed: 17 })
const LATEST = SAMPLE_QUARTERS[SAMPLE_QUARTERS.length - 1]!

/**
 * - district.shape.100: the pure figures behind the 区级看板 (each roll-up's figures, the studios ×
 *   periods grid, the latest period's totals);
 * - district.report.100: the 区级督导工作汇总 of the latest quarter as a user exports it: content
 *   (sentences, a table of all studios and one per studio), the colour chart drawn to PNG in this
 *   Chromium, the .docx rendering; district.report.100.bytes its size.
 */
export async function benchDistrict(results: Results) {
  const docs = dataset()
  results['district.rollups'] = { value: docs.length, unit: 'count' }
  results['district.shape.100'] = {
    value: await time(() => {
      const figures = latestRollups(docs).map(studioPeriodFigures)
      districtBoard(figures, 'Q', null)
      return districtTotals(LATEST, figures)
    }, 5),
    unit: 'ms',
  }
  const input: DistrictSummaryInput = { period: LATEST, rollups: docs, granted: [], districtName: '临港区社会工作部', today: '2026-10-10' }
  let bytes: Uint8Array = new Uint8Array()
  results['district.report.100'] = {
    value: await time(async () => {
      const facts = districtSummaryFacts(input)
      const images = await renderChartImages(facts.charts)
      if (Object.keys(images).length !== facts.charts.length) throw new Error('district bench: the chart was not drawn')
      bytes = await renderReport(buildDistrictSummaryFromFacts(facts, input, images))
    }, 3),
    unit: 'ms',
  }
  results['district.report.100.bytes'] = { value: bytes.byteLength, unit: 'bytes' }
}

/**
 * Replaces the app's own database (same origin) with a district computer holding the 100 studios'
 * roll-ups, so scripts/bench-ui-district.mjs can time the real 区级看板.
 */
export async function seedDistrictApp(results: Results) {
  const docs = dataset()
  const db = new StudioDatabase()
  await db.delete()
  await db.open()
  const t0 = performance.now()
  const rows: StoredRollup[] = docs.map((doc) => ({ id: doc._id, studioCode: doc.studio.code, period: doc.period, doc, source: 'server', receivedAt: '2026-10-10T08:00:00.000Z' }))
  await db.transaction('rw', [db.rollups, db.settings], async () => {
    await db.rollups.bulkAdd(rows)
    await db.settings.put({ key: 'districtConfig', value: { serverUrl: null, username: '', studios: [...new Set(docs.map((d) => d.studio.code))].sort() }, updatedAt: '2026-10-10T08:00:00.000Z' })
  })
  results['district.seed.ms'] = { value: round(performance.now() - t0), unit: 'ms' }
  window.__benchDistrict = { period: LATEST, studios: DISTRICT_BENCH.studios, rollups: docs.length }
  db.close()
}
