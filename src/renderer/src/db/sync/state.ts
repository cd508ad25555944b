import type { StudioDatabase } from '../schema'
import type { RecordSyncRow, SyncRow } from './state-rows'

export const SYNC_ROW_KEY = 'sync'

/** The sync's own row, or undefined before sync was ever started on this laptop. */
export async function getSyncRow(db: StudioDatabase): Promise<SyncRow | undefined> {
  return (await db.syncState.get(SYNC_ROW_KEY)) as SyncRow | undefined
}

/** This laptop's 编号 mark in its studio (null before sync claimed one). Inside a write: over 'syncState'. */
export async function laptopMark(db: StudioDatabase): Promise<string | null> {
  return (await getSyncRow(db))?.mark ?? null
}

/** Per-record rows of `keys` (`<table>:<id>`), by key. */
export async function recordRows(db: StudioDatabase, keys: readonly string[]): Promise<Map<string, RecordSyncRow>> {
  const rows = await db.syncState.bulkGet([...keys])
  const out = new Map<string, RecordSyncRow>()
  rows.forEach((row, i) => {
    if (row) out.set(keys[i]!, row as RecordSyncRow)
  })
  return out
}

/** A fresh row for a studio and server never synced from this laptop (or from another local database). */
export function newSyncRow(serverUrl: string, studioCode: string, localId: string): SyncRow {
  return { key: SYNC_ROW_KEY, serverUrl, studioCode, localId, mark: null, firstSyncDone: false, pullSeq: 0, textSeq: 0 }
}
