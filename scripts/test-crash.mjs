// `npm run test:crash [-- --runs 1000] [--seed 22]`: the crash campaign. Starts headless Chromium
// on one persistent profile, runs a multi-table operation of the app's own data layer (a save
// with follow-ups, 定稿/撤销定稿, restore, 合并导入, Excel import) or works the real 督导记录
// form (types into a long field; restores a draft with follow-ups, adds to it and presses Ctrl+S), kills the whole browser process group with SIGKILL at a random
// instant, repairs the LevelDB logs as the main process does before its first window (TRIM below),
// restarts on the same profile and checks the invariants:
//   - the database opens; every follow-up's session and every revision's record exists;
//     编号 unique; a backup of what is there restores to the same content;
//   - one-transaction operations are all-before or all-after (a save has all its follow-ups,
//     a merged or imported file all its records or none, a restore is exactly one file);
//   - no acknowledged write lost (a committed save, a draft written by Ctrl+S before the save);
//   - no character lost that was typed more than 1.5 s before the kill.
// Then the main process's write path: a child process writes automatic backups through
// src/main/auto-backups.ts and is killed at random instants (a quarter as many kills, at least
// 10); every backup file left must be one whole write, the last acknowledged one and the last
// before-restore one must be there.
// Same seed, same operations and kill delays; --only save,typing draws from those alone. Exits non-zero on any violation. The CI sample
// (scripts/test-all.mjs) runs 40.
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { browserWipe } from './crash-browser-wipe.mjs'
import { ensureChromium } from './find-chromium.mjs'
import { startStaticServer } from './static-server.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback
}
const RUNS = option('runs', 40)
/** --only save,typing: draw from these operations alone (to look at one closely). */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : null
const SEED = option('seed', 22)
/**
 * --browser-wipes report: a run after which Chromium deleted its IndexedDB store as corrupt (its
 * own log says so, browserWipe below) is reported with what went with the store, but does not fail
 * the run: for trying another Chromium or backing store. The default, fail, counts it like any
 * loss (the CI sample ran with report until the LevelDB log repair, docs/architecture.md).
 */
const BROWSER_WIPES = args.includes('--browser-wipes') ? args[args.indexOf('--browser-wipes') + 1] : 'fail'
if (BROWSER_WIPES !== 'fail' && BROWSER_WIPES !== 'report') throw new Error('--browser-wipes takes fail or report')
const GRACE_MS = 1500
const EXCEL_ROWS = 8
const MERGE_GROUP = 3
const FOLLOW_UPS = 3
// CRASH_MAX_SESSIONS=0 resets before every run: to look at runs that begin on a re-created database.
/**
 * CRASH_EVIDENCE=<dir>: Chromium logs its IndexedDB code (verbose) and the profile's IndexedDB
 * folder is copied after every kill; a run whose database did not come back keeps both, as
 * <dir>/run-N (the folder as the kill left it, the log of the killed and of the restarted browser).
 */
const EVIDENCE = process.env.CRASH_EVIDENCE ? resolve(process.env.CRASH_EVIDENCE) : null
/**
 * Before every restart the harness does what the main process does before its first window:
 * removes a LevelDB log write the kill cut short (src/main/leveldb-log-repair.ts), or Chromium appends
 * to it and deletes the store at a later start. CRASH_LEVELDB_TRIM=0 leaves the logs as the kill
 * left them: Chromium on its own.
 */
const TRIM = process.env.CRASH_LEVELDB_TRIM !== '0'
const MAX_SESSIONS = process.env.CRASH_MAX_SESSIONS !== undefined ? Number(process.env.CRASH_MAX_SESSIONS) : 400
/** How many of each operation a deck holds, and the longest wait before the kill once it started. */
const OPS = [
  { op: 'save', weight: 2, maxDelay: 800 },
  { op: 'finalize', weight: 1, maxDelay: 600 },
  { op: 'restore', weight: 1, maxDelay: 1000 },
  { op: 'merge', weight: 1, maxDelay: 1200 },
  { op: 'excel', weight: 1, maxDelay: 1200 },
  { op: 'typing', weight: 1, maxDelay: 3000 },
  { op: 'ui-save', weight: 1, maxDelay: 2500 },
].filter((o) => !ONLY || ONLY.includes(o.op))
if (OPS.length === 0) throw new Error(`--only names no operation of: save, finalize, restore, merge, excel, typing`)

