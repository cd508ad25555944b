import Dexie, { type EntityTable, type Table } from 'dexie'
import type {
  Assessment,
  SupervisionAgreement,
  ConflictRecord,
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
import { upgradeDropReason } from '@shared/domain/supervision-index/drop-reasons'
import { upgradeRecordVersion } from '@shared/domain/record-version'
import { durabilityMiddleware } from './durability'
import { outboxMiddleware } from './sync/outbox-middleware'
import type { OutboxEntry, SyncStateRow } from './sync/state-rows'
import type { StoredRollup } from './district-rollups'

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

/**
 * v2: 督导记录 lose the mode, status and topics indexes. Nothing queries them (lists filter in
 * memory), and Chromium writes every index entry with each record: a 10,000-row Excel import
 * wrote about 5 entries per session for nothing. Index change only, so no upgrade() is needed:
 * Dexie drops the indexes when an older database opens, records stay as they are.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  sessions: 'id, &code, date, [year+seq], *supervisorIds, *superviseeIds, *projectIds, updatedAt',
} as const

/**
 * v3: a final assessment's reasons of a colour drop or veto carry a kind beside their text, so
 * screens decide by the kind, never by matching the Chinese sentence. Indexes as in v2; the
 * upgrade gives each reason stored as text alone its kind (upgradeAssessmentReasons).
 */
export const SCHEMA_V3 = SCHEMA_V2

/**
 * v4: many writers. Every record of the studio's tables carries a version (`rev`, and
 * `fieldRevs` once a field changes: domain/record-version.ts), so a save over a record that
 * moved on is caught and two laptops merge field by field; the upgrade gives every existing
 * record rev 1. `conflicts` holds what two writers changed differently until a person decides
 * (冲突处理), open ones found by `resolved`.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  conflicts: 'id, resolved, [table+recordId], at',
} as const

/**
 * v5: a 督导记录 made from a row of an Excel ledger keeps that row's key (`importKey`, the
 * content of its imported cells), indexed so importing the same ledger again finds its rows
 * without reading every session. Index only: records without a key are not in it, no upgrade.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  sessions: `${SCHEMA_V4.sessions}, importKey`,
} as const

/**
 * v6: studio sync (docs/architecture.md, Studio sync). `outbox` lists the records written since
 * they were last handed to the sync (appended in the same transaction as the write, by
 * sync/outbox-middleware.ts); `syncState` holds this laptop's bookkeeping: per record the
 * revision of its sync document last applied or sent, and the sync's own row (checkpoints, the
 * laptop's 编号 mark). Both belong to this laptop: never in a backup. New tables only: records
 * are untouched, the first sync sends every record anyway.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  outbox: '++seq, key',
  syncState: 'key',
} as const

/**
 * v7: supervision plans. `agreements` holds the 督导协议, found by the people they name. A new
 * table only: older databases open with it empty, no upgrade.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  agreements: 'id, *supervisorIds, *superviseeIds, startDate, updatedAt',
} as const

/**
 * v8: district mode (区级汇总, issue 17). `rollups` holds the roll-up documents of the studios the
 * district reads (from their `studio-<code>-rollup` databases or `.sgrollup` files), one per studio
 * and period, found by studio and period, so the 区级看板 works offline after the last sync. They
 * are copies of other studios' figures that the server or the files give again: never in a
 * backup. A new table only: older databases open with it empty, no upgrade.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  rollups: 'id, studioCode, period',
} as const

export const SCHEMA_VERSION = 8

export type TableName = keyof typeof SCHEMA_V8
/** Tables of this laptop only (sync bookkeeping, the district's copies of roll-ups): never in a backup, never restored. */
export const LAPTOP_TABLES = ['outbox', 'syncState', 'rollups'] as const satisfies readonly TableName[]
export type DataTable = Exclude<TableName, (typeof LAPTOP_TABLES)[number]>
/** Tables holding the studio's data (everything a backup carries). */
export const DATA_TABLES = (Object.keys(SCHEMA_V8) as TableName[]).filter((t): t is DataTable => !(LAPTOP_TABLES as readonly string[]).includes(t))

/** The studio's tables as v4 knew them: its upgrade versions these, and only these, frozen like the version. */
const V4_VERSIONED_TABLES = ['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments'] as const


/** An assessment record of v2 or earlier as a v3 record: string reasons get their kind. */
export function upgradeAssessmentReasons(record: { dropReasons?: unknown }): void {
  if (Array.isArray(record.dropReasons)) record.dropReasons = record.dropReasons.map((r) => upgradeDropReason(r))
}

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
  conflicts!: EntityTable<ConflictRecord, 'id'>
  outbox!: Table<OutboxEntry, number>
  syncState!: Table<SyncStateRow, string>
  agreements!: EntityTable<SupervisionAgreement, 'id'>
  rollups!: EntityTable<StoredRollup, 'id'>

  constructor(name: string = DB_NAME) {
    // Strict: a save is acknowledged only once its data is flushed to disk. Chromium's default
    // since 121 is relaxed (acknowledged when handed to the storage process), and the 1000-kill
    // campaign of #22 found saves shown as done that a SIGKILL then lost. The bulk writer asks
    // for relaxed on its own transaction (durability.ts): it restarts from a safety backup.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2)
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => tx.table('assessments').toCollection().modify(upgradeAssessmentReasons))
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        for (const t of V4_VERSIONED_TABLES) await tx.table(t).toCollection().modify(upgradeRecordVersion)
      })
    this.version(5).stores(SCHEMA_V5)
    this.version(6).stores(SCHEMA_V6)
    this.version(7).stores(SCHEMA_V7)
    this.version(8).stores(SCHEMA_V8)
    this.use(outboxMiddleware)
    // Lets the bulk writer ask for relaxed durability for its own transaction (db/bulk-write.ts).
    this.use(durabilityMiddleware(this))
  }
}
