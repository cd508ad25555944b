import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface AppSession {
  context: BrowserContext
  page: Page
  baseUrl: string
  /** Console errors seen so far (a React crash shows up here). */
  errors: string[]
  close(): Promise<void>
}

/** A fresh Chromium profile (so a fresh IndexedDB) with the app open. */
export async function openApp(hash = '#/projects'): Promise<AppSession> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 860 },
    args: CHROMIUM_ARGS,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  const baseUrl = inject('baseUrl')
  await page.goto(`${baseUrl}/${hash}`)
  return {
    context,
    page,
    baseUrl,
    errors,
    async close() {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Counts rows of a table straight from IndexedDB, to prove what was (not) written. */
export async function countRows(page: Page, table: string, includeDeleted = true): Promise<number> {
  return page.evaluate(
    ({ table, includeDeleted }) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const tx = db.transaction(table, 'readonly')
          const all = tx.objectStore(table).getAll()
          all.onsuccess = () => {
            const rows = all.result as { deletedAt?: string | null }[]
            resolve(includeDeleted ? rows.length : rows.filter((r) => !r.deletedAt).length)
            db.close()
          }
          all.onerror = () => reject(all.error)
        }
      }),
    { table, includeDeleted },
  )
}

/** Every record of a table, straight from IndexedDB, to check what was written field by field. */
export async function readRows<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('supervision-studio')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          const all = db.transaction(table, 'readonly').objectStore(table).getAll()
          all.onsuccess = () => {
            resolve(all.result as T[])
            db.close()
          }
          all.onerror = () => reject(all.error)
        }
      }),
    table,
  )
}
