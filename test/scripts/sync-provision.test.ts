import { beforeAll, describe, expect, it } from 'vitest'
import { asAdmin, asUser } from '../support/couch'
import { provision, usersFile } from '../support/provision-run'
import { rollupOf } from '../support/rollup'

// `npm run sync:provision` against the run's CouchDB (our test server, or a real CouchDB 3 with
// COUCH_URL): two studios, then what each of their people may and may not do. Names are unique per
// run so the suite can run again on a server that keeps its data.
const run = Date.now().toString(36)
const A = `a${run}`
const B = `b${run}`
const gao = { name: `gao-${run}`, password: 'gao-pass-1', sensitive: true }
const li = { name: `li-${run}`, password: 'li-pass-12' }
const zhou = { name: `zhou-${run}`, password: 'zhou-pass-1', sensitive: true }
const qu = { name: `qu-${run}`, password: 'qu-pass-12' }
const docA = (id: string, extra: Record<string, unknown> = {}) => ({ _id: `sessions:${id}`, id, table: 'sessions', studio: A, sensitive: 0, questions: '如何回应服务对象的情绪', ...extra })
const texts = { questions: '', process: '', advice: '', supervisorReflection: '', superviseeReflection: '', riskNote: '' }

beforeAll(async () => {
  const a = await provision('--studio', A, '--name', '临泉工作室', '--users', usersFile('a', [gao, li]))
  expect(a.err).toBe('')
  expect(a.code).toBe(0)
  const b = await provision('--studio', B, '--name', '薛家岛工作室', '--users', usersFile('b', [zhou]))
  expect(b.code).toBe(0)
  expect((await provision('--district', qu.name, '--password', qu.password, '--grant', A)).code).toBe(0)
}, 60000)

