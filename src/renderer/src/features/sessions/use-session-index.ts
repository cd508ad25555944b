import { useMemo, useSyncExternalStore } from 'react'
import { db } from '../../db/connection'
import { nameMaps } from '../../db/names'
import { createSessionIndex, type SessionIndex, type SessionIndexSnapshot } from '../../db/session-index'
import { useLive } from '../../db/use-live'

/**
 * The 督导记录 list's rows, the one live list that is not a useLive (docs/architecture.md,
 * "Reading"). The list holds every record (20,000 over the years, with long texts): a live query
 * would read and deep-copy all of them after each save, and a loader would hold the screen until
 * the last one is in. The index (db/session-index.ts) paints the newest page first, reads the rest
 * in chunks between frames, and after a write re-reads only the rows it touched; it stays in memory
 * while the app runs, so coming back to the list costs nothing. 督导记录 therefore has no loader
 * (it subscribes as it is drawn); 跟进事项's loader starts the index while it reads the follow-ups.
 */
let shared: SessionIndex | null = null

/** The app's one session index: built on first use, then kept up to date while the app runs. */
export function appSessionIndex(): SessionIndex {
  shared ??= createSessionIndex(db)
  return shared
}

export function useSessionIndex(): SessionIndexSnapshot {
  const index = appSessionIndex()
  // Start reading while React is still rendering the screen (subscribing waits for the commit).
  index.prefetch()
  return useSyncExternalStore(index.subscribe, index.getSnapshot)
}

const NONE: ReadonlyMap<string, string> = new Map()

/**
 * id → name of every person and project, deleted ones included (old records still name them),
 * live: for a part shown on several screens (关联的督导记录). A screen's own names come with its loader.
 */
export function useNameMaps() {
  const names = useLive(() => nameMaps(db), [])
  return useMemo(() => ({ loaded: names !== undefined, persons: names?.persons ?? NONE, projects: names?.projects ?? NONE }), [names])
}
