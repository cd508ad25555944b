import { beforeAll, describe, expect, it } from 'vitest'
import { publishRollup, rollupFileBytes, rollupFileName, RollupPublishError, type RollupServer } from '@shared/rollup/publish'
import { readRollupFile } from '@shared/district/rollup-input'
import { rollupDocumentSchema, type RollupDocument } from '@shared/rollup/document'
import { asUser, couchOrigin } from '../../support/couch'
import { provisionDistrict, provisionStudio } from '../../support/provision-run'
import { rollupOf } from '../../support/rollup'

// Issue 17, "Isolation proven", against the run's CouchDB: two studios and a district user
// granted both, a third studio not granted; what each may read and write. Names unique per run.
const run = Date.now().toString(36)
const A = `ra${run}`
const B = `rb${run}`
const C = `rc${run}`
const gao = { name: `rgao-${run}`, password: 'gao-pass-1', sensitive: true }
const zhou = { name: `rzhou-${run}`, password: 'zhou-pass-1', sensitive: true }
const wu = { name: `rwu-${run}`, password: 'wu-pass-12', sensitive: true }
const qu = { name: `rqu-${run}`, password: 'qu-pass-12' }

const server = (code: string, user: { name: string; password: string }): RollupServer => ({ serverUrl: couchOrigin(), studioCode: code, username: user.name, password: user.password })
const stored = async (code: string, id: string, user = qu) => (await asUser(user.name, user.password, 'GET', `/studio-${code}-rollup/${encodeURIComponent(id)}`)).body as RollupDocument

beforeAll(async () => {
  await provisionStudio(A, '临泉工作室', gao)
  await provisionStudio(B, '薛家岛工作室', zhou)
  await provisionStudio(C, '灵山卫工作室', wu)
  await provisionDistrict(qu.name, qu.password, [A, B])
}, 90000)

describe('publishRollup', () => {
  it('creates the period’s document, writes nothing when only the time differs, and updates over the revision when figures change', async () => {
    const doc = rollupOf(A, '2025Q2')
    expect(await publishRollup(server(A, gao), doc, fetch)).toBe('created')
    const first = await stored(A, doc._id)
    expect(first._rev).toMatch(/^1-/)

    expect(await publishRollup(server(A, gao), { ...doc, generatedAt: '2025-07-16T09:00:00.000Z' }, fetch)).toBe('unchanged')
    expect((await stored(A, doc._id))._rev).toBe(first._rev)

    const changed = { ...doc, followUps: { ...doc.followUps, done: 2, open: 2 }, generatedAt: '2025-07-20T09:00:00.000Z' }
    expect(await publishRollup(server(A, gao), changed, fetch)).toBe('updated')
    const second = await stored(A, doc._id)
    expect(second._rev).toMatch(/^2-/)
    expect(second.followUps).toEqual({ total: 4, done: 2, open: 2, overdue: 3 })
    expect(rollupDocumentSchema.parse(second)).toMatchObject({ period: '2025Q2', studio: { code: A } })
  })

  it('says in Chinese why the server refused: a wrong password, another studio’s database', async () => {
    const doc = rollupOf(A, '2025Q1')
    await expect(publishRollup({ ...server(A, gao), password: 'wrong-pass' }, doc, fetch)).rejects.toThrow('区级汇总未能上报（用户名或密码错误）')
    const other = rollupOf(B, '2025Q1')
    const err = await publishRollup(server(B, gao), other, fetch).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RollupPublishError)
    expect((err as RollupPublishError).status).toBe(403)
  })
})

