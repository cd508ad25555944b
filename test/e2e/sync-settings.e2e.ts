/**
 * 设置 → 同步 in Chromium against the run's CouchDB: 连接测试 answers each failure in Chinese, and a
 * saved setting stays on this laptop with the password not stored (the browser build asks once per
 * session).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { studioDatabases } from '@shared/sync/provision'
import { asAdmin, couchOrigin } from '../support/couch'
import { openApp, readRows, type AppSession } from './support/browser'
import { SyncSettingsPage } from './pages/sync-settings-page'

const run = Date.now().toString(36)
const code = `e2e${run}`
const other = `e2ex${run}`
let app: AppSession
let sync: SyncSettingsPage

async function studioWithUser(studio: string, name: string) {
  const db = studioDatabases(studio).ordinary
  expect((await asAdmin('PUT', `/${db}`)).status).toBe(201)
  expect((await asAdmin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: [], roles: [`studio-${studio}`] } })).status).toBe(200)
  expect((await asAdmin('PUT', `/_users/org.couchdb.user:${name}`, { name, password: 'pass-1234', roles: [`studio-${studio}`], type: 'user' })).status).toBe(201)
}

beforeAll(async () => {
  await studioWithUser(code, `gao-${run}`)
  await studioWithUser(other, `zhou-${run}`)
  app = await openApp('#/settings')
  sync = new SyncSettingsPage(app.page)
  await sync.open()
})
afterAll(async () => {
  await app?.close()
})

describe('设置 → 同步', () => {
  it('连接测试 succeeds for a member of the studio', async () => {
    await sync.fill({ serverUrl: couchOrigin(), studioCode: code, username: `gao-${run}`, password: 'pass-1234' })
    expect(await sync.test()).toBe('连接成功：服务器可以访问，账号属于这个工作室')
  })

  it('answers 用户名或密码错误, 无权访问此工作室 and 地址无法访问', async () => {
    await sync.fill({ serverUrl: couchOrigin(), studioCode: code, username: `gao-${run}`, password: 'wrong-pass' })
    expect(await sync.test()).toBe('用户名或密码错误')
    await sync.fill({ serverUrl: couchOrigin(), studioCode: code, username: `zhou-${run}`, password: 'pass-1234' })
    expect(await sync.test()).toBe(`无权访问此工作室（${code}）`)
    // An origin the page's CSP does not admit cannot be reached from the browser build.
    await sync.fill({ serverUrl: 'http://127.0.0.1:9', studioCode: code, username: `gao-${run}`, password: 'pass-1234' })
    expect(await sync.test()).toBe('地址无法访问：请检查地址和端口、服务器是否开机、网络是否连通')
  })

  it('puts a bad field’s message under it and asks nothing of the server', async () => {
    await sync.fill({ serverUrl: 'https://admin:pw@couch.example', studioCode: 'Lin Quan', username: 'gao', password: 'x' })
    await sync.card().getByRole('button', { name: '连接测试' }).click()
    await sync.card().getByText('服务器地址中不要写用户名和密码，请填在下面的栏目中').waitFor()
    await sync.card().getByText('工作室代码只能用小写字母、数字和连字符（-），由负责人提供').waitFor()
    expect(await sync.card().getByRole('alert').count()).toBe(0)
  })

  it('saves the settings on this laptop without the password, and 停止同步 forgets them', async () => {
    await sync.fill({ serverUrl: couchOrigin(), studioCode: code, username: `gao-${run}`, password: 'pass-1234' })
    await sync.card().getByRole('button', { name: /保\s*存/ }).click()
    await app.page.locator('.ant-message').getByText('同步设置已保存').waitFor()
    const rows = await readRows<{ key: string; value: unknown }>(app.page, 'settings')
    const saved = rows.find((r) => r.key === 'syncConfig')
    expect(saved?.value).toEqual({ serverUrl: couchOrigin(), studioCode: code, username: `gao-${run}` })
    expect(JSON.stringify(rows)).not.toContain('pass-1234')
    await sync.card().getByRole('button', { name: '停止同步' }).click()
    await app.page.locator('.ant-message').getByText('已停止同步').waitFor()
    expect((await readRows<{ key: string }>(app.page, 'settings')).map((r) => r.key)).not.toContain('syncConfig')
    expect(app.errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|Content Security Policy/.test(e))).toEqual([])
  })
})
