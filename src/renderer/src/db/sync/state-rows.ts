/** Rows of the sync's two tables (schema v6): this laptop's bookkeeping, never in a backup. */

/** A record written since it was last handed to the sync: `<table>:<id>`. */
export interface OutboxEntry {
  seq?: number
  key: string
}

/** Per record (`<table>:<id>`): the revisions of its sync documents this laptop last applied or sent. */
export interface RecordSyncRow {
  key: string
  /** `_rev` of the document `<table>:<id>` whose content the record holds (sent or applied here). */
  rev?: string
  /** `_rev` of the document `sessions-text:<id>` last sent or applied (敏感 sessions). */
  textRev?: string
}

/** The sync's own row (key `sync`): where it stands with which server and studio. */
export interface SyncRow {
  key: 'sync'
  serverUrl: string
  studioCode: string
  /** The local PouchDB this bookkeeping belongs to (an id kept in it): another one means start over. */
  localId: string
  /** This laptop's 编号 letter in this studio, once claimed on the server. */
  mark: string | null
  /** The first sync brought everything in and sent every record. */
  firstSyncDone: boolean
  /** Checkpoints of the local databases' change feeds already applied here. */
  pullSeq: string | number
  textSeq: string | number
}

export type SyncStateRow = RecordSyncRow | SyncRow