/** mulberry32: the campaign is reproducible from its seed. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(SEED)
/** Operations are dealt from shuffled decks, so even a short sample meets every one of them. */
let deck = []
const pickOp = () => {
  if (deck.length === 0) {
    deck = OPS.flatMap((o) => Array.from({ length: o.weight }, () => o))
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[deck[i], deck[j]] = [deck[j], deck[i]]
    }
  }
  return deck.pop()
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const started = Date.now()
const executablePath = ensureChromium()
execFileSync('node_modules/.bin/vite', ['build', '-c', 'test/crash/vite.config.ts'], { stdio: 'inherit' })
execFileSync('node_modules/.bin/vite', ['build', '-c', 'test/crash/vite.writer.config.ts'], { stdio: 'inherit' })
const WRITER = resolve('out/crash-writer/writer.mjs')
const { repairLevelDbLogs } = await import(pathToFileURL(resolve('out/crash-writer/leveldb-log-repair.mjs')).href)
const FS_KILLS = Math.max(10, Math.round(RUNS / 4))
const server = await startStaticServer({ mounts: { '/': 'out/renderer', '/crash/': 'out/crash' } })
const profile = mkdtempSync(join(tmpdir(), 'crash-'))

const tally = { groupWaitMs: 0, logsTrimmed: 0, logsDamaged: 0, uiSaves: 0, uiSavedBeforeKill: 0, fsKills: 0, fsAcks: 0, fsTemps: 0, kills: 0, byOp: {}, inconsistencies: 0, savedWritesLost: 0, charsLost: 0, charsChecked: 0, acks: 0, restarts: 0, opFailures: 0 }
/** Runs after which Chromium deleted its store, and what the checks found missing with it (not in the counts above). */
const wiped = { runs: 0, inconsistencies: 0, savedWritesLost: 0, charsLost: 0 }
const problems = []
const fail = (kind, text) => {
  tally[kind] += 1
  problems.push(text)
  console.log(`  ✗ ${text}`)
}

/** Chromium with its own process group, so one SIGKILL takes the browser, renderer and storage service together. */
async function launch() {
  const child = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
      '--force-prefers-reduced-motion',
      '--window-size=1366,860',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      // Chromium's own errors on stderr: a store it finds corrupt and deletes is named in them.
      '--enable-logging=stderr',
      ...(EVIDENCE ? ['--v=0', '--vmodule=*indexed_db*=3,*leveldb*=3,*sqlite*=1'] : []),
      // CRASH_CHROMIUM_ARGS="--enable-features=IdbSqliteBackingStore": the same campaign on another
      // IndexedDB backing store of this Chromium (an experiment; the app ships with the default).
      ...(process.env.CRASH_CHROMIUM_ARGS ? process.env.CRASH_CHROMIUM_ARGS.split(' ').filter(Boolean) : []),
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  let seen = ''
  const ws = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 60_000)
    child.stderr.on('data', (chunk) => {
      seen += chunk
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.once('exit', () => reject(new Error(`Chromium exited at start: ${seen.slice(-500)}`)))
  })
  const log = { text: seen }
  child.stderr.on('data', (chunk) => (log.text = (log.text + chunk).slice(-2_000_000)))
  const browser = await chromium.connectOverCDP(ws)
  const context = browser.contexts()[0]
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    page,
    log,
    async kill() {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
      await exited
      // The browser's exit is not the end of its storage service: a process of the group can
      // still be finishing a write, and the LevelDB repair before the restart must see the files
      // as the last of them left them (a machine that crashed is restarted long after).
      const start = Date.now()
      for (;;) {
        try {
          process.kill(-child.pid, 0)
        } catch {
          break
        }
        if (Date.now() - start > 30_000) throw new Error('the killed browser left processes running for 30 s')
        await sleep(10)
      }
      tally.groupWaitMs = Math.max(tally.groupWaitMs, Date.now() - start)
    },
  }
}

