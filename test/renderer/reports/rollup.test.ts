import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDashboard } from '@shared/domain/dashboard'
import { completionRate, overdueForProject } from '@shared/domain/followups'
import { periodRange } from '@shared/domain/period'
import { districtTotals, studioPeriodFigures } from '@shared/domain/district'
import { fetchDistrictRollups, type DistrictHttp } from '@shared/district/fetch'
import { sessionStatistics } from '@shared/domain/statistics'
import { rollupDocumentSchema, type RollupDocument } from '@shared/rollup/document'
import { generateSampleData } from '@shared/sample/generator'
import { loadSampleData } from '@renderer/db/sample-data'
import { loadReportData } from '@renderer/db/report-data'
import { setSuperviseeNames } from '@renderer/db/rollup-settings'
import { updateFollowUpStatus } from '@renderer/db/follow-ups'
import type { StudioDatabase } from '@renderer/db/schema'
import { publishStudioRollups } from '@renderer/reports/rollup'
import { asUser, couchOrigin } from '../../support/couch'
import { provisionDistrict, provisionStudio } from '../../support/provision-run'
import { dropDb, freshDb } from '../db/helpers'

// Issue 17, item 4: ten studios made by the sample generator, each publishing its roll-ups
// from its own database to the run's CouchDB; the district reads them, and every stored figure
// equals what that studio's own statistics, dashboard and follow-up screens show for the period.
const TODAY = '2025-07-15'
const AT = '2025-07-15T09:00:00.000Z'
const run = Date.now().toString(36)
const district = { name: `pqu-${run}`, password: 'qu-pass-12' }
const studios = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => ({
  seed,
  code: `p${seed}${run}`,
  name: `示例工作室${seed}`,
  user: { name: `pu${seed}-${run}`, password: 'user-pass-1' },
  db: null as unknown as StudioDatabase,
}))
const options = { today: TODAY, generatedAt: AT, fetchImpl: fetch }
const server = (s: (typeof studios)[number]) => ({ serverUrl: couchOrigin(), studioCode: s.code, username: s.user.name, password: s.user.password })

async function storedRollups(code: string): Promise<RollupDocument[]> {
  const r = await asUser(district.name, district.password, 'GET', `/studio-${code}-rollup/_all_docs?include_docs=true&startkey=%22rollup%3A%22&endkey=%22rollup%3A%EF%BF%B0%22`)
  expect(r.status).toBe(200)
  return (r.body as { rows: { doc: unknown }[] }).rows.map((row) => rollupDocumentSchema.parse(row.doc))
}

beforeAll(async () => {
  for (const s of studios) {
    s.db = freshDb()
    const data = generateSampleData({ seed: s.seed, today: TODAY, quarters: 4, sessions: 50 + 10 * s.seed, projects: 3 + (s.seed % 6) })
    await loadSampleData(s.db, data, { today: TODAY, seed: s.seed, studio: { name: s.name, unit: '' } })
    await provisionStudio(s.code, s.name, s.user)
  }
  await provisionDistrict(
    district.name,
    district.password,
    studios.map((s) => s.code),
  )
}, 300000)

afterAll(async () => {
  for (const s of studios) await dropDb(s.db)
})

