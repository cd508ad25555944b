import { isStudioEmpty, type StudioCounts } from '@shared/domain/studio-presence'
import type { StudioDatabase } from './schema'
import { getPreferences, getStudioInfo } from './settings'

/** What the 工作台's first-run checklist counts: each step's figure, and whether the list is wanted. */
export interface FirstRunState {
  studioName: string
  persons: number
  supervisors: number
  projects: number
  sessions: number
  /** Nothing entered at all: 载入示例数据 is offered. */
  empty: boolean
  /** 不再显示 was chosen. */
  hidden: boolean
  /** Every stored record of each kind, the 回收站's included (what studio-presence.ts compares). */
  stored: StudioCounts
}

/** The live records of each kind the four steps ask for (deleted ones are in the 回收站, not counted). */
export async function firstRunState(db: StudioDatabase): Promise<FirstRunState> {
  const [studio, prefs, persons, projects, sessions, allPersons, allProjects, allSessions] = await Promise.all([
    getStudioInfo(db),
    getPreferences(db),
    db.persons.filter((p) => p.deletedAt === null).toArray(),
    db.projects.filter((p) => p.deletedAt === null).count(),
    db.sessions.filter((s) => s.deletedAt === null).count(),
    db.persons.count(),
    db.projects.count(),
    db.sessions.count(),
  ])
  const stored: StudioCounts = { persons: allPersons, projects: allProjects, sessions: allSessions }
  return {
    studioName: studio.name,
    persons: persons.length,
    supervisors: persons.filter((p) => p.role === '督导者').length,
    projects,
    sessions,
    empty: isStudioEmpty(stored),
    hidden: prefs.firstRunHidden,
    stored,
  }
}