async function openHarness(page) {
  await page.goto(`${server.url}/crash/`)
  await page.waitForFunction(() => window.__crash !== undefined, null, { timeout: 60_000 })
}

/**
 * What the previous run acknowledged, against what is on disk after the restart. A run whose store
 * Chromium deleted is checked the same way, but what it finds is counted apart (`wiped`).
 */
function verify(run, report, restartLog = '') {
  if (!(report.reseeded && browserWipe(restartLog))) return check(run, report, restartLog)
  const before = { inconsistencies: tally.inconsistencies, savedWritesLost: tally.savedWritesLost, charsLost: tally.charsLost }
  check(run, report, restartLog)
  wiped.runs += 1
  for (const kind of Object.keys(before)) {
    wiped[kind] += tally[kind] - before[kind]
    tally[kind] = before[kind]
  }
}

function check(run, report, restartLog) {
  for (const p of report.problems) fail('inconsistencies', `run ${run.index} (${run.op}): ${p}`)
  // Not one write lost but the whole store: the database gone (seeded again), or older than the run's start.
  const reset = run.afterReset ? ', in a run that began by deleting the database and creating it again (harness reset)' : ''
  if (report.reseeded) fail('savedWritesLost', `run ${run.index} (${run.op}): the studio database was empty after the restart (lost or deleted by the browser)${reset}${browserWipe(restartLog)}`)
  if (report.lastMark !== run.index) fail('savedWritesLost', `run ${run.index} (${run.op}): the store rolled back past the run's start (last mark ${report.lastMark})${reset}`)
  const acked = run.acks
  const tagged = report.sessions
  if (run.op === 'save') {
    const saved = new Set(acked.filter((a) => a.op === 'save').map((a) => a.tag))
    for (const tag of saved) if (!(tag in tagged)) fail('savedWritesLost', `run ${run.index}: acknowledged save ${tag} missing`)
    for (const a of acked.filter((x) => x.op === 'draft' && !saved.has(x.tag)))
      if (!(a.tag in tagged) && !report.drafts.includes(a.tag)) fail('savedWritesLost', `run ${run.index}: Ctrl+S of ${a.tag} kept neither record nor draft`)
    for (const [tag, n] of Object.entries(tagged))
      if (tag.startsWith(`S${run.index}-`) && n !== FOLLOW_UPS) fail('inconsistencies', `run ${run.index}: session ${tag} has ${n} of ${FOLLOW_UPS} follow-ups`)
  }
  if (run.op === 'finalize') {
    const last = acked.filter((a) => a.op === 'finalize').at(-1)
    const have = report.finalizeRevisions[run.info.sessionId] ?? 0
    if (last && have < last.revisions) fail('savedWritesLost', `run ${run.index}: ${last.revisions} 定稿/撤销定稿 acknowledged, ${have} on disk`)
  }
  if (run.op === 'restore') {
    const done = acked.filter((a) => a.op === 'restore' && a.variant !== undefined).map((a) => a.variant)
    const allowed = done.length ? run.info.hashes.slice(Math.max(...done)) : [run.info.before, ...run.info.hashes]
    if (!allowed.includes(report.contentHash)) fail('inconsistencies', `run ${run.index}: after the restore the database is none of the files (${done.length} acknowledged)`)
  }
  if (run.op === 'merge' || run.op === 'excel') {
    const size = run.op === 'merge' ? MERGE_GROUP : EXCEL_ROWS
    const done = new Set(acked.filter((a) => a.op === run.op && a.variant !== undefined).map((a) => a.variant))
    run.info.groups.forEach((tags, v) => {
      const n = tags.filter((t) => t in tagged).length
      if (n !== 0 && n !== size) fail('inconsistencies', `run ${run.index}: ${run.op} file ${v} half written (${n} of ${size} records)`)
      if (done.has(v) && n !== size) fail('savedWritesLost', `run ${run.index}: acknowledged ${run.op} of file ${v} missing (${n} of ${size})`)
    })
  }
  if (run.op === 'ui-save') {
    const { tag } = run
    if (tag in tagged && tagged[tag] !== 2) fail('inconsistencies', `run ${run.index}: the UI save ${tag} has ${tagged[tag]} of 2 follow-ups`)
    if (run.saved && !(tag in tagged)) fail('savedWritesLost', `run ${run.index}: the UI showed ${tag} saved, it is gone`)
    if (!(tag in tagged) && !report.drafts.includes(tag)) fail('savedWritesLost', `run ${run.index}: Ctrl+S of ${tag} kept neither record nor draft`)
    if (run.killedAt - run.typedAt > GRACE_MS) {
      tally.charsChecked += run.suffix.length
      const kept = report.processes[tag] ?? report.processes[`draft:${tag}`] ?? ''
      if (!kept.endsWith(run.suffix)) {
        if (process.env.CRASH_DEBUG) console.log(`    saved ${tag in tagged}, kept …${kept.slice(-20)}, has it ${kept.includes(run.suffix)}`)
        tally.charsLost += run.suffix.length
        fail('savedWritesLost', `run ${run.index}: “${run.suffix}”, typed ${run.killedAt - run.typedAt} ms before the kill, is in neither record nor draft`)
      }
    }
  }
  if (run.op === 'typing') {
    const draft = report.newDraftProcess ?? ''
    const typed = run.typed.map((k) => k.ch).join('')
    const due = run.typed.filter((k) => k.at <= run.killedAt - GRACE_MS).length
    tally.charsChecked += due
    // The character whose insertText was under way at the kill may have reached the page, and a
    // draft, without its answer reaching the harness: the likeliest reading of the one such report
    // (run 33 of seed 29 at load 10, a draft of 202 characters; the count recorded was not printed
    // then, it is now). Anything beyond that one character was never typed.
    const inFlight = TEXT[run.typed.length % TEXT.length]
    if (!(typed + inFlight).startsWith(draft)) fail('inconsistencies', `run ${run.index}: the draft holds text that was not typed (${draft.length} characters, ${typed.length} typed)`)
    else if (draft.length < due) {
      tally.charsLost += due - draft.length
      fail('savedWritesLost', `run ${run.index}: ${due - draft.length} characters typed more than ${GRACE_MS} ms before the kill are not in the draft`)
    }
  }
}