describe('studios publishing their roll-ups', () => {
  it('puts every finalised period on the server with the studio’s own figures, exactly', async () => {
    await setSuperviseeNames(studios[0]!.db, '2025Q2', true)
    let total = { sessions: 0, minutes: 0, red: 0 }
    let own = { sessions: 0, minutes: 0, red: 0 }
    for (const s of studios) {
      const summary = await publishStudioRollups(s.db, server(s), options)
      expect(summary.periods).toEqual(['2025Q2', '2025Q1', '2024Q4', '2024Q3'])
      expect(summary.written).toEqual(summary.periods)

      const data = await loadReportData(s.db)
      const docs = await storedRollups(s.code)
      expect(docs.map((d) => d.period).sort()).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2'])
      for (const doc of docs) {
        const stats = sessionStatistics(data.sessions, doc.period)
        const board = buildDashboard({ projects: data.projects, assessments: data.assessments, frameworks: data.frameworks, period: doc.period })
        const rate = completionRate(
          data.followUps.filter((f) => data.sessions.some((x) => x.id === f.sessionId)),
          doc.period,
        )
        expect(doc.studio).toEqual({ code: s.code, name: s.name })
        expect([doc.sessions.count, doc.sessions.minutes]).toEqual([stats.count, stats.minutes])
        expect(doc.sessions.byMode).toEqual(stats.byMode.map(({ key, count, minutes }) => ({ key, count, minutes })))
        expect(doc.supervisees.covered).toBe(stats.bySupervisee.length)
        expect(doc.supervisors.count).toBe(stats.bySupervisor.length)
        expect([doc.followUps.total, doc.followUps.done]).toEqual([rate.dueCount, rate.completedCount])
        expect(doc.assessments).toEqual({ projects: board.rows.length, finalised: board.assessedCount, drafts: board.draftCount })
        expect(doc.projects.map((p) => [p.id, p.totalTenths, p.colour, p.changeTenths])).toEqual(
          board.rows.map((r) => [r.projectId, r.totalTenths, r.colour, r.change.deltaTenths]),
        )
        expect(doc.supervisees.named === null).toBe(!(s.seed === 1 && doc.period === '2025Q2'))
        if (doc.period === '2025Q2') {
          total = { sessions: total.sessions + doc.sessions.count, minutes: total.minutes + doc.sessions.minutes, red: total.red + doc.projects.filter((p) => p.colour === '红色').length }
          own = { sessions: own.sessions + stats.count, minutes: own.minutes + stats.minutes, red: own.red + board.counts.红色 }
        }
      }
    }
    // What a district adds up for 2025Q2 is what the ten studios show themselves.
    expect(total).toEqual(own)
    expect(total.sessions).toBeGreaterThan(50)
  })

  it('reaches the district’s totals: the district side fetches them and its sums equal the studios’ own figures', async () => {
    const http: DistrictHttp = {
      async getJson(url, authorization) {
        const res = await fetch(url, { headers: { authorization, accept: 'application/json' } })
        return { status: res.status, body: await res.json() }
      },
    }
    const config = { serverUrl: couchOrigin(), username: district.name, studios: studios.map((s) => s.code) }
    const fetched = await fetchDistrictRollups(config, district.password, http)
    expect(fetched.map((f) => f.ok)).toEqual(studios.map(() => true))
    const figures = fetched.flatMap((f) => (f.ok ? f.docs.map(studioPeriodFigures) : []))

    for (const period of ['2025Q2', '2024Q3']) {
      const totals = districtTotals(period, figures)
      const own = { studios: 0, sessions: 0, minutes: 0, covered: 0, due: 0, done: 0, overdue: 0, colours: { 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0, 未评估: 0, total: 0 } as Record<string, number> }
      for (const s of studios) {
        const data = await loadReportData(s.db)
        const stats = sessionStatistics(data.sessions, period)
        const board = buildDashboard({ projects: data.projects, assessments: data.assessments, frameworks: data.frameworks, period })
        const followUps = data.followUps.filter((f) => data.sessions.some((x) => x.id === f.sessionId))
        const rate = completionRate(followUps, period)
        const end = periodRange(period).end
        own.studios += 1
        own.sessions += stats.count
        own.minutes += stats.minutes
        own.covered += stats.bySupervisee.length
        own.due += rate.dueCount
        own.done += rate.completedCount
        own.overdue += overdueForProject(data.sessions, followUps, TODAY < end ? TODAY : end).length
        for (const k of Object.keys(own.colours)) own.colours[k]! += board.counts[k as keyof typeof board.counts]
      }
      expect({
        studios: totals.studios,
        sessions: totals.sessions,
        minutes: totals.minutes,
        covered: totals.superviseesCovered,
        due: totals.followUps.total,
        done: totals.followUps.done,
        overdue: totals.followUps.overdue,
        colours: totals.colours,
      }).toEqual(own)
    }
  })

  it('writes nothing when nothing changed, and only the period whose figures a change moved', async () => {
    const s = studios[1]!
    const before = await storedRollups(s.code)
    expect((await publishStudioRollups(s.db, server(s), { ...options, generatedAt: '2025-07-16T09:00:00.000Z' })).written).toEqual([])

    const data = await loadReportData(s.db)
    const open = data.followUps.find((f) => f.status !== '已完成' && f.status !== '已取消' && f.dueDate >= '2025-04-01' && f.dueDate <= '2025-06-30')!
    expect(open).toBeDefined()
    await updateFollowUpStatus(s.db, open.id, { status: '已完成', completedDate: open.dueDate, completionNote: '' }, { today: TODAY })
    expect((await publishStudioRollups(s.db, server(s), options)).written).toEqual(['2025Q2'])

    const after = await storedRollups(s.code)
    const q2 = (docs: RollupDocument[]) => docs.find((d) => d.period === '2025Q2')!
    expect(q2(after).followUps.done).toBe(q2(before).followUps.done + 1)
    expect(q2(after)._rev).toMatch(/^2-/)
    expect(after.filter((d) => d.period !== '2025Q2').map((d) => d._rev)).toEqual(before.filter((d) => d.period !== '2025Q2').map((d) => d._rev))
  })
})
