import { cachedRead } from './changes'
import type { StudioDatabase } from './schema'

/** id → name of every person and project, those in the 回收站 too: old records still name them. */
export interface NameMaps {
  persons: ReadonlyMap<string, string>
  projects: ReadonlyMap<string, string>
}

export async function nameMaps(db: StudioDatabase): Promise<NameMaps> {
  const [persons, projects] = await Promise.all([db.persons.toArray(), db.projects.toArray()])
  return {
    persons: new Map(persons.map((p) => [p.id, p.name])),
    projects: new Map(projects.map((p) => [p.id, p.name])),
  }
}

/** nameMaps for a route loader, kept in memory until a person or project changes (never in a live query). */
export const cachedNameMaps: (db: StudioDatabase) => Promise<NameMaps> = cachedRead(['persons', 'projects'], nameMaps)