describe('npm run sync:provision', () => {
  it('creates the studio once: a second run changes nothing', async () => {
    const design = (await asAdmin('GET', `/studio-${A}/_design/studio`)).body as { _rev: string }
    const again = await provision('--studio', A, '--name', '临泉工作室', '--users', usersFile('a', [gao, li]))
    expect(again.code).toBe(0)
    expect(again.out).not.toMatch(/已创建|已更新|已设置/)
    expect(again.out).toContain('完成。')
    expect(((await asAdmin('GET', `/studio-${A}/_design/studio`)).body as { _rev: string })._rev).toBe(design._rev)
    expect((await asAdmin('GET', `/studio-${A}/meta:studio`)).body).toMatchObject({ studio: A, name: '临泉工作室' })
  })

  it('refuses a bad users file before writing anything', async () => {
    const r = await provision('--studio', `c${run}`, '--name', '某工作室', '--users', usersFile('bad', [{ name: 'x', password: 'short' }]))
    expect(r.code).toBe(2)
    expect(r.err).toContain('密码至少 8 个字符')
    expect((await asAdmin('GET', `/studio-c${run}`)).status).toBe(404)
  })

  it('refuses a wrong password (401) and another studio’s people (403)', async () => {
    expect((await asUser(li.name, li.password, 'GET', `/studio-${A}`)).status).toBe(200)
    expect((await asUser(li.name, 'wrong-password', 'GET', `/studio-${A}`)).status).toBe(401)
    expect((await asUser(null, '', 'GET', `/studio-${A}/_all_docs`)).status).toBe(401)
    expect((await asUser(zhou.name, zhou.password, 'GET', `/studio-${A}/_all_docs`)).status).toBe(403)
    expect((await asUser(zhou.name, zhou.password, 'GET', `/studio-${A}/_changes`)).status).toBe(403)
    expect((await asUser(zhou.name, zhou.password, 'PUT', `/studio-${A}/sessions:z1`, { ...docA('z1'), studio: A })).status).toBe(403)
    expect((await asUser(gao.name, gao.password, 'GET', `/studio-${B}-sensitive/_all_docs`)).status).toBe(403)
  })

  it('refuses a document of another studio in a studio’s database', async () => {
    const own = await asUser(li.name, li.password, 'PUT', `/studio-${A}/sessions:s1`, docA('s1'))
    expect(own.status).toBe(201)
    const foreign = await asUser(li.name, li.password, 'PUT', `/studio-${A}/sessions:s2`, docA('s2', { studio: B }))
    expect(foreign).toMatchObject({ status: 403, body: { error: 'forbidden', reason: `文档不属于本工作室（${A}）` } })
    // Replication writes with new_edits:false through _bulk_docs: the same rule holds.
    const replicated = await asUser(li.name, li.password, 'POST', `/studio-${A}/_bulk_docs`, { new_edits: false, docs: [{ ...docA('s3', { studio: B }), _rev: '1-abc' }] })
    expect(JSON.stringify(replicated.body)).toContain('forbidden')
    expect((await asAdmin('GET', `/studio-${A}/sessions:s3`)).status).toBe(404)
  })

  it('keeps a sensitive text out of the ordinary database and lets only its named members read it', async () => {
    const leaked = await asUser(gao.name, gao.password, 'PUT', `/studio-${A}/sessions:s4`, docA('s4', { ...texts, sensitive: 1, process: '服务对象透露自伤念头' }))
    expect(leaked).toMatchObject({ status: 403, body: { reason: '敏感记录的正文不能写入普通数据库' } })
    expect((await asUser(gao.name, gao.password, 'PUT', `/studio-${A}/sessions:s4`, docA('s4', { ...texts, sensitive: 1, sensitiveText: 'separate' }))).status).toBe(201)
    const text = { _id: 'sessions-text:s4', studio: A, sessionId: 's4', ...texts, process: '服务对象透露自伤念头' }
    expect((await asUser(gao.name, gao.password, 'PUT', `/studio-${A}/sessions-text:s4`, text)).status).toBe(403)
    expect((await asUser(gao.name, gao.password, 'PUT', `/studio-${A}-sensitive/sessions-text:s4`, text)).status).toBe(201)

    expect((await asUser(gao.name, gao.password, 'GET', `/studio-${A}-sensitive/sessions-text:s4`)).body).toMatchObject({ process: '服务对象透露自伤念头' })
    expect((await asUser(li.name, li.password, 'GET', `/studio-${A}-sensitive/sessions-text:s4`)).status).toBe(403)
    expect((await asUser(li.name, li.password, 'POST', `/studio-${A}-sensitive/_bulk_get`, { docs: [{ id: 'sessions-text:s4' }] })).status).toBe(403)
    expect((await asUser(zhou.name, zhou.password, 'GET', `/studio-${A}-sensitive/sessions-text:s4`)).status).toBe(403)
    expect((await asUser(qu.name, qu.password, 'GET', `/studio-${A}-sensitive/sessions-text:s4`)).status).toBe(403)
    // Asserted on the server: no document of the ordinary database carries the text.
    const all = (await asAdmin('GET', `/studio-${A}/_all_docs?include_docs=true`)).body as { rows: { doc: unknown }[] }
    expect(JSON.stringify(all.rows)).not.toContain('自伤')
  })

  it('lets a district user read the rollup of the studios granted, and nothing else', async () => {
    const figures = rollupOf(A, '2025Q2')
    expect(await asUser(li.name, li.password, 'PUT', `/studio-${A}-rollup/${figures._id}`, figures)).toMatchObject({ status: 201 })
    expect((await asUser(qu.name, qu.password, 'GET', `/studio-${A}-rollup/${figures._id}`)).body).toMatchObject({ sessions: { count: 3, minutes: 300 } })
    const q3 = rollupOf(A, '2025Q3')
    expect((await asUser(qu.name, qu.password, 'PUT', `/studio-${A}-rollup/${q3._id}`, q3)).status).toBe(403)
    expect((await asUser(qu.name, qu.password, 'GET', `/studio-${A}/_all_docs`)).status).toBe(403)
    expect((await asUser(qu.name, qu.password, 'GET', `/studio-${B}-rollup/_all_docs`)).status).toBe(403)
  })

  it('revokes a person: after the run they can read nothing of the studio', async () => {
    const r = await provision('--studio', A, '--name', '临泉工作室', '--users', usersFile('revoke', [{ name: gao.name, revoked: true }]))
    expect(r.code).toBe(0)
    expect(r.out).toContain(`用户 ${gao.name}：已撤销本工作室权限`)
    expect((await asUser(gao.name, gao.password, 'GET', `/studio-${A}/_all_docs`)).status).toBe(403)
    expect((await asUser(gao.name, gao.password, 'GET', `/studio-${A}-sensitive/sessions-text:s4`)).status).toBe(403)
    expect((await asUser(li.name, li.password, 'GET', `/studio-${A}/_all_docs`)).status).toBe(200)
  })
})
