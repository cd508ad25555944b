import { useMemo, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/connection'
import { createSessionIndex, type SessionIndex, type SessionIndexSnapshot } from '../../db/session-index'

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

/** id → name of every person and project, deleted ones included (old records still name them). */
export function useNameMaps() {
  const persons = useLiveQuery(() => db.persons.toArray(), [])
  const projects = useLiveQuery(() => db.projects.toArray(), [])
  return useMemo(
    () => ({
      loaded: persons !== undefined && projects !== undefined,
      persons: new Map((persons ?? []).map((p) => [p.id, p.name])),
      projects: new Map((projects ?? []).map((p) => [p.id, p.name])),
    }),
    [persons, projects],
  )
}
