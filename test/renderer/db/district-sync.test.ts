import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { districtTotals, studioPeriodFigures } from '@shared/domain/district'
import { fetchDistrictRollups, type DistrictHttp } from '@shared/district/fetch'
import { securityObject, studioDatabases } from '@shared/sync/provision'
import type { RollupDocument } from '@shared/rollup/document'
import { StudioDatabase } from '@renderer/db/schema'
import { allRollups, applyDistrictFetch } from '@renderer/db/district-rollups'
import { asAdmin, couchOrigin } from '../../support/couch'
import { sampleRollups } from '../../support/rollup-sample'

// Ten studios publish their roll-ups of eight quarters on the run's CouchDB; a district computer
// syncs them into its own database: what it then shows for each quarter is the studios' figures
// summed, field by field, with nothing lost or counted twice on the way.
const run = Date.now().toString(36)
const district = { name: `qu10-${run}`, password: 'district-pass-10' }
const docs: RollupDocument[] = sampleRollups({ studios: 10, seed: 21 }).map((d) => {
  const code = `${d.studio.code}x${run}`
  return { ...d, _id: d._id.replace(d.studio.code, code), studio: { ...d.studio, code } }
})
const codes = [...new Set(docs.map((d) => d.studio.code))]
const name = `district-sync-${process.pid}`
let db: StudioDatabase

const http: DistrictHttp = {
  async getJson(url, authorization) {
    const res = await fetch(url, { headers: { authorization, accept: 'application/json' } })
    return { status: res.status, body: await res.json() }
  },
}

beforeAll(async () => {
  expect((await asAdmin('PUT', `/_users/org.couchdb.user:${district.name}`, { name: district.name, password: district.password, roles: ['district'], type: 'user' })).status).toBe(201)
  for (const code of codes) {
    const rollup = studioDatabases(code).rollup
    expect((await asAdmin('PUT', `/${rollup}`)).status).toBe(201)
    // The rollup database's security as provisioning sets it, the district user named as reader.
    expect((await asAdmin('PUT', `/${rollup}/_security`, securityObject(code, 'rollup', [district.name]))).status).toBe(200)
    expect((await asAdmin('POST', `/${rollup}/_bulk_docs`, { docs: docs.filter((d) => d.studio.code === code) })).status).toBe(201)
  }
  db = new StudioDatabase(name)
  await db.open()
}, 60000)

afterAll(async () => {
  db.close()
  await Dexie.delete(name)
})

describe('a district syncing ten studios', () => {
  it('holds every studio’s roll-ups, and each quarter’s totals are the studios’ figures summed', async () => {
    const fetched = await fetchDistrictRollups({ serverUrl: couchOrigin(), username: district.name, studios: codes }, district.password, http)
    expect(fetched.every((f) => f.ok)).toBe(true)
    const outcome = await applyDistrictFetch(db, fetched, codes)
    expect(outcome).toMatchObject({ stored: 80, studios: 10, problems: [] })
    const held = await allRollups(db)
    expect(held.map((d) => d._id).sort()).toEqual(docs.map((d) => d._id).sort())
    const figures = held.map(studioPeriodFigures)
    for (const period of new Set(docs.map((d) => d.period))) {
      const mine = docs.filter((d) => d.period === period)
      const sum = (pick: (d: RollupDocument) => number) => mine.reduce((s, d) => s + pick(d), 0)
      const t = districtTotals(period, figures)
      expect([t.studios, t.sessions, t.minutes, t.superviseesCovered, t.superviseeMinutes]).toEqual([
        10,
        sum((d) => d.sessions.count),
        sum((d) => d.sessions.minutes),
        sum((d) => d.supervisees.covered),
        sum((d) => d.supervisees.minutes),
      ])
      expect(t.followUps).toEqual({
        total: sum((d) => d.followUps.total),
        done: sum((d) => d.followUps.done),
        open: sum((d) => d.followUps.open),
        overdue: sum((d) => d.followUps.overdue),
      })
      for (const c of ['绿色', '蓝色', '黄色', '红色'] as const) expect(t.colours[c]).toBe(sum((d) => d.projects.filter((p) => p.state === '已定稿' && p.colour === c).length))
      expect(t.redProjects.map((r) => `${r.studioCode}/${r.projectId}`).sort()).toEqual(
        mine.flatMap((d) => d.projects.filter((p) => p.state === '已定稿' && p.colour === '红色').map((p) => `${d.studio.code}/${p.id}`)).sort(),
      )
    }
  })

  it('a second sync finds nothing new', async () => {
    const fetched = await fetchDistrictRollups({ serverUrl: couchOrigin(), username: district.name, studios: codes }, district.password, http)
    expect(await applyDistrictFetch(db, fetched, codes)).toMatchObject({ stored: 0, unchanged: 80 })
  })
})
