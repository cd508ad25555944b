import type { StudioDatabase } from '../schema'
import type { PouchDatabase } from './pouch'

/** What the pusher and the puller work on: the app's database and the local PouchDB copies. */
export interface SyncContext {
  db: StudioDatabase
  /** Local copy of the studio database `studio-<code>`. */
  local: PouchDatabase
  /** Local copy of `studio-<code>-sensitive`; null when this user may not read it. */
  text: PouchDatabase | null
  studio: string
  /**
   * The server's studio database while a first sync sends what this laptop holds: new documents
   * go to it straight as well (push.ts); null otherwise, or once a request to it failed.
   */
  upload?: PouchDatabase | null
  /**
   * Set when the shortcut starts on a local PouchDB with no change yet: every document written
   * into `local` since has been put on the server by it. False from the first one that was not (an
   * update of a document, a refusal, a failed request): the push replication must check them all.
   */
  uploadedAll?: boolean
  /** While `uploadedAll` holds: the local sequence up to which everything is on the server. */
  uploadedSeq?: number | string
  /**
   * During a first sync begun on a fresh local copy (so its bookkeeping started over): the records
   * the pusher has handled in this run. Any other one has no row in syncState and no document in
   * the local copy yet, so the pusher does not look them up (1.6 s of 11 s for 20,000 sessions).
   */
  handledThisRun?: Set<string>
  /** The revision of each document the shortcut put on the server (first-pull-start.ts). */
  uploadedRevs?: Map<string, string>
  /** Counts documents the shortcut above put on the server (the first sync's progress). */
  uploaded?(count: number): void
  /** Adds a Chinese line to the sync log. */
  log(text: string): void
}

/** How the server is named to a person in conflicts and the log. */
export const SERVER_PEER = '工作室服务器'
