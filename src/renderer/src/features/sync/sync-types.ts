/**
 * The interface between the sync engine and the screens that show it (设置 → 同步, the header):
 * db/sync/types.ts, documented in docs/architecture.md (Studio sync).
 */
import type { SyncConfig } from '@shared/sync/connection-test'
import type { StudioDatabase } from '../../db/schema'

export type { ConnectionFailure, ConnectionResult, SyncConfig } from '@shared/sync/connection-test'

export type { SyncHandle, SyncLogLine, SyncStatus } from '../../db/sync/types'
import type { SyncHandle } from '../../db/sync/types'

/** The engine's entry point (db/sync/engine.ts `startSync`), handed to the app in main.tsx. */
export type StartSync = (db: StudioDatabase, config: SyncConfig, password: string) => SyncHandle
