// `node scripts/idb-backend-probe.mjs`: what a Chromium does with an origin's IndexedDB when its
// backing store flag (`--enable-features=IdbSqliteBackingStore`) is switched on an existing
// profile. Three profiles: data written on LevelDB then read with the flag on; written on SQLite
// then read with it off; written and read with it on. For each it prints what was read back and
// the origin's folders under IndexedDB before and after. Run it before the app passes this flag
// (or any backing-store switch) to an Electron whose Chromium it has not been run on: on Chromium
// 156 the first two read back nothing and the other store's folder is gone (docs/architecture.md,
// Crash safety).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { ensureChromium } from './find-chromium.mjs'

const SQLITE = ['--enable-features=IdbSqliteBackingStore']
const server = createServer((_req, res) => res.end('<!doctype html><title>probe</title>'))
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const address = server.address()
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`

async function inBrowser(dir, args, fn) {
  const context = await chromium.launchPersistentContext(dir, { executablePath: ensureChromium(), headless: true, args: ['--no-sandbox', ...args] })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(url)
    return await page.evaluate(fn)
  } finally {
    await context.close()
  }
}

const write = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('probe', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('s')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction('s', 'readwrite')
      tx.objectStore('s').put('保存的数据', 'k')
      tx.oncomplete = () => resolve(open.result.close())
      tx.onerror = () => reject(tx.error)
    }
  })
const read = () =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('probe')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      if (!db.objectStoreNames.contains('s')) return resolve((db.close(), '（空：数据库是新建的）'))
      const get = db.transaction('s').objectStore('s').get('k')
      get.onsuccess = () => resolve((db.close(), String(get.result)))
    }
  })
const folders = (dir) => {
  const at = join(dir, 'Default', 'IndexedDB')
  return existsSync(at) ? readdirSync(at).join(', ') : '(none)'
}

try {
  for (const [label, first, second] of [
    ['LevelDB data, read with the flag on', [], SQLITE],
    ['SQLite data, read with the flag off', SQLITE, []],
    ['SQLite data, read with the flag on', SQLITE, SQLITE],
  ]) {
    const dir = mkdtempSync(join(tmpdir(), 'idb-probe-'))
    await inBrowser(dir, first, write)
    const before = folders(dir)
    const got = await inBrowser(dir, second, read)
    console.log(`${label}: read back ${got} | folders before: ${before} | after: ${folders(dir)}`)
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  server.close()
}
