/**
 * The part of PouchDB the sync uses, typed here (the packages ship no types), and where the
 * renderer's PouchDB comes from: `pouchdb-browser` with the `indexeddb` adapter, loaded only when
 * sync starts (tests hand in PouchDB with the memory adapter instead).
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- every tsc project compiling this file (renderer, tests) needs these ambient module types
/// <reference path="./pouchdb-modules.d.ts" />

export interface PouchDoc {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  _revisions?: { start: number; ids: string[] }
  [field: string]: unknown
}

export interface PouchWriteResult {
  ok?: boolean
  id: string
  rev?: string
  error?: string | boolean
  status?: number
  reason?: string
  name?: string
}

export interface PouchChange {
  id: string
  seq: number | string
  deleted?: boolean
  doc?: PouchDoc
  changes: { rev: string }[]
}

export interface PouchDatabase {
  name: string
  info(): Promise<{ doc_count: number; update_seq: number | string }>
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean; latest?: boolean }): Promise<PouchDoc>
  get(id: string, options: { open_revs: 'all' | string[]; revs?: boolean }): Promise<{ ok?: PouchDoc; missing?: string }[]>
  put(doc: PouchDoc): Promise<PouchWriteResult>
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>
  /** Per document id, which of the given revisions this database lacks (ids lacking none are left out). */
  revsDiff(request: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string; limit?: number }): Promise<{
    total_rows: number
    rows: { id: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null; error?: string }[]
  }>
  changes(options: {
    since?: number | string
    live?: boolean
    limit?: number
    include_docs?: boolean
    conflicts?: boolean
    style?: 'all_docs' | 'main_only'
    /** Changes per request of the HTTP adapter (its default is 25). */
    batch_size?: number
  }): PouchChangesFeed
  close(): Promise<void>
  destroy(): Promise<void>
}

export interface PouchChangesFeed extends PromiseLike<{ results: PouchChange[]; last_seq: number | string }> {
  on(event: 'change', listener: (change: PouchChange) => void): PouchChangesFeed
  on(event: 'error' | 'complete', listener: (arg: unknown) => void): PouchChangesFeed
  cancel(): void
}

export interface ReplicationInfo {
  direction?: 'push' | 'pull'
  change?: { docs_written: number; pending?: number; errors?: unknown[] }
  docs_written?: number
  pending?: number
}

/** A replication or sync in progress: an event emitter that is also a promise of its end. */
export interface Replication extends PromiseLike<unknown> {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication
  on(event: 'paused', listener: (error?: unknown) => void): Replication
  on(event: 'active' | 'complete', listener: () => void): Replication
  on(event: 'denied' | 'error', listener: (error: unknown) => void): Replication
  cancel(): void
}

export interface ReplicationOptions {
  live?: boolean
  retry?: boolean
  batch_size?: number
  back_off_function?: (delay: number) => number
  /** Start after this sequence of the source (written as the replication's checkpoint). */
  since?: number | string
}

export interface PouchStatic {
  new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean; fetch?: unknown }): PouchDatabase
  sync(local: PouchDatabase, remote: PouchDatabase, options?: ReplicationOptions): Replication
  replicate(from: PouchDatabase, to: PouchDatabase, options?: ReplicationOptions): Replication
}

let loaded: Promise<PouchStatic> | undefined
/** PouchDB for the page: the browser build with the `indexeddb` adapter as the default. */
export function browserPouch(): Promise<PouchStatic> {
  loaded ??= Promise.all([import('pouchdb-browser'), import('pouchdb-adapter-indexeddb')]).then(
    ([{ default: PouchDB }, { default: indexeddb }]) => PouchDB.plugin(indexeddb).defaults({ adapter: 'indexeddb' }) as unknown as PouchStatic,
  )
  return loaded
}
