// Screenshots of the main screens with sample data, for the README (docs/screenshot-*.png).
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const shots = process.argv.slice(2)
const executablePath = ensureChromium()
const server = await startStaticServer({ mounts: { '/': 'out/renderer' } })
const dir = mkdtempSync(join(tmpdir(), 'shots-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath,
  headless: true,
  locale: 'zh-CN',
  reducedMotion: 'reduce',
  viewport: { width: 1440, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
mkdirSync('docs', { recursive: true })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}/#/settings`)
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await page.locator('.ant-message').getByText(/已载入示例数据/).waitFor({ timeout: 60_000 })
  // Let the toast fade, so it does not cover the screens below.
  await page.locator('.ant-message').getByText(/已载入示例数据/).waitFor({ state: 'detached', timeout: 30_000 })
  const targets = shots.length ? shots : ['projects', 'persons']
  for (const name of targets) {
    if (name === 'session-form') {
      // A finalised sample record, as a supervisor sees it.
      await page.goto(`${server.url}/#/sessions`)
      await page.getByRole('link', { name: /^DD-\d{4}-\d{4}$/ }).nth(3).click()
      await page.getByRole('heading', { name: /督导记录 DD-/ }).waitFor()
    } else await page.goto(`${server.url}/#/${name}`)
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `docs/screenshot-${name.replace(/\//g, '-')}.png`, fullPage: name === 'session-form' })
    console.log(`docs/screenshot-${name.replace(/\//g, '-')}.png`)
  }
} finally {
  await context.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
}