const TEXT = '服务对象近期情绪低落，家属反映其夜间睡眠不足。社工已进行两次家访，建议链接社区心理咨询资源，并与家属共同制定照护计划。'

async function typingRun(page, index, delay) {
  const run = { index, op: 'typing', typed: [], killedAt: 0 }
  await page.goto(`${server.url}/#/sessions/new`)
  await page.getByRole('heading', { name: '新建督导记录' }).waitFor({ timeout: 60_000 })
  await page.getByLabel('督导过程', { exact: true }).focus()
  const t0 = Date.now()
  const typing = (async () => {
    for (let i = 0; ; i++) {
      const ch = TEXT[i % TEXT.length]
      await page.keyboard.insertText(ch)
      run.typed.push({ ch, at: Date.now() })
    }
  })().catch(() => undefined)
  await sleep(Math.max(0, delay - (Date.now() - t0)))
  return { run, typing }
}

/** SIGKILL the backup writer at random instants; check the folder after each. */
async function writePathCampaign(kills) {
  const { tornWrite } = await import(pathToFileURL(WRITER).href)
  const dir = mkdtempSync(join(tmpdir(), 'crash-backups-'))
  let next = 0
  let allowed = 31
  try {
    for (let k = 0; k < kills; k++) {
      const child = spawn(process.execPath, [WRITER, dir, String(next)], { stdio: ['ignore', 'pipe', 'inherit'] })
      const exited = new Promise((r) => child.once('exit', r))
      const acks = []
      let buffered = ''
      let ready
      const readySeen = new Promise((r) => (ready = r))
      child.stdout.on('data', (chunk) => {
        buffered += chunk
        const lines = buffered.split('\n')
        buffered = lines.pop()
        for (const line of lines) {
          if (line === 'READY') ready()
          const [word, name, n, reason] = line.split(' ')
          if (word === 'ACK') acks.push({ name, n: Number(n), reason })
        }
      })
      // Timed from the writer's start (Node may take seconds to start on a busy machine).
      await Promise.race([readySeen, exited, sleep(60_000)])
      await sleep(Math.round(random() * 600))
      child.kill('SIGKILL')
      await exited
      tally.fsKills += 1
      tally.fsAcks += acks.length
      const names = readdirSync(dir)
      const backups = names.filter((n) => /^auto-.*\.sgbak$/.test(n))
      tally.fsTemps = names.filter((n) => n.endsWith('.tmp')).length
      let highest = next - 1
      for (const name of backups) {
        const data = readFileSync(join(dir, name))
        const torn = tornWrite(new Uint8Array(data))
        if (torn) fail('inconsistencies', `backup writer kill ${k}: ${name} is not a whole write (${torn})`)
        else highest = Math.max(highest, Number(/^CRASH (\d+)/.exec(data.subarray(0, 30).toString())?.[1] ?? -1))
      }
      // An acknowledged write has pruned to 30; one more may be written and not yet pruned. A
      // writer killed before its first acknowledgement may leave its file unpruned too, until
      // the next write prunes: one more per such kill in a row (kill 44 of a 400-run campaign
      // found 32 after two in a row).
      allowed = acks.length > 0 ? 31 : allowed + 1
      if (backups.length > allowed) fail('inconsistencies', `backup writer kill ${k}: ${backups.length} backups kept (at most ${allowed}: 30, and the writes not yet pruned)`)
      const last = acks.at(-1)
      if (last && !backups.includes(last.name)) fail('savedWritesLost', `backup writer kill ${k}: the acknowledged ${last.name} is gone`)
      const safety = acks.filter((a) => a.reason === 'before-restore').at(-1)
      if (safety && !backups.includes(safety.name)) fail('savedWritesLost', `backup writer kill ${k}: the last before-restore backup ${safety.name} was pruned`)
      next = Math.max(highest, ...acks.map((a) => a.n)) + 1
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** What the page showed when the draft did not come back: enough to tell a product race from a slow machine. */
async function formState(page, field) {
  const shot = join(tmpdir(), `crash-ui-save-${Date.now()}.png`)
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
  const prompts = await page.locator('.ant-modal-confirm-title', { hasText: '发现未保存的草稿' }).count()
  const draft = await page.evaluate(async () => {
    const open = indexedDB.open('supervision-studio')
    const db = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))))
    const rows = await new Promise((res) => {
      const req = db.transaction('drafts').objectStore('drafts').getAll()
      req.onsuccess = () => res(req.result)
      req.onerror = () => res([])
    })
    db.close()
    return rows.map((r) => `${r.id}: ${String(r.data?.process ?? '').slice(-20)}`)
  }).catch((e) => [`(drafts unreadable: ${e})`])
  return `督导过程 holds ${JSON.stringify((await field.inputValue()).slice(-30))}; draft prompts open: ${prompts}; drafts: ${JSON.stringify(draft)}; url ${page.url()}; screenshot ${shot}`
}

