// `npm run bench`: builds the app and the bench page, runs them in the same headless Chromium
// as the e2e tests (IndexedDB under Node is not the real thing), prints a table and writes
// bench-results.json: { "<metric>": { "value": n, "unit": "ms" } }.
// BENCH_ONLY=backup,ui-dashboard runs only those groups (limits, registry, sessions, backup,
// dashboard, report, merge, excel, district, ui-sessions, ui-dashboard; sync and sync-stages only when named) and writes bench-results.partial.json.
// BENCH_SCALE=5000,20000,100000 runs the data and UI groups (SCALE_GROUPS, or BENCH_ONLY's) once
// per number of sessions, prints a table per metric with the growth between sizes and writes
// bench-results.scale.json: "<metric>@<size>" per size, "<metric>.growth@<a>-<b>" between them
// (a metric's size in its name is written N: sessions.toArray.N).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'
import { scaleTable } from './bench-scale.mjs'

const SCALE_GROUPS = ['sessions', 'ui-sessions', 'dashboard', 'ui-dashboard', 'report']
const scales = process.env.BENCH_SCALE ? process.env.BENCH_SCALE.split(',').map((s) => Number(s.trim())) : null
if (scales?.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`BENCH_SCALE: sizes are whole numbers of sessions, got ${process.env.BENCH_SCALE}`)
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : scales ? SCALE_GROUPS : null
const wanted = (group) => !only || only.includes(group)
const outFile = scales ? 'bench-results.scale.json' : only ? 'bench-results.partial.json' : 'bench-results.json'
const executablePath = ensureChromium()
const bin = 'node_modules/.bin/'
// BENCH_NO_BUILD=1: run what out/ holds (a second run beside one whose pages load from out/).
if (!process.env.BENCH_NO_BUILD) {
  execFileSync(`${bin}electron-vite`, ['build'], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
  execFileSync(`${bin}vite`, ['build', '-c', 'bench/vite.config.ts'], { stdio: 'inherit' })
}

const server = await startStaticServer({ mounts: { '/': 'out/renderer', '/bench/': 'out/bench' } })
// The sync group's studio server (express-pouchdb in this process), stopped with the run. Only
// when asked for (BENCH_ONLY=sync): on a loaded 2-core machine its first sync took far longer
// than the rest of the bench (bench/sync.bench.ts).
const couch = only?.some((g) => g === 'sync' || g === 'sync-stages') ? await (await import('../bench/couch-server.mjs')).startBenchCouch() : null
// The studio server shares this process: its CPU time says how much of a sync the server took.
const cpuAtStart = process.cpuUsage()
const dir = mkdtempSync(join(tmpdir(), 'bench-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath,
  headless: true,
  viewport: { width: 1366, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
let failed = false

/** One pass of the bench page and the UI timings; `scale` sessions, or the groups' default. */
async function pass(page, scale) {
  const query = new URLSearchParams()
  if (only) query.set('only', only.join(','))
  if (scale) query.set('scale', String(scale))
  if (couch) query.set('couch', couch.url)
  await page.goto(`${server.url}/bench/${query.size ? `?${query}` : ''}`)
  // The data-layer groups write about 80,000 records: 5–12 minutes on a 2-core machine.
  const finished = await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 60 * 60_000, polling: 250 }).then(
    () => true,
    (e) => (console.error(e), false),
  )
  // A run that did not finish still reports the groups it got through.
  const { results, error } = await page.evaluate(() => window.__bench)
  if (error || !finished) {
    if (error) console.error(error)
    failed = true
    return results
  }
  const { uiBench } = await import('./bench-ui.mjs')
  try {
    await uiBench(page, server.url, results, wanted, scale)
  } catch (e) {
    // A UI group that times out (seeding 100,000 sessions under load) keeps what came before it.
    console.error(e)
    failed = true
  }
  return results
}

try {
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => console.error('[bench page]', e))
  page.on('console', (m) => m.text().startsWith('bench ') && console.log(m.text()))
  // BENCH_PROFILE=<file.cpuprofile>: the page's CPU profile of the whole pass (DevTools format).
  const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
    await cdp.send('Profiler.start')
  }
  let results
  if (scales) {
    const bySize = new Map()
    for (const n of scales) {
      console.log(`bench: ${n} sessions`)
      bySize.set(n, await pass(page, n))
      // Written after each size: a slow 100,000 run that is stopped still leaves the smaller ones.
      results = scaleTable(bySize).results
      writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')
    }
    const { tables } = scaleTable(bySize)
    for (const { title, rows } of tables) {
      console.log(title)
      console.table(rows)
    }
  } else {
    results = await pass(page, null)
    console.table(Object.entries(results).map(([metric, m]) => ({ metric, value: m.value, unit: m.unit })))
  }
  if (couch) {
    const { user, system } = process.cpuUsage(cpuAtStart)
    results['sync.server.cpu'] = { value: Math.round((user + system) / 1000), unit: 'ms' }
  }
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')
  console.log(`${outFile} written`)
  if (cdp) {
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await cdp.send('Profiler.stop')).profile))
    console.log(`${process.env.BENCH_PROFILE} written`)
  }
} finally {
  await context.close()
  await server.close()
  await couch?.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
