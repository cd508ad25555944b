/**
 * The interface between the sync engine and the screens that show it (设置 → 同步, the header),
 * as the engine documents it (docs/architecture.md, Studio sync; db/sync/types.ts on the engine's
 * branch). Kept here until the engine lands, then these become re-exports of db/sync/types.ts.
 */
import type { SyncConfig } from '@shared/sync/connection-test'
import type { StudioDatabase } from '../../db/schema'

export type { ConnectionFailure, ConnectionResult, SyncConfig } from '@shared/sync/connection-test'

export type SyncStatus =
  | { state: 'off' }
  | { state: 'connecting' }
  | { state: 'first-sync'; done: number; total: number }
  | { state: 'syncing'; pending: number }
  | { state: 'synced'; at: string }
  | { state: 'offline'; pending: number }
  | { state: 'error'; message: string }

export interface SyncLogLine {
  at: string
  text: string
}

export interface SyncHandle {
  status(): SyncStatus
  /** Called on every change of status (not with the current one); returns the unsubscribe. */
  subscribe(listener: (s: SyncStatus) => void): () => void
  syncNow(): Promise<void>
  cancelFirstSync(): void
  stop(): Promise<void>
  log(): readonly SyncLogLine[]
}

/** The engine's entry point (db/sync/engine.ts `startSync`), handed to the app in main.tsx. */
export type StartSync = (db: StudioDatabase, config: SyncConfig, password: string) => SyncHandle
