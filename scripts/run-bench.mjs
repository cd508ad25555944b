// `npm run bench`: builds the app and the bench page, runs them in the same headless Chromium
// as the e2e tests (IndexedDB under Node is not the real thing), prints a table and writes
// bench-results.json: { "<metric>": { "value": n, "unit": "ms" } }.
// BENCH_ONLY=backup,ui-dashboard runs only those groups (registry, sessions, backup, dashboard,
// report, excel, ui-sessions, ui-dashboard; sync only when named) and writes
// bench-results.partial.json instead.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : null
const wanted = (group) => !only || only.includes(group)
const outFile = only ? 'bench-results.partial.json' : 'bench-results.json'
const executablePath = ensureChromium()
const bin = 'node_modules/.bin/'
execFileSync(`${bin}electron-vite`, ['build'], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
execFileSync(`${bin}vite`, ['build', '-c', 'bench/vite.config.ts'], { stdio: 'inherit' })

const server = await startStaticServer({ mounts: { '/': 'out/renderer', '/bench/': 'out/bench' } })
// The sync group's studio server (express-pouchdb in this process), stopped with the run. Only
// when asked for (BENCH_ONLY=sync): on a loaded 2-core machine its first sync took far longer
// than the rest of the bench (bench/sync.bench.ts).
const couch = only?.includes('sync') ? await (await import('../bench/couch-server.mjs')).startBenchCouch() : null
const dir = mkdtempSync(join(tmpdir(), 'bench-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath,
  headless: true,
  viewport: { width: 1366, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
let failed = false
try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => console.error('[bench page]', e))
  const query = new URLSearchParams({ ...(only ? { only: only.join(',') } : {}), ...(couch ? { couch: couch.url } : {}) }).toString()
  await page.goto(`${server.url}/bench/${query ? `?${query}` : ''}`)
  // The data-layer groups write about 80,000 records: 5–12 minutes on a 2-core machine.
  await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 25 * 60_000, polling: 250 })
  const { results, error } = await page.evaluate(() => window.__bench)
  if (error) {
    console.error(error)
    failed = true
  }
  const { uiBench } = await import('./bench-ui.mjs')
  await uiBench(page, server.url, results, wanted)
  const rows = Object.entries(results).map(([metric, m]) => ({ metric, value: m.value, unit: m.unit }))
  console.table(rows)
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')
  console.log(`${outFile} written`)
} finally {
  await context.close()
  await server.close()
  await couch?.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
