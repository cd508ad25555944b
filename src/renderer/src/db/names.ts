import { cachedRead } from './changes'
import type { StudioDatabase } from './schema'

/** id → name of every person and project, those in the 回收站 too: old records still name them. */
export interface NameMaps {
  persons: ReadonlyMap<string, string>
  projects: ReadonlyMap<string, string>
}

/** Kept in memory until a person or project changes: the list screens ask each time they open. */
export const nameMaps: (db: StudioDatabase) => Promise<NameMaps> = cachedRead(['persons', 'projects'], async (db) => {
  const [persons, projects] = await Promise.all([db.persons.toArray(), db.projects.toArray()])
  return {
    persons: new Map(persons.map((p) => [p.id, p.name])),
    projects: new Map(projects.map((p) => [p.id, p.name])),
  }
})
