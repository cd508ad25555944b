// `node scripts/bench-ab.mjs <other renderer build> [rounds]`: the 督导记录 list's UI timings
// (scripts/bench-ui-sessions.mjs) of two builds of the app, alternating, on ONE data set in one
// browser. A change's effect on this shared, noisy 2-core machine shows only this way: two bench
// runs minutes apart differ by ×1.5–×2 in load alone.
//
// The other build (e.g. `out/renderer` of a git worktree at the commit before) is served under
// /a/ of the same origin as this checkout's out/renderer, so both read the same IndexedDB. The
// data is written once by the bench page's sessions group (BENCH_SCALE sessions, default
// 20,000). Each round runs both builds (in turn first), each 5 times; the table gives each
// round's medians and the medians over the rounds.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'
import { uiBenchSessions } from './bench-ui-sessions.mjs'

const [other, roundsArg] = process.argv.slice(2)
if (!other || !existsSync(join(other, 'index.html'))) throw new Error('usage: node scripts/bench-ab.mjs <renderer build with index.html> [rounds]')
const rounds = Number(roundsArg ?? 3)
const scale = Number(process.env.BENCH_SCALE ?? 20000)
const bin = 'node_modules/.bin/'
if (!process.env.BENCH_NO_BUILD) {
  execFileSync(`${bin}electron-vite`, ['build'], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
  execFileSync(`${bin}vite`, ['build', '-c', 'bench/vite.config.ts'], { stdio: 'inherit' })
}
const server = await startStaticServer({ mounts: { '/': 'out/renderer', '/bench/': 'out/bench', '/a/': resolve(other) } })
const dir = mkdtempSync(join(tmpdir(), 'bench-ab-'))
const context = await chromium.launchPersistentContext(dir, {
  executablePath: ensureChromium(),
  headless: true,
  viewport: { width: 1366, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const METRICS = ['sessions.list.open', 'sessions.list.reopen', 'sessions.filter.supervisee.ui', 'sessions.search.phrase.ui', 'sessions.list.heap']
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}/bench/?only=sessions&scale=${scale}`)
  await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 60 * 60_000, polling: 500 })
  const info = await page.evaluate(() => window.__benchSessions)
  const builds = { A: `${server.url}/a`, B: server.url }
  const seen = { A: [], B: [] }
  for (let r = 0; r < rounds; r++) {
    for (const label of r % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const results = {}
      await uiBenchSessions(page, builds[label], results, info)
      seen[label].push(results)
      console.log(`round ${r + 1} ${label}: ${METRICS.map((m) => `${m.replace('sessions.', '')} ${results[m]?.value}`).join(', ')}`)
    }
  }
  console.log(`\n${scale} sessions, ${rounds} rounds; A = ${other}, B = this checkout (medians of the rounds' medians)`)
  console.table(
    METRICS.map((m) => {
      const a = median(seen.A.map((x) => x[m].value))
      const b = median(seen.B.map((x) => x[m].value))
      return { metric: m, A: a, B: b, 'B ÷ A': Math.round((b / a) * 100) / 100 }
    }),
  )
} finally {
  await context.close()
  await server.close()
  rmSync(dir, { recursive: true, force: true })
}
