/**
 * The studio sync engine the app runs (issue 16: `startSync` of db/sync/engine.ts, built on its own
 * branch). null until it is merged: then 设置 → 同步 saves and tests the settings, and the header
 * shows no sync status. Merging the engine sets `export const startSync: StartSync | null = engineStart`.
 */
import type { StartSync } from '../features/sync/sync-types'

export const startSync: StartSync | null = null
