/**
 * The studio sync engine the app runs (issue 16: `startSync` of db/sync/engine.ts), handed to the
 * screens through Root.tsx so that tests and the screenshot harness can hand in a scripted one.
 */
import { startSync as engineStart } from '../db/sync/engine'
import type { StartSync } from '../features/sync/sync-types'

export const startSync: StartSync | null = engineStart
