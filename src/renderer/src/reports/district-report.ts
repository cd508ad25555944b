/**
 * 导出区级汇总: reads the roll-ups held on this computer, builds the 区级督导工作汇总 of a period
 * (src/shared/reports/content/district-summary.ts), draws its chart, renders the .docx in the same
 * GB/T 9704 layout as the studio's reports and hands it to the save dialog or a download.
 */
import { renderReport, type FontSetName } from '@shared/reports'
import { buildDistrictSummaryFromFacts, districtSummaryFacts, districtSummaryFileName, type DistrictSummaryInput } from '@shared/reports/content'
import { db } from '../db/connection'
import { todayString } from '../db/clock'
import { allRollups } from '../db/district-rollups'
import { getDistrictConfig } from '../db/district-config'
import { getPreferences, getStudioInfo } from '../db/settings'
import { studio } from '../platform/bridge'
import { DOCX_FILTERS } from './export-report'
import { renderChartImages } from './report-charts'

export async function districtReportInput(period: string): Promise<DistrictSummaryInput & { fontSet: FontSetName }> {
  const [rollups, config, info, prefs] = await Promise.all([allRollups(db), getDistrictConfig(db), getStudioInfo(db), getPreferences(db)])
  return { period, rollups, granted: config?.studios ?? [], districtName: info.name, today: todayString(), fontSet: prefs.reportFonts }
}

/** The .docx bytes and file name of the period's district report. */
export async function renderDistrictReport(period: string): Promise<{ fileName: string; bytes: Uint8Array; chartErrors: string[] }> {
  const input = await districtReportInput(period)
  const facts = districtSummaryFacts(input)
  const chartErrors: string[] = []
  const images = await renderChartImages(facts.charts, { onError: (request) => chartErrors.push(request.caption) })
  const bytes = await renderReport(buildDistrictSummaryFromFacts(facts, input, images), { fontSet: input.fontSet })
  return { fileName: districtSummaryFileName(period), bytes, chartErrors }
}

/** Renders and saves; the Chinese outcome, or null when the person cancelled the save dialog. */
export async function exportDistrictReport(period: string): Promise<string | null> {
  const rendered = await renderDistrictReport(period)
  const result = await studio().saveFile({ suggestedName: rendered.fileName, data: rendered.bytes, filters: DOCX_FILTERS })
  if (!result.saved) return null
  return `已导出：${rendered.fileName}${rendered.chartErrors.length ? `（以下图表未能生成，已略去：${rendered.chartErrors.join('、')}）` : ''}`
}
