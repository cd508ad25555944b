import type { Dexie, ObservabilitySet } from 'dexie'
import type { StudioDatabase, TableName } from './schema'

/**
 * Which tables have changed: what a screen that read them needs to know to read again.
 *
 * Dexie announces every committed write transaction, this window's and (through a broadcast) the
 * other windows' of the app, with the parts it touched ('idb://<database>/<table>/<index>'). Listening
 * to that costs no read at all, where a live query watching a table has to read it (a count of
 * 20,000 督导记录) on every change.
 */

/** Committed write transactions seen so far, per '<database>/<table>'. */
const commits = new Map<string, number>()
const listeners = new Set<(touched: ReadonlySet<string>) => void>()
const PART = /^idb:\/\/(.+)\/([^/]+)\/[^/]*$/
let listening = false

/**
 * Starts counting on first use. Dexie's events are reached through the database's class (they are
 * Dexie's static `on`): this module then loads no Dexie of its own, which would look for IndexedDB
 * before a test has put its stand-in in place. Marks are only compared with marks, so writes before
 * the first use need no counting.
 */
function listen(db: StudioDatabase): void {
  if (listening) return
  listening = true
  ;(db.constructor as typeof Dexie).on('storagemutated', (parts: ObservabilitySet) => {
    const touched = new Set<string>()
    for (const part of Object.keys(parts)) {
      const m = PART.exec(part)
      if (m) touched.add(`${m[1]}/${m[2]}`)
    }
    if (touched.size === 0) return
    for (const key of touched) commits.set(key, (commits.get(key) ?? 0) + 1)
    for (const listener of [...listeners]) listener(touched)
  })
}

const keysOf = (db: StudioDatabase, tables: readonly TableName[]) => {
  listen(db)
  return tables.map((t) => `${db.name}/${t}`)
}

/** A number that moves whenever a write to any of `tables` commits: compare two readings. */
export function changeMark(db: StudioDatabase, tables: readonly TableName[]): number {
  return keysOf(db, tables).reduce((n, key) => n + (commits.get(key) ?? 0), 0)
}

/** Calls `listener` after every committed write that touched any of `tables`; returns the unsubscribe. */
export function onTablesChanged(db: StudioDatabase, tables: readonly TableName[], listener: () => void): () => void {
  const keys = keysOf(db, tables)
  const filtered = (touched: ReadonlySet<string>) => {
    if (keys.some((k) => touched.has(k))) listener()
  }
  listeners.add(filtered)
  return () => {
    listeners.delete(filtered)
  }
}

/**
 * `read` with its last answer kept until a write to one of `tables` commits: for small reads a
 * screen repeats each time it is opened (the 督导记录 list's names), so that coming back to it costs
 * no round trip to IndexedDB. A write that commits while reading makes the next call read again; a
 * failed read is not kept. Callers share the answer: they must not change it. Not for use inside a
 * write (the transaction's own changes are not committed yet), nor inside a live query (an answer
 * from memory reads nothing, so the query would watch nothing).
 */
export function cachedRead<T>(tables: readonly TableName[], read: (db: StudioDatabase) => Promise<T>): (db: StudioDatabase) => Promise<T> {
  const last = new WeakMap<StudioDatabase, { mark: number; answer: Promise<T> }>()
  return (db) => {
    const mark = changeMark(db, tables)
    const kept = last.get(db)
    if (kept && kept.mark === mark) return kept.answer
    const answer = read(db)
    last.set(db, { mark, answer })
    answer.catch(() => {
      if (last.get(db)?.answer === answer) last.delete(db)
    })
    return answer
  }
}
