/** Rows of the sync's two tables (schema v6): this laptop's bookkeeping, never in a backup. */

/** A record written since it was last handed to the sync: `<table>:<id>`. */
export interface OutboxEntry {
  seq?: number
  key: string
}

/** Per record (`<table>:<id>`): the revisions of its sync documents this laptop last applied or sent. */
export interface RecordSyncRow {
  key: string
  /** `_rev` of the document `<table>:<id>` in the studio database. */
  rev?: string
  /** `_rev` of the document `sessions-text:<id>` in the sensitive database (敏感 sessions). */
  textRev?: string
  /** 1 when this laptop put the document on the server first (it created the record there). */
  here?: 1
  /** A revision refused as invalid (logged once, not again). */
  refused?: string
}

/** The sync's own row (key `sync`): where it stands with which server and studio. */
export interface SyncRow {
  key: 'sync'
  serverUrl: string
  studioCode: string
  /** The local PouchDB this bookkeeping belongs to (its `_local` id): another one means start over. */
  localId: string
  /** This laptop's 编号 mark in this studio, once claimed on the server. */
  mark: string | null
  /** The first sync brought everything in and sent every record. */
  firstSyncDone: boolean
  /** During the first sync: the last record sent of each table. */
  sentUpTo: Record<string, string>
  /** Checkpoints of the local databases' change feeds already applied here. */
  pullSeq: string | number
  textSeq: string | number
}

export type SyncStateRow = RecordSyncRow | SyncRow
