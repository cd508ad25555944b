import { buildDashboard, type DashboardData } from '@shared/domain/dashboard'
import { defaultAssessmentPeriod } from '@shared/domain/supervision-index/assessment-rules'
import { newestFirst, parsePeriod, previousPeriod } from '@shared/domain/period'
import type { Assessment, IndexFramework, Project } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { getPreferences } from '../../db/settings'
import { assessmentPeriods, assessmentsOfPeriods, assessmentsOfProject } from '../../db/assessments'
import { allFrameworks } from '../../db/frameworks'
import { allProjects } from '../../db/projects'
import { screen } from '../../app/screen-data'

export interface Base {
  projects: Project[]
  frameworks: IndexFramework[]
}

/** Periods with live assessments / with final ones (from the period index). */
export type AssessedPeriods = { all: string[]; final: string[] }

/** What the screen shows for one period, read and shaped before the first paint. */
export interface Loaded {
  base: Base
  /** The periods with assessments (the period menu's marks), read once per load when first asked for. */
  assessedRead: () => Promise<AssessedPeriods>
  period: string
  /** Live assessments of the period and the one before. */
  periodAssessments: Assessment[]
  data: DashboardData
  /** The studio's current framework (its grade lines where an assessment's own framework has none). */
  currentFrameworkId: string | null
  /** The assessments (every period) of the project shown first, for its trend line. */
  firstTrend: { projectId: string; assessments: Assessment[] } | null
}

/**
 * Everything the first paint needs, in as few waits as the reads allow: the projects and
 * frameworks; this period's and the previous one's assessments (cards, counts, changes, ranking,
 * radar), started at once when the period is in the address; then the assessments of the project
 * shown first (its trend), so the detail panel does not wait for a second render. The list of
 * assessed periods (two round trips, the slowest read) is waited for only when it decides the
 * period; otherwise it only labels the period menu and arrives after the first paint.
 */
async function loadDashboard(period: string | null, today: string, assessed: () => Promise<AssessedPeriods>): Promise<Loaded> {
  const periodsOf = (p: string) => assessmentsOfPeriods(db, [p, previousPeriod(p)])
  const early = period ? periodsOf(period) : null
  // The preferences are read here too: arriving after the data, they redrew the ranking and the
  // trend with the current framework's grade lines in a second frame (about 40 ms).
  const [projects, frameworks, prefs] = await Promise.all([allProjects(db), allFrameworks(db), getPreferences(db)])
  const base: Base = { projects, frameworks }
  const p = period ?? latestFinalPeriod((await assessed()).final, defaultAssessmentPeriod(today))
  const periodAssessments = await (early ?? periodsOf(p))
  // The radar's dimension scores are computed for the project shown, not for all 200 (see ProjectDetail).
  const data = buildDashboard({ projects, assessments: periodAssessments, frameworks, period: p, trendLength: 1, withDimensions: false })
  const first = data.rows[0]
  const firstTrend = first ? { projectId: first.projectId, assessments: await assessmentsOfProject(db, first.projectId) } : null
  return { base, assessedRead: assessed, period: p, periodAssessments, data, currentFrameworkId: prefs.currentFrameworkId, firstTrend }
}

/** The latest of the periods with final assessments (from the period index), or `fallback`. */
export function latestFinalPeriod(finalPeriods: readonly string[], fallback: string): string {
  return newestFirst(finalPeriods)[0] ?? fallback
}

/**
 * The route's data: the router reads it when the screen is opened, when the period in the address
 * changes and when projects, assessments, frameworks or the preferences change. Until it has read,
 * the screen before stays shown (with the shell's progress bar when it takes long): the dashboard
 * is drawn once, with data, not first as a spinner that then makes way for 200 cards.
 */
export const dashboardScreen = screen(
  ['projects', 'assessments', 'frameworks', 'settings'],
  ({ request }) => {
    const q = new URL(request.url).searchParams.get('period')
    return loadDashboard(q && parsePeriod(q) ? q : null, todayString(), onDemand(() => assessmentPeriods(db)))
  },
  { readsSearch: true },
)

/** A read that starts the first time it is asked for; later askers share it. */
function onDemand<T>(read: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | null = null
  return () => (started ??= read())
}
