import { liveQuery, type Subscription } from 'dexie'
import type { SupervisionSession } from '@shared/model'
import { toListRow, type SessionListRow } from '@shared/domain/session-filter'
import { GramStore } from '@shared/domain/session-grams'
import { StringPool } from '@shared/domain/string-pool'
import type { StudioDatabase } from './schema'

/**
 * A slim in-memory index of every live 督导记录 for the list screens: built once, then kept up to
 * date from the rows whose `updatedAt` is recent (every write through the data layer sets it to
 * now), so a save re-reads a handful of records, not 20,000.
 *
 * Phases: 'loading' → 'partial' (the newest `firstPage` records by date, to paint the list at
 * once) → 'ready' (all records). Everything is read in chunks with a pause between them, so the
 * window keeps painting and answering while 20,000 records with long texts come in.
 *
 * A write the recent-rows query cannot see — a record removed for good, or records written with
 * an older `updatedAt` (an import, a merge from another laptop) — shows either as a different row
 * count or as a change notice with nothing new in it; both make the index read everything again.
 */
export interface SessionIndexSnapshot {
  phase: 'loading' | 'partial' | 'ready'
  /** Live (not deleted) sessions, in no particular order. */
  rows: readonly SessionListRow[]
  byId: ReadonlyMap<string, SessionListRow>
  /** The rows' bigram index (their `gramSlot`s), for filterSessions: a search skips texts it rules out. */
  grams: GramStore
  /** Bumped on every change. */
  version: number
  error: unknown
}

export interface SessionIndex {
  subscribe(listener: () => void): () => void
  getSnapshot(): SessionIndexSnapshot
  /**
   * Reads the newest page now if nothing has asked yet (idempotent). The rest waits until someone
   * subscribes or asks for ready(): a route loader prefetches while the screen before is still
   * shown, and the long read must not hold up the frame that draws the list.
   */
  prefetch(): void
  /** Resolves once every record is in. */
  ready(): Promise<void>
  /** Stops watching and forgets everything (tests, bench). */
  dispose(): void
}

const EMPTY: SessionIndexSnapshot = { phase: 'loading', rows: [], byId: new Map(), grams: new GramStore(0), version: 0, error: null }

/** Records read per request while loading everything (~20–40 ms of the main thread each). */
const CHUNK = 500
/**
 * Rows updated this long before a recent-rows query started are read again by the next one: a
 * write stamps `updatedAt` just before its transaction commits, possibly after our read began.
 */
const MARGIN_MS = 5000

