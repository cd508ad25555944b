import { createServer } from 'node:net'
import { beforeAll, describe, expect, it } from 'vitest'
import { studioDatabases } from '@shared/sync/provision'
import { testConnection as testWith, type SyncConfig } from '@shared/sync/connection-test'
import { asAdmin, couchOrigin } from '../../support/couch'

// 连接测试 against the run's CouchDB: each failure gets its own Chinese answer.
const run = Date.now().toString(36)
const code = `conn${run}`
const other = `connx${run}`
const user = { name: `督导-${run}`, password: 'pass-1234' }
const stranger = { name: `stranger-${run}`, password: 'pass-5678' }

async function studioWithUser(studio: string, name: string, password: string) {
  const db = studioDatabases(studio).ordinary
  expect((await asAdmin('PUT', `/${db}`)).status).toBe(201)
  expect((await asAdmin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: [`studio-${studio}`] } })).status).toBe(200)
  expect((await asAdmin('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [`studio-${studio}`], type: 'user' })).status).toBe(201)
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const address = server.address()
  await new Promise((r) => server.close(r))
  return typeof address === 'object' && address ? address.port : 1
}

beforeAll(async () => {
  await studioWithUser(code, user.name, user.password)
  await studioWithUser(other, stranger.name, stranger.password)
})

/** Node's fetch, as the browser build's page uses its own. */
const nodeHttp = {
  async get(url: string, authorization?: string) {
    return (await fetch(url, { headers: authorization ? { authorization } : {} })).status
  },
}
const testConnection = (c: SyncConfig, password: string, http = nodeHttp) => testWith(c, password, http)

const config = (over: Partial<{ serverUrl: string; studioCode: string; username: string }> = {}) => ({ serverUrl: couchOrigin(), studioCode: code, username: user.name, ...over })

describe('testConnection', () => {
  it('answers ok for a member of the studio (a Chinese user name too)', async () => {
    expect(await testConnection(config(), user.password)).toEqual({ ok: true })
  })

  it('用户名或密码错误 for a wrong password or an unknown user', async () => {
    expect(await testConnection(config(), 'wrong-pass')).toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误' })
    expect(await testConnection(config({ username: 'nobody' }), 'pass-1234')).toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误' })
  })

  it('无权访问此工作室 for another studio’s person, or a studio the server does not have', async () => {
    expect(await testConnection(config({ username: stranger.name }), stranger.password)).toEqual({ ok: false, reason: 'forbidden', message: `无权访问此工作室（${code}）` })
    const missing = await testConnection(config({ studioCode: `none${run}` }), user.password)
    expect(missing).toMatchObject({ ok: false, reason: 'forbidden' })
    expect(missing.ok === false && missing.message).toContain('请核对工作室代码')
  })

  it('地址无法访问 when nothing answers at the address', async () => {
    const r = await testConnection(config({ serverUrl: `http://127.0.0.1:${await closedPort()}` }), user.password)
    expect(r).toMatchObject({ ok: false, reason: 'unreachable' })
    expect(r.ok === false && r.message).toBe('地址无法访问：请检查地址和端口、服务器是否开机、网络是否连通')
  })

  it('证书无效 when the host (Electron’s main) tells a certificate error', async () => {
    const certificate = { get: () => Promise.reject(new Error('net::ERR_CERT_AUTHORITY_INVALID')), isCertificateError: () => true }
    const r = await testConnection(config({ serverUrl: 'https://couch.example:6984' }), user.password, certificate)
    expect(r).toEqual({ ok: false, reason: 'certificate', message: '证书无效：服务器的证书不受信任、已过期或与地址不符' })
  })

  it('checks the address, the code and the fields before asking the server', async () => {
    expect(await testConnection(config({ serverUrl: 'ftp://x' }), 'p')).toEqual({ ok: false, reason: 'other', message: '服务器地址应以 https:// 或 http:// 开头' })
    expect(await testConnection(config({ studioCode: 'Lin Quan' }), 'p')).toMatchObject({ ok: false, reason: 'other' })
    expect(await testConnection(config(), '')).toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误：请填写用户名和密码' })
  })
})