describe('isolation on the server', () => {
  it('keeps the district user out of every studio’s ordinary and sensitive database (401/403)', async () => {
    for (const code of [A, B, C]) {
      for (const db of [`studio-${code}`, `studio-${code}-sensitive`]) {
        for (const path of [`/${db}`, `/${db}/_all_docs`, `/${db}/_changes`, `/${db}/meta:studio`]) {
          const { status } = await asUser(qu.name, qu.password, 'GET', path)
          expect([401, 403], `${path} → ${status}`).toContain(status)
        }
        expect([401, 403]).toContain((await asUser(qu.name, qu.password, 'POST', `/${db}/_bulk_get`, { docs: [{ id: 'meta:studio' }] })).status)
      }
    }
  })

  it('lets the district user read the roll-ups of the studios granted, only read them, and not those of others', async () => {
    for (const code of [A, B]) {
      const doc = rollupOf(code, '2025Y')
      await publishRollup(server(code, code === A ? gao : zhou), doc, fetch)
      expect((await stored(code, doc._id)).sessions.count).toBe(doc.sessions.count)
      expect((await asUser(qu.name, qu.password, 'GET', `/studio-${code}-rollup/_all_docs`)).status).toBe(200)
      const q3 = rollupOf(code, '2025Q3')
      expect((await asUser(qu.name, qu.password, 'PUT', `/studio-${code}-rollup/${encodeURIComponent(q3._id)}`, q3)).status).toBe(403)
    }
    await publishRollup(server(C, wu), rollupOf(C, '2025Y'), fetch)
    expect((await asUser(qu.name, qu.password, 'GET', `/studio-${C}-rollup/_all_docs`)).status).toBe(403)
    expect((await asUser(null, '', 'GET', `/studio-${A}-rollup/_all_docs`)).status).toBe(401)
  })

  it('keeps each studio out of another studio’s roll-up database', async () => {
    expect((await asUser(gao.name, gao.password, 'GET', `/studio-${B}-rollup/_all_docs`)).status).toBe(403)
    expect((await asUser(zhou.name, zhou.password, 'GET', `/studio-${A}-rollup/_all_docs`)).status).toBe(403)
    expect((await asUser(wu.name, wu.password, 'GET', `/studio-${A}-rollup/${encodeURIComponent(`rollup:${A}:2025Y`)}`)).status).toBe(403)
  })

  it('refuses in the rollup database a document that is not a valid roll-up of that studio', async () => {
    const doc = rollupOf(A, '2025H1')
    const put = (body: unknown, id = doc._id) => asUser(gao.name, gao.password, 'PUT', `/studio-${A}-rollup/${encodeURIComponent(id)}`, body)
    expect(await put({ ...doc, advice: '先以邻里志愿者陪同探访建立信任' })).toMatchObject({ status: 403, body: { reason: '不是有效的汇总数据：汇总数据.advice 不是汇总数据的字段' } })
    expect(await put({ ...doc, projects: doc.projects.map((p) => ({ ...p, questions: '服务对象家属投诉' })) })).toMatchObject({ status: 403 })
    expect(await put({ ...doc, supervisees: { ...doc.supervisees, named: [{ name: '谢国铭', count: 1, minutes: 60, phone: '138' }] } })).toMatchObject({ status: 403 })
    const foreign = rollupOf(B, '2025H1')
    expect(await put(foreign, foreign._id)).toMatchObject({ status: 403, body: { reason: `文档不属于本工作室（${A}）` } })
    expect(await put({ _id: 'figures:1', studio: A, sessions: 3 }, 'figures:1')).toMatchObject({ status: 403 })
    expect(await put(doc)).toMatchObject({ status: 201 })
  })
})

describe('the .sgrollup file', () => {
  it('holds the roll-up as JSON the district’s import takes, named like the backups', () => {
    const doc = { ...rollupOf('linquan', '2025Q2'), _rev: '3-abc' }
    const { _rev: _dropped, ...withoutRev } = doc
    expect(readRollupFile(new TextDecoder().decode(rollupFileBytes(doc)))).toEqual([withoutRev])
    expect(rollupFileName('林泉/工作室', '2025Q2', new Date(2025, 6, 15, 9, 5))).toBe('区级汇总-林泉工作室-2025Q2-20250715-0905.sgrollup')
  })

  it('is never written with a field the contract lacks', () => {
    const extra = { ...rollupOf('linquan', '2025Q2'), questions: '服务对象家属投诉' }
    expect(() => rollupFileBytes(extra as RollupDocument)).toThrow()
    expect(() => readRollupFile(JSON.stringify(extra))).toThrow()
  })
})
