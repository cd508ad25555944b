import {
  parseOrThrow,
  progressInputSchema,
  projectInputSchema,
  type ProgressInput,
  type Project,
  type ProjectInput,
  type ProjectProgress,
  type SupervisionSession,
} from '@shared/model'
import { nowIso } from './clock'
import { isLive, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'

export interface ProjectFilter {
  query?: string
  field?: string | null
  status?: string | null
  community?: string | null
}

export async function createProject(db: StudioDatabase, input: ProjectInput): Promise<Project> {
  const data = parseOrThrow(projectInputSchema, input)
  const project: Project = { ...newMeta(), ...data }
  await write(db, ['projects'], () => db.projects.add(project))
  return project
}

/** `expectedRev`: the version the form loaded; a newer stored one is a conflict, not an overwrite. */
export async function updateProject(db: StudioDatabase, id: string, input: ProjectInput, options: { expectedRev?: number } = {}): Promise<Project> {
  const data = parseOrThrow(projectInputSchema, input)
  return write(db, ['projects'], async () => {
    const existing = await db.projects.get(id)
    if (!existing) throw new Error('项目不存在')
    expectVersion('projects', existing, options.expectedRev)
    const next: Project = versioned(existing, { ...existing, ...data, updatedAt: nowIso() })
    await db.projects.put(next)
    return next
  })
}

/** Every project including those in the 回收站, for resolving names on old records. */
export async function allProjects(db: StudioDatabase): Promise<Project[]> {
  return db.projects.toArray()
}

/** One project as stored (also when in the 回收站: the caller says so), or undefined. */
export async function getProject(db: StudioDatabase, id: string): Promise<Project | undefined> {
  return db.projects.get(id)
}

/** Live sessions linked to the project, in no particular order. */
export async function sessionsOfProject(db: StudioDatabase, projectId: string): Promise<SupervisionSession[]> {
  return (await db.sessions.where('projectIds').equals(projectId).toArray()).filter(isLive)
}

export function filterProjects(projects: Project[], filter: ProjectFilter, matches: (name: string, q: string) => boolean) {
  const q = filter.query?.trim() ?? ''
  return projects
    .filter(isLive)
    .filter((p) => (filter.field ? p.field === filter.field : true))
    .filter((p) => (filter.status ? p.status === filter.status : true))
    .filter((p) => (filter.community ? p.community === filter.community : true))
    .filter((p) => (q ? matches(p.name, q) : true))
    .sort((a, b) => a.community.localeCompare(b.community, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
}

export async function listProgress(db: StudioDatabase, projectId: string): Promise<ProjectProgress[]> {
  const rows = await db.progress.where('projectId').equals(projectId).toArray()
  return rows.filter(isLive).sort((a, b) => a.period.localeCompare(b.period))
}

/**
 * Saves the progress of one project for one quarter: there is at most one row per
 * project and period, so entering a quarter again edits that row. `expectedRev`: the version of
 * that row the form loaded (editing it); a newer stored one is a conflict.
 */
export async function saveProgress(db: StudioDatabase, input: ProgressInput, options: { expectedRev?: number } = {}): Promise<ProjectProgress> {
  const data = parseOrThrow(progressInputSchema, input)
  return write(db, ['projects', 'progress'], async () => {
    const project = await db.projects.get(data.projectId)
    if (!project || project.deletedAt) throw new Error('项目不存在')
    const existing = await db.progress.where('[projectId+period]').equals([data.projectId, data.period]).first()
    const at = nowIso()
    if (existing) expectVersion('progress', existing, options.expectedRev)
    const row: ProjectProgress = existing
      ? versioned(existing, { ...existing, ...data, updatedAt: at, deletedAt: null })
      : { ...newMeta(at), ...data }
    await db.progress.put(row)
    return row
  })
}

/**
 * The progress of several quarters of a project at once (项目评估's 项目进展 entered in place):
 * every row is checked before any is written, and all are written in one transaction, so a
 * half-year is never left with one quarter saved.
 */
export async function saveProgressOfQuarters(db: StudioDatabase, inputs: readonly ProgressInput[]): Promise<ProjectProgress[]> {
  for (const input of inputs) parseOrThrow(progressInputSchema, input)
  return write(db, ['projects', 'progress'], async () => {
    const saved: ProjectProgress[] = []
    for (const input of inputs) saved.push(await saveProgress(db, input))
    return saved
  })
}