/** The form offers the prepared draft back; the user adds a few words and presses Ctrl+S. */
async function uiSaveRun(page, index, delay) {
  const { tag } = await page.evaluate(([o, i]) => window.__crash.prepare(o, i), ['ui-save', index])
  await page.goto(`${server.url}/#/sessions/new`)
  // The prompt zooms in; on a loaded machine a click while it still moves can land beside the button
  // (kill 795 of a 1000-kill campaign: clicked, the prompt stayed open and its 恢复 never ran). A
  // person clicks a button that stands still: wait for the zoom to end.
  const prompt = page.locator('.ant-modal', { has: page.locator('.ant-modal-confirm-title', { hasText: '发现未保存的草稿' }) })
  await prompt.waitFor({ timeout: 60_000 })
  await page.waitForFunction((el) => !/\bant-zoom-/.test(el.className), await prompt.elementHandle(), { timeout: 60_000 })
  await prompt.getByRole('button', { name: '恢复草稿' }).click({ timeout: 60_000 })
  const field = page.getByLabel('督导过程', { exact: true })
  // The draft is back in the form (the prepared text ends with 记录) before the user adds to it.
  for (let waited = 0; !(await field.inputValue()).endsWith('记录'); waited += 50) {
    if (waited > 60_000) throw new Error(`run ${index}: the draft was not restored into the form. ${await formState(page, field)}`)
    await sleep(50)
  }
  // Closing, the dialog hands the focus back to where it was: type only once it is gone.
  await page.locator('.ant-modal-confirm-title', { hasText: '发现未保存的草稿' }).waitFor({ state: 'detached', timeout: 60_000 })
  await field.focus()
  await page.keyboard.press('Control+End')
  const suffix = `补充${index}`
  await page.keyboard.insertText(suffix)
  const typedAt = Date.now()
  if (!(await field.inputValue()).endsWith(suffix)) throw new Error(`run ${index}: the words typed did not reach 督导过程`)
  await page.keyboard.press('Control+s')
  const pressedAt = Date.now()
  const saved = await page
    .getByRole('heading', { name: /督导记录 DD-\d{4}-\d{4}/ })
    .waitFor({ timeout: Math.max(1, delay) })
    .then(
      () => true,
      () => false,
    )
  await sleep(Math.max(0, delay - (Date.now() - pressedAt)))
  tally.uiSaves += 1
  if (saved) tally.uiSavedBeforeKill += 1
  return { index, op: 'ui-save', tag, suffix, typedAt, saved, killedAt: 0 }
}

