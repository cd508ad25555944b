import Dexie, { type EntityTable, type Table } from 'dexie'
import type {
  Assessment,
  Draft,
  FollowUp,
  IndexFramework,
  Person,
  Project,
  ProjectProgress,
  Revision,
  SettingRow,
  SupervisionSession,
} from '@shared/model'

export const DB_NAME = 'supervision-studio'

/**
 * Index layout of every shipped schema version. A shipped version is frozen: change the
 * schema by adding a new entry (and an upgrade with a fixture test), never by editing one.
 */
export const SCHEMA_V1 = {
  settings: '&key',
  persons: 'id, name, role, qualification, field, updatedAt',
  projects: 'id, name, community, field, status, fundingSource, leaderId, updatedAt',
  progress: 'id, projectId, period, &[projectId+period], updatedAt',
  sessions:
    'id, &code, date, [year+seq], mode, status, *supervisorIds, *superviseeIds, *projectIds, *topics, updatedAt',
  followUps: 'id, sessionId, ownerId, dueDate, status, updatedAt',
  frameworks: 'id, lineageId, [lineageId+version], updatedAt',
  assessments: 'id, projectId, period, frameworkId, status, [projectId+period], updatedAt',
  revisions: 'id, [entity+recordId], at',
  drafts: 'id, kind, updatedAt',
} as const

export const SCHEMA_VERSION = 1

/** Tables holding the studio's data (everything a backup carries). */
export const DATA_TABLES = Object.keys(SCHEMA_V1) as (keyof typeof SCHEMA_V1)[]
export type TableName = keyof typeof SCHEMA_V1

export class StudioDatabase extends Dexie {
  settings!: Table<SettingRow, string>
  persons!: EntityTable<Person, 'id'>
  projects!: EntityTable<Project, 'id'>
  progress!: EntityTable<ProjectProgress, 'id'>
  sessions!: EntityTable<SupervisionSession, 'id'>
  followUps!: EntityTable<FollowUp, 'id'>
  frameworks!: EntityTable<IndexFramework, 'id'>
  assessments!: EntityTable<Assessment, 'id'>
  revisions!: EntityTable<Revision, 'id'>
  drafts!: EntityTable<Draft, 'id'>

  constructor(name: string = DB_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
  }
}
