import { generateSampleData } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'
import { renderReport } from '@shared/reports'
import { buildStudioSummaryFromFacts, studioSummaryFacts, type StudioSummaryInput } from '@shared/reports/content'
import { renderChartImages } from '@renderer/reports/report-charts'
import { benchScale, round, time, type Results } from './metrics'

/**
 * 工作室年度总结 for 200 projects and 20,000 sessions (or the size of a BENCH_SCALE run; a year of sample data with its final quarterly
 * assessments), exported as a user exports it:
 * - report.studio.annual: the content builder (every figure from the domain functions), the charts drawn
 *   to PNG in this Chromium (sessions per month, hours by 方式, colour distribution, the ranking of 200
 *   projects in 8 images), and the .docx rendering (target < 3 s);
 * - report.studio.annual.bytes: the size of the .docx;
 * - report.studio.annual.charts: of the first, the time spent drawing the charts.
 */
export async function benchReport(results: Results) {
  const today = '2026-01-15'
  const data = generateSampleData({ seed: 11, today, persons: 400, projects: 200, sessions: benchScale(), quarters: 4 })
  const { framework, assessments } = generateSampleAssessments(data, { frameworkId: 'bench-framework', today, seed: 11 })
  const input: StudioSummaryInput = {
    period: '2025Y',
    studio: { name: '薛家岛街道高级社会工作师工作室', lead: '高瑞敏' },
    persons: data.persons,
    projects: data.projects,
    sessions: data.sessions,
    followUps: data.followUps,
    assessments,
    frameworks: [framework],
    thresholds: framework.thresholds,
    today,
    hoursPerMonth: 2,
    overdueDropDays: 30,
  }
  let bytes: Uint8Array = new Uint8Array()
  const chartTimes: number[] = []
  results['report.studio.annual'] = {
    value: await time(async () => {
      const facts = studioSummaryFacts(input)
      const t0 = performance.now()
      const images = await renderChartImages(facts.charts)
      chartTimes.push(performance.now() - t0)
      if (Object.keys(images).length !== facts.charts.length) throw new Error('report bench: a chart was not drawn')
      bytes = await renderReport(buildStudioSummaryFromFacts(facts, input, images))
    }, 3),
    unit: 'ms',
  }
  results['report.studio.annual.bytes'] = { value: bytes.byteLength, unit: 'bytes' }
  chartTimes.sort((a, b) => a - b)
  results['report.studio.annual.charts'] = { value: round(chartTimes[Math.floor(chartTimes.length / 2)] ?? 0), unit: 'ms' }
}
