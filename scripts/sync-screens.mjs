// Looking at studio sync as a person would (issue 16): 设置 → 同步 in the built app (out/renderer)
// against the test CouchDB — empty, after a successful 连接测试, after a wrong password — and the
// header's sync status in each state: the app's own shell with a scripted engine
// (test/e2e/harness/sync-status), built here with vite.
//
//   npx electron-vite build && node scripts/sync-screens.mjs <folder>
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { startCouchForTests, splitCredentials } from './couch-for-tests.mjs'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const out = resolve(process.argv[2] ?? '.tmp/sync-screens')
mkdirSync(out, { recursive: true })
const root = resolve(import.meta.dirname, '..')
const harnessOut = join(root, '.tmp/sync-harness')

await build({
  configFile: false,
  root: join(root, 'test/e2e/harness/sync-status'),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: { '@shared': join(root, 'src/shared'), '@renderer': join(root, 'src/renderer/src') } },
  build: { outDir: harnessOut, emptyOutDir: true },
})

const couch = await startCouchForTests()
const { origin } = splitCredentials(couch.url)
const users = join(mkdtempSync(join(tmpdir(), 'sync-screens-')), 'users.json')
writeFileSync(users, JSON.stringify([{ name: 'gaorm', password: 'pass-1234', sensitive: true }]))
execFileSync(process.execPath, [join(root, 'scripts/sync-provision.mjs'), couch.url, '--studio', 'linquan', '--name', '临泉工作室', '--users', users], { stdio: 'ignore' })

const app = await startStaticServer({ mounts: { '/': join(root, 'out/renderer') }, syncOrigin: origin })
const harness = await startStaticServer({ mounts: { '/': harnessOut } })
const profile = mkdtempSync(join(tmpdir(), 'sync-screens-profile-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: ensureChromium(),
  headless: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  reducedMotion: 'reduce',
  viewport: { width: 1440, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${app.url}/#/settings`)
  const card = page.locator('#sync')
  await card.getByLabel('服务器地址').waitFor()
  await card.scrollIntoViewIfNeeded()
  await card.screenshot({ path: join(out, 'settings-sync-empty.png') })
  await card.getByLabel('服务器地址').fill(origin)
  await card.getByLabel('工作室代码').fill('linquan')
  await card.getByLabel('用户名').fill('gaorm')
  await card.getByLabel('密码', { exact: true }).fill('pass-1234')
  await card.getByRole('button', { name: '连接测试' }).click()
  await card.getByText('连接成功').waitFor()
  await card.screenshot({ path: join(out, 'settings-sync-ok.png') })
  await card.getByLabel('密码', { exact: true }).fill('wrong-pass')
  await card.getByRole('button', { name: '连接测试' }).click()
  await card.getByRole('alert').getByText('用户名或密码错误').waitFor()
  await card.screenshot({ path: join(out, 'settings-sync-auth.png') })
  await card.getByLabel('工作室代码').fill('LinQuan')
  await card.getByRole('button', { name: '连接测试' }).click()
  await card.getByText('工作室代码只能用小写字母').waitFor()
  await card.screenshot({ path: join(out, 'settings-sync-field.png') })

  for (const state of ['synced', 'syncing', 'offline', 'first-sync', 'error', 'password']) {
    await page.goto(`${harness.url}/?state=${state}#/home`)
    await page.getByRole('status', { name: '同步状态' }).waitFor()
    await page.screenshot({ path: join(out, `header-${state}.png`), clip: { x: 0, y: 0, width: 1440, height: 120 } })
  }
  // A fresh profile for the harness with conflicts: the scripted state is written at each start.
  await page.goto(`${harness.url}/?state=synced&conflicts=2#/home`)
  await page.getByRole('button', { name: '冲突 2' }).waitFor()
  await page.screenshot({ path: join(out, 'header-conflicts.png'), clip: { x: 0, y: 0, width: 1440, height: 120 } })
  console.log(`截图已保存到 ${out}`)
} finally {
  await context.close()
  await app.close()
  await harness.close()
  await couch.stop()
  rmSync(profile, { recursive: true, force: true })
}