/** Lets the browser paint and handle input between two chunks. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Resolves once the next frame has been painted (or soon, in a window that paints no frames). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const done = () => resolve()
    const timer = setTimeout(done, 100)
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(timer)
        done()
      }, 0))
  })

export function createSessionIndex(db: StudioDatabase, options: { firstPage?: number; chunk?: number } = {}): SessionIndex {
  const firstPage = options.firstPage ?? 40
  const chunk = options.chunk ?? CHUNK
  const listeners = new Set<() => void>()
  let snapshot = EMPTY
  let started = false
  let disposed = false
  let sub: Subscription | null = null
  /** Every id seen, deleted ones included: compared with the table's count. */
  let seen = new Set<string>()
  let live = new Map<string, SessionListRow>()
  let grams = new GramStore()
  /** The rows' ids, dates and labels, one string each for the index's life (string-pool.ts). */
  const pool = new StringPool()
  /** ISO time: the recent-rows query reads rows with updatedAt at or after it. */
  let watermark = ''
  let readyResolve: () => void = () => undefined
  const readyPromise = new Promise<void>((r) => (readyResolve = r))
  /** Resolved when the whole index is wanted (a subscriber, or ready()), not by a prefetch alone. */
  let want: () => void = () => undefined
  const wanted = new Promise<void>((r) => (want = r))

  const notify = () => {
    for (const l of [...listeners]) l()
  }
  const publish = (phase: SessionIndexSnapshot['phase']) => {
    snapshot = { phase, rows: [...live.values()], byId: live, grams, version: snapshot.version + 1, error: null }
    notify()
  }
  const fail = (error: unknown) => {
    snapshot = { ...snapshot, error, version: snapshot.version + 1 }
    notify()
  }
  const apply = (target: Map<string, SessionListRow>, ids: Set<string>, store: GramStore, s: SupervisionSession) => {
    ids.add(s.id)
    if (s.deletedAt) target.delete(s.id)
    else {
      const row = toListRow(s, pool)
      row.gramSlot = store.add(row.lower)
      target.set(s.id, row)
    }
  }
  const markFrom = (startedAt: number) => new Date(startedAt - MARGIN_MS).toISOString()

  /** Reads every record in primary-key chunks, pausing between them; swaps in the result at the end. */
  const loadAll = async () => {
    const startedAt = Date.now()
    const nextLive = new Map<string, SessionListRow>()
    const nextSeen = new Set<string>()
    const nextGrams = new GramStore()
    let last: string | null = null
    for (;;) {
      const batch: SupervisionSession[] =
        last === null ? await db.sessions.limit(chunk).toArray() : await db.sessions.where(':id').above(last).limit(chunk).toArray()
      if (disposed) return
      for (const s of batch) apply(nextLive, nextSeen, nextGrams, s)
      if (batch.length < chunk) break
      last = batch[batch.length - 1]!.id
      await pause()
    }
    live = nextLive
    seen = nextSeen
    grams = nextGrams
    // Anything written while we were reading is at least this recent: the first recent-rows query catches it.
    watermark = markFrom(startedAt)
    publish('ready')
    readyResolve()
  }

  let reloading: Promise<void> | null = null
  let reloadAgain = false
  const reload = () => {
    if (reloading) {
      reloadAgain = true
      return
    }
    reloading = loadAll()
      .catch(fail)
      .finally(() => {
        reloading = null
        if (reloadAgain) {
          reloadAgain = false
          reload()
        }
      })
  }

  const watch = () => {
    let runs = 0
    // count() observes the whole table, so after the first run every run means a write to it.
    sub = liveQuery(async () => {
      const startedAt = Date.now()
      const [changed, count] = await Promise.all([db.sessions.where('updatedAt').aboveOrEqual(watermark).toArray(), db.sessions.count()])
      return { changed, count, startedAt }
    }).subscribe({
      next: ({ changed, count, startedAt }) => {
        if (disposed) return
        if (reloading) {
          // A write during a full read may sit in a chunk already read: read everything once more.
          reloadAgain = true
          return
        }
        runs += 1
        watermark = markFrom(startedAt)
        const fresh = changed.filter((s) => {
          const prev = live.get(s.id)
          if (s.deletedAt) return prev !== undefined || !seen.has(s.id)
          return prev === undefined || prev.updatedAt !== s.updatedAt
        })
        if (fresh.length > 0) {
          // A new Map, so a snapshot already handed out never changes under its holder.
          live = new Map(live)
          for (const s of fresh) apply(live, seen, grams, s)
        }
        if (count !== seen.size || (runs > 1 && fresh.length === 0)) reload()
        else if (fresh.length > 0) publish('ready')
      },
      error: (e) => fail(e),
    })
  }

  const start = async () => {
    if (started) return
    started = true
    try {
      const first = await db.sessions
        .orderBy('date')
        .reverse()
        .filter((s) => s.deletedAt === null)
        .limit(firstPage)
        .toArray()
      if (disposed) return
      if (snapshot.phase === 'loading') {
        const page = new Map<string, SessionListRow>()
        for (const s of first) page.set(s.id, toListRow(s, pool))
        snapshot = { phase: 'partial', rows: [...page.values()], byId: page, grams, version: snapshot.version + 1, error: null }
        notify()
      }
      // Let the first page paint before the long read starts: on the screen that wants it, once it is there.
      await wanted
      await afterPaint()
      await loadAll()
      if (!disposed) watch()
    } catch (e) {
      fail(e)
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      want()
      void start()
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    prefetch() {
      void start()
    },
    ready() {
      want()
      void start()
      return readyPromise
    },
    dispose() {
      disposed = true
      sub?.unsubscribe()
      listeners.clear()
    },
  }
}
