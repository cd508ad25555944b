/** What planMerge (merge-plan.ts) is given and what it decides: the plan the renderer writes. */
import type { SyncState } from '../model/stored'
import type { Revision } from '../model'
import type { MergeTable, Rec } from './merge-tables'
import type { BackupManifest, BackupTables } from './format'

/** One field both laptops changed differently. */
export interface MergeFieldConflict {
  field: string
  label: string
  local: unknown
  remote: unknown
}

export interface MergeConflict {
  table: MergeTable
  tableLabel: string
  id: string
  title: string
  /** Whose version is now in the database. */
  winner: 'local' | 'remote'
  localUpdatedAt: string
  remoteUpdatedAt: string
  localDeleted: boolean
  remoteDeleted: boolean
  /** 同一条记录两边都改过 / 同一项目同一季度的进展两边分别录入. */
  reason: string
  /**
   * The fields to decide, each with both values (the database holds the `winner`'s until then).
   * Empty where whole records met (two 进展 of one quarter): the other one is in the revision.
   */
  fields: MergeFieldConflict[]
}

export interface RenumberedSession {
  id: string
  date: string
  from: string
  to: string
}

export interface MergePlan {
  remoteDeviceId: string
  remoteStudioName: string
  remoteCreatedAt: string
  /** Records to write (put) per table, final versions. */
  puts: Record<MergeTable, Rec[]>
  /** New revisions: the remote's history plus one per conflict. */
  revisions: Revision[]
  added: Record<MergeTable, number>
  updated: Record<MergeTable, number>
  /** Records that came back deleted (tombstones applied). */
  deleted: Record<MergeTable, number>
  conflicts: MergeConflict[]
  renumbered: RenumberedSession[]
  /** History entries taken over from the other laptop. */
  revisionsAdded: number
  /** This database's new bookkeeping for the other laptop (settings key sync:<deviceId>). */
  syncState: SyncState
  /** Nothing to write at all: this very file was imported before and nothing changed since. */
  noop: boolean
}

export interface MergeInput {
  local: Pick<BackupTables, MergeTable | 'revisions'>
  localDeviceId: string
  /** This database's state for the remote device, if they exchanged before. */
  localSync: SyncState | null
  remote: { manifest: BackupManifest; tables: BackupTables }
  now: string
  operator: string
  newId?: () => string
}
