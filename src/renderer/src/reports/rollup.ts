/**
 * The studio's roll-ups from what the app holds (issue 17): one for a period on demand (the
 * 区级汇总 card, the `.sgrollup` file) and the publishing of every finalised period to the
 * studio's rollup database after a sync. The figures come from computeRollup over the same
 * records as the Word reports (loadReportData).
 */
import { computeRollup } from '@shared/domain/rollup/rollup'
import { finalPeriods } from '@shared/domain/supervision-index/assessment-rules'
import type { RollupDocument } from '@shared/rollup/document'
import { publishRollup, type HttpFetch, type PublishOutcome, type RollupServer } from '@shared/rollup/publish'
import type { RollupSettings } from '@shared/rollup/settings'
import { loadReportData, type ReportData } from '../db/report-data'
import { getRollupSettings } from '../db/rollup-settings'
import type { StudioDatabase } from '../db/schema'

export function studioRollup(data: ReportData, settings: RollupSettings, code: string, period: string, today: string, generatedAt: string): RollupDocument {
  return computeRollup({
    studio: { code, name: data.studio.name },
    period,
    today,
    generatedAt,
    superviseeNames: settings.superviseeNamesPeriods.includes(period),
    persons: data.persons,
    projects: data.projects,
    sessions: data.sessions,
    followUps: data.followUps,
    assessments: data.assessments,
    agreements: data.agreements,
  })
}

/** What a roll-up is computed from: a write to none of them leaves every roll-up as it was. */
export const ROLLUP_SOURCE_TABLES = ['persons', 'projects', 'sessions', 'followUps', 'assessments', 'agreements', 'settings'] as const

export interface PublishSummary {
  /** Periods published (those with a final assessment), newest first. */
  periods: string[]
  /** Of those, the ones whose document was created or changed. */
  written: string[]
}

/**
 * Publishes the roll-up of every period that has a final assessment: 定稿 puts a period on the
 * server, and each later change of its figures updates it; a period whose figures did not change
 * is not written.
 */
export async function publishStudioRollups(
  db: StudioDatabase,
  server: RollupServer,
  options: { today: string; generatedAt: string; fetchImpl: HttpFetch },
): Promise<PublishSummary> {
  const [data, settings] = await Promise.all([loadReportData(db), getRollupSettings(db)])
  const periods = finalPeriods(data.assessments)
  const written: string[] = []
  for (const period of periods) {
    const doc = studioRollup(data, settings, server.studioCode, period, options.today, options.generatedAt)
    const outcome: PublishOutcome = await publishRollup(server, doc, options.fetchImpl)
    if (outcome !== 'unchanged') written.push(period)
  }
  return { periods, written }
}