/** The IndexedDB folder as the last kill left it, and the killed browser's log. */
function copyProfile(log) {
  const last = join(EVIDENCE, 'last')
  rmSync(last, { recursive: true, force: true })
  mkdirSync(last, { recursive: true })
  const idb = join(profile, 'Default', 'IndexedDB')
  if (existsSync(idb)) cpSync(idb, join(last, 'IndexedDB'), { recursive: true })
  writeFileSync(join(last, 'killed-browser.log'), log)
}
function keepEvidence(run, restartLog) {
  const last = join(EVIDENCE, 'last')
  const kept = join(EVIDENCE, `run-${run}`)
  rmSync(kept, { recursive: true, force: true })
  renameSync(last, kept)
  writeFileSync(join(kept, 'restarted-browser.log'), restartLog)
  console.log(`    evidence kept in ${kept}`)
}

let previous = null
let instance = null
try {
  for (let index = 0; index <= RUNS; index++) {
    const t0 = Date.now()
    if (index > 0 && TRIM) {
      for (const { file, tail, action } of repairLevelDbLogs(join(profile, 'Default', 'IndexedDB'))) {
        if (action === 'trimmed') tally.logsTrimmed += 1
        if (action === 'rescued' || action === 'left') {
          // Never expected here: the trim before every start leaves no torn record to append to.
          tally.logsDamaged += 1
          console.log(`  ! before restart ${index}: ${file} damaged at ${tail.state === 'damaged' ? `${tail.at} (${tail.reason})` : '?'}, ${action}`)
        }
      }
    }
    instance = await launch()
    const t1 = Date.now()
    if (index > 0) tally.restarts += 1
    const { page } = instance
    await openHarness(page)
    // A backup of what is left is restored every fourth start and at the end (it takes a while).
    const full = index % 4 === 0 || index === RUNS
    const report = await page.evaluate((f) =>
      window.__crash.check(f).catch((e) => ({ error: window.__crash.explain(e) })),
    full)
    if (report.error) throw new Error(`the check after restart ${index} failed: ${report.error}`)
    if (process.env.CRASH_DEBUG) console.log(`  [${index}] launch ${t1 - t0} ms, open + check ${Date.now() - t1} ms`)
    if (previous) {
      const before = problems.length
      verify(previous, report, instance.log.text)
      if (EVIDENCE && problems.length > before) keepEvidence(previous.index, instance.log.text)
    }
    if (index === RUNS) break
    // Verified: a long campaign may start again from a small studio.
    const reset = report.counts.sessions > MAX_SESSIONS
    if (reset) await page.evaluate(() => window.__crash.reset())
    const { op, maxDelay } = pickOp()
    await page.evaluate((i) => window.__crash.markRun(i), index)
    const delay = Math.round(random() * maxDelay)
    tally.byOp[op] = (tally.byOp[op] ?? 0) + 1
    let run
    if (op === 'typing') {
      await page.evaluate(() => window.__crash.clearNewDraft())
      const t = await typingRun(page, index, GRACE_MS + delay)
      run = t.run
      run.killedAt = Date.now()
      await instance.kill()
      await t.typing
    } else if (op === 'ui-save') {
      run = await uiSaveRun(page, index, delay)
      run.killedAt = Date.now()
      await instance.kill()
    } else {
      const info = await page.evaluate(([o, i]) => window.__crash.prepare(o, i).catch((e) => ({ error: window.__crash.explain(e) })), [op, index])
      if (info.error) throw new Error(`preparing ${op} for run ${index} failed: ${info.error}`)
      run = { index, op, info, acks: [] }
      page.on('console', (m) => {
        const text = m.text()
        if (text.startsWith('ACK ')) run.acks.push(JSON.parse(text.slice(4)))
        else if (text.startsWith('FAIL ')) {
          tally.opFailures += 1
          problems.push(`run ${index}: ${text.slice(0, 300)}`)
          console.log(`  ! ${text.slice(0, 300)}`)
        }
      })
      await page.evaluate(([o, i]) => window.__crash.start(o, i), [op, index])
      await sleep(delay)
      await instance.kill()
      tally.acks += run.acks.length
    }
    tally.kills += 1
    if (EVIDENCE) copyProfile(instance.log.text)
    instance = null
    // A run that starts on a database the harness deleted and created again: told apart in the findings.
    run.afterReset = reset
    previous = run
    if ((index + 1) % 10 === 0) console.log(`  ${index + 1}/${RUNS} kills, ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  await writePathCampaign(FS_KILLS)
} finally {
  await instance?.kill()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(
  `\ncrash campaign (seed ${SEED}): ${tally.kills} kills (${Object.entries(tally.byOp)
    .map(([o, n]) => `${o} ${n}`)
    .join(', ')}), ${tally.restarts} restarts, ${tally.acks} acknowledged writes, ${tally.charsChecked} characters typed more than ${GRACE_MS / 1000} s before a kill`,
)
console.log(
  TRIM
    ? `  LevelDB logs ending in a write the kill cut short, trimmed before the restart (as the main process does): ${tally.logsTrimmed}; damaged in the middle: ${tally.logsDamaged}; longest wait for the killed browser's last process after its exit: ${tally.groupWaitMs} ms`
    : '  LevelDB logs left as the kills left them (CRASH_LEVELDB_TRIM=0)',
)
console.log(`  UI saves (Ctrl+S, then killed 0–2.5 s later): ${tally.uiSaves}, ${tally.uiSavedBeforeKill} shown saved before the kill`)
console.log(
  `  backup writer: ${tally.fsKills} kills, ${tally.fsAcks} acknowledged backups, ${tally.fsTemps} temporary files left by kills (hidden, never listed)`,
)
console.log(
  `  inconsistencies ${tally.inconsistencies}, saved writes lost ${tally.savedWritesLost}, characters lost ${tally.charsLost}, operations that failed ${tally.opFailures} — ${seconds} s`,
)
if (wiped.runs > 0)
  console.log(
    `  ⚠ runs after which Chromium deleted its IndexedDB store as corrupt: ${wiped.runs}; with the store: inconsistencies ${wiped.inconsistencies}, saved writes lost ${wiped.savedWritesLost}, characters lost ${wiped.charsLost} (docs/architecture.md, Crash safety)${BROWSER_WIPES === 'report' ? ' — reported, not failed (--browser-wipes report)' : ''}`,
  )
const counted = tally.inconsistencies + tally.savedWritesLost + tally.opFailures + (BROWSER_WIPES === 'fail' ? wiped.runs : 0)
process.exit(counted === 0 ? 0 : 1)
