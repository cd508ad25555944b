import type {
  Assessment,
  FollowUp,
  IndexFramework,
  Person,
  Preferences,
  Project,
  ProjectProgress,
  StudioInfo,
  SupervisionAgreement,
  SupervisionSession,
} from '@shared/model'
import type { StudioDatabase } from './schema'
import { getPreferences, getStudioInfo } from './settings'

/** Everything the reports read, loaded once (a batch export reuses it for every project). */
export interface ReportData {
  studio: StudioInfo
  prefs: Preferences
  persons: Person[]
  projects: Project[]
  progress: ProjectProgress[]
  sessions: SupervisionSession[]
  followUps: FollowUp[]
  frameworks: IndexFramework[]
  assessments: Assessment[]
  agreements: SupervisionAgreement[]
}

/** The whole studio for the Word reports: records in the 回收站 left out, except people, projects and frameworks (old records name them). */
export async function loadReportData(db: StudioDatabase): Promise<ReportData> {
  const [studio, prefs, persons, projects, progress, sessions, followUps, frameworks, assessments, agreements] = await Promise.all([
    getStudioInfo(db),
    getPreferences(db),
    db.persons.toArray(),
    db.projects.toArray(),
    db.progress.toArray(),
    db.sessions.toArray(),
    db.followUps.toArray(),
    db.frameworks.toArray(),
    db.assessments.toArray(),
    db.agreements.toArray(),
  ])
  const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null)
  return {
    studio,
    prefs,
    persons,
    projects,
    progress: live(progress),
    sessions: live(sessions),
    followUps: live(followUps),
    frameworks,
    assessments: live(assessments),
    agreements: live(agreements),
  }
}
