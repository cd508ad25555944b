import { generateSampleData, type SampleData } from '@shared/sample/generator'
import { generateSampleAssessments } from '@shared/sample/sample-assessments'
import { buildDashboard } from '@shared/domain/dashboard'
import { gradeAssessment } from '@shared/domain/supervision-index/grading'
import { groupActivityByProject, projectSuggestions } from '@shared/domain/supervision-index/suggestions'
import { StudioDatabase } from '@renderer/db/schema'
import { DEFAULT_FRAMEWORK_ID } from '@renderer/db/frameworks'
import { loadSampleData } from '@renderer/db/sample-data'
import { updatePreferences } from '@renderer/db/settings'
import { benchScale, round, time, type Results } from './metrics'

declare global {
  interface Window {
    /** Handed to scripts/bench-ui-dashboard.mjs. */
    __benchDashboard?: { period: string; projects: number; assessments: number }
  }
}

/** The dashboard bench: 200 projects × 8 quarters, 20,000 sessions (or the size of a BENCH_SCALE run). */
export const DASHBOARD_BENCH = { projects: 200, quarters: 8, sessions: 20_000, persons: 300 } as const
/** Fixed, so the seeded data (and the period the dashboard opens on) never depend on the day the bench runs. */
const TODAY = '2025-10-15'

function dataset(): SampleData {
  return generateSampleData({ seed: 23, today: TODAY, ...DASHBOARD_BENCH, sessions: benchScale() })
}

/**
 * Pure computation behind the 指数看板 for 200 projects × 8 quarters with 20,000 sessions:
 * the suggestions of every project and period (suggestAll, from progress, linked sessions and
 * follow-ups), every total and colour (computeScores + finalGrade), and the dashboard shaping of
 * the latest period (ranking, colour counts, changes, 8-period trends, dimension scores).
 */
export async function benchDashboard(results: Results) {
  const data = dataset()
  const { framework, assessments } = generateSampleAssessments(data, { frameworkId: DEFAULT_FRAMEWORK_ID, today: TODAY })
  const periods = [...new Set(assessments.map((a) => a.period))].sort()
  const latest = periods[periods.length - 1]!
  results['dashboard.assessments'] = { value: assessments.length, unit: 'count' }

  const suggestionsAll = () => {
    const groups = groupActivityByProject(data.sessions, data.followUps)
    const progress = new Map<string, SampleData['progress']>()
    for (const r of data.progress) progress.set(r.projectId, [...(progress.get(r.projectId) ?? []), r])
    let n = 0
    for (const p of data.projects) {
      const g = groups.get(p.id) ?? { sessions: [], followUps: [] }
      for (const period of periods) {
        projectSuggestions({ projectId: p.id, targets: p.targets, progress: progress.get(p.id) ?? [], sessions: g.sessions, followUps: g.followUps }, period, 2)
        n++
      }
    }
    return n
  }
  const totalsAll = () => assessments.map((a) => gradeAssessment(framework, a.items).scores.totalTenths)
  const shape = () =>
    buildDashboard({ projects: data.projects, assessments, frameworks: [framework], period: latest, trendLength: periods.length })

  results['dashboard.suggestions.200x8'] = { value: await time(suggestionsAll, 3), unit: 'ms' }
  results['dashboard.totals.200x8'] = { value: await time(totalsAll, 3), unit: 'ms' }
  results['dashboard.shape.200x8'] = { value: await time(shape, 5), unit: 'ms' }
  results['dashboard.compute.200x8'] = {
    value: await time(() => {
      suggestionsAll()
      totalsAll()
      shape()
    }, 3),
    unit: 'ms',
  }

  // What the screen reads from IndexedDB on open (projects, assessments, frameworks).
  const db = new StudioDatabase('bench-dashboard')
  await db.delete()
  await db.open()
  await db.transaction('rw', [db.projects, db.frameworks, db.assessments], async () => {
    await db.projects.bulkAdd(data.projects)
    await db.frameworks.add(framework)
    await db.assessments.bulkAdd(assessments)
  })
  results['dashboard.read.200x8'] = {
    value: await time(() => Promise.all([db.projects.toArray(), db.assessments.toArray(), db.frameworks.toArray()]), 5),
    unit: 'ms',
  }
  db.close()
  await StudioDatabase.delete('bench-dashboard')
}

/**
 * Replaces the app's own database (same origin as the app) with the dashboard data set, so
 * scripts/bench-ui-dashboard.mjs can time the real 指数看板. Run on its own (bench/#seed-dashboard),
 * after the other screens' UI timings, because it replaces what they used.
 *
 * The same records 载入示例数据 writes (loadSampleData), but the sessions and follow-ups in
 * transactions of 1,000 like the sessions group, and without the sync outbox: in one `write` with
 * the outbox, 100,000 sessions and 140,000 follow-ups did not finish within the UI bench's 30
 * minutes on the loaded bench machine. The assessments are derived from every session, as
 * loadSampleData derives them.
 */
export async function seedDashboardApp(results: Results) {
  const data = dataset()
  const db = new StudioDatabase()
  await db.delete()
  await db.open()
  const t0 = performance.now()
  const sample = generateSampleAssessments(data, { frameworkId: DEFAULT_FRAMEWORK_ID, today: TODAY })
  await loadSampleData(db, { ...data, sessions: [], followUps: [] }, { today: TODAY, assessments: false })
  const chunk = 1000
  for (let i = 0; i < data.sessions.length; i += chunk) {
    await db.transaction('rw', db.sessions, () => db.sessions.bulkAdd(data.sessions.slice(i, i + chunk)))
  }
  for (let i = 0; i < data.followUps.length; i += chunk) {
    await db.transaction('rw', db.followUps, () => db.followUps.bulkAdd(data.followUps.slice(i, i + chunk)))
  }
  await db.transaction('rw', [db.frameworks, db.assessments], async () => {
    await db.frameworks.put(sample.framework)
    await db.assessments.bulkAdd(sample.assessments)
  })
  await updatePreferences(db, { currentFrameworkId: DEFAULT_FRAMEWORK_ID })
  results['dashboard.seed.ms'] = { value: round(performance.now() - t0), unit: 'ms' }
  const assessments = await db.assessments.toArray()
  const period = [...new Set(assessments.map((a) => a.period))].sort().at(-1)!
  window.__benchDashboard = { period, projects: data.projects.length, assessments: assessments.length }
  db.close()
}
