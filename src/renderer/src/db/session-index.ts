import { liveQuery, type Subscription } from 'dexie'
import type { SupervisionSession } from '@shared/model'
import { toListRow, type SessionListRow } from '@shared/domain/session-filter'
import type { StudioDatabase } from './schema'

/**
 * A slim in-memory index of every live 督导记录 for the list screens: built once, then kept up to
 * date from the rows whose `updatedAt` moved (every write through the data layer sets it), so a
 * save re-reads one record, not 20,000.
 *
 * Phases: 'loading' → 'partial' (the newest `firstPage` records by date, to paint the list at
 * once) → 'ready' (all records). A change the delta query cannot see — a record removed for good,
 * or records imported with an older `updatedAt` — shows as a different row count and triggers a
 * full reload.
 */
export interface SessionIndexSnapshot {
  phase: 'loading' | 'partial' | 'ready'
  /** Live (not deleted) sessions, in no particular order. */
  rows: readonly SessionListRow[]
  byId: ReadonlyMap<string, SessionListRow>
  /** Bumped on every change. */
  version: number
  error: unknown
}

export interface SessionIndex {
  subscribe(listener: () => void): () => void
  getSnapshot(): SessionIndexSnapshot
  /** Resolves once every record is in. */
  ready(): Promise<void>
  /** Stops watching and forgets everything (tests, bench). */
  dispose(): void
}

const EMPTY: SessionIndexSnapshot = { phase: 'loading', rows: [], byId: new Map(), version: 0, error: null }

export function createSessionIndex(db: StudioDatabase, options: { firstPage?: number } = {}): SessionIndex {
  const firstPage = options.firstPage ?? 60
  const listeners = new Set<() => void>()
  let snapshot = EMPTY
  let started = false
  let disposed = false
  let sub: Subscription | null = null
  /** Every id seen, deleted ones included: compared with the table's count. */
  let seen = new Set<string>()
  let live = new Map<string, SessionListRow>()
  let since = ''
  let readyResolve: () => void = () => undefined
  const readyPromise = new Promise<void>((r) => (readyResolve = r))

  const publish = (phase: SessionIndexSnapshot['phase']) => {
    snapshot = { phase, rows: [...live.values()], byId: live, version: snapshot.version + 1, error: null }
    for (const l of listeners) l()
  }

  const apply = (s: SupervisionSession) => {
    seen.add(s.id)
    if (s.updatedAt > since) since = s.updatedAt
    if (s.deletedAt) live.delete(s.id)
    else live.set(s.id, toListRow(s))
  }

  const loadAll = async () => {
    const all = await db.sessions.toArray()
    if (disposed) return
    seen = new Set()
    live = new Map()
    since = ''
    for (const s of all) apply(s)
    publish('ready')
    readyResolve()
  }

  const watch = () => {
    sub = liveQuery(async () => {
      const from = since
      const [changed, count] = await Promise.all([db.sessions.where('updatedAt').aboveOrEqual(from).toArray(), db.sessions.count()])
      return { changed, count }
    }).subscribe({
      next: ({ changed, count }) => {
        if (disposed) return
        // A fresh Map so a snapshot already handed out never changes under its holder.
        live = new Map(live)
        let dirty = false
        for (const s of changed) {
          const prev = live.get(s.id)
          if (prev && prev.updatedAt === s.updatedAt && !s.deletedAt) continue
          if (!prev && s.deletedAt && seen.has(s.id)) continue
          apply(s)
          dirty = true
        }
        if (count !== seen.size) {
          void loadAll().catch(fail)
          return
        }
        if (dirty) publish('ready')
      },
      error: (e) => fail(e),
    })
  }

  const fail = (error: unknown) => {
    snapshot = { ...snapshot, error, version: snapshot.version + 1 }
    for (const l of listeners) l()
  }

  const start = async () => {
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
        for (const s of first) live.set(s.id, toListRow(s))
        publish('partial')
        live = new Map()
      }
      await loadAll()
      if (!disposed) watch()
    } catch (e) {
      fail(e)
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      if (!started) void start()
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    ready() {
      if (!started) void start()
      return readyPromise
    },
    dispose() {
      disposed = true
      sub?.unsubscribe()
      listeners.clear()
    },
  }
}
