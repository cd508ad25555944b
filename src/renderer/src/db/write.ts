import type { Dexie, Transaction } from 'dexie'
import { nextVersion, type Versioned } from '@shared/domain/record-version'
import { MERGE_TABLES } from '@shared/backup/merge-tables'
import { afterWriteFailure, readyToWrite } from './reopen'
import type { StudioDatabase, TableName } from './schema'
import { markFromSync } from './sync/outbox-middleware'

const VERSIONED: ReadonlySet<string> = new Set(MERGE_TABLES)

export interface WriteOptions {
  /**
   * 'sync': the write applies what came from the studio server (db/sync/). Its records are not
   * listed in the outbox, so they are not sent back.
   */
  origin?: 'sync'
}

/**
 * The one door every write of the studio's data goes through: `fn` runs in ONE read-write
 * transaction over `tables` (every table it reads or writes), so it decides on a consistent state
 * and a failure anywhere leaves the database as it was. One function per user action in
 * `db/<entity>.ts` calls it once; a call inside another write's `fn` joins that transaction (its
 * tables must be among the outer ones).
 *
 * Every write of a studio record is also listed in the sync outbox in the same transaction
 * (sync/outbox-middleware.ts), so `outbox` joins the tables whenever one of them is a studio
 * table. Inside `fn` await nothing but this database (docs/architecture.md: no IPC, timers or
 * hashing in a transaction, it would commit early); gather such things before calling.
 *
 * A failed write reopens the database if the failure closed it (a full disk), and carries what
 * the browser said about the transaction, so `describeError` can name the cause.
 */
export function write<T>(db: StudioDatabase, tables: readonly TableName[], fn: () => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const scope = writeScope(tables)
  // Inside another write: join it; its own failure path (outside any transaction) does the rest.
  if ((db.constructor as typeof Dexie).currentTransaction) return db.transaction('rw', scope, fn)
  readyToWrite(db)
  let tx: Transaction | undefined
  return db
    // An async function, as `fn` is: Dexie keeps its transaction zone across native awaits only
    // for a scope function it sees is async.
    .transaction('rw', scope, async (t: Transaction) => {
      tx = t
      // Tagged on the IDBTransaction, which every DBCore request of this transaction carries.
      if (options.origin === 'sync') markFromSync(t.idbtrans)
      return fn()
    })
    .catch(async (error: unknown) => {
      throw await afterWriteFailure(db, error, tx)
    })
}

/** The tables a write over `tables` opens: the outbox joins whenever a studio table is written. */
export function writeScope(tables: readonly TableName[]): TableName[] {
  return tables.some((t) => VERSIONED.has(t)) && !tables.includes('outbox') ? [...tables, 'outbox'] : [...tables]
}

/**
 * A save that met a newer version of its record than the one its form loaded (another window,
 * a merge or the studio server wrote it meanwhile). Nothing was written; `stored` is the record
 * as it is now, for the conflict dialog.
 */
export class VersionConflictError extends Error {
  constructor(
    readonly table: TableName,
    readonly stored: Versioned & { id: string; deletedAt?: string | null },
    readonly expectedRev: number,
  ) {
    super('保存时发现这条记录已在其他窗口或电脑上修改，未保存。请查看差异，选择保留的内容后再保存。')
    this.name = 'VersionConflictError'
  }
}

/**
 * Inside a write, before changing `stored`: refuses when it is not the version the form loaded
 * (`expectedRev`; undefined when the caller holds no loaded version, e.g. a status change).
 */
export function expectVersion(table: TableName, stored: Versioned & { id: string }, expectedRev: number | undefined): void {
  if (expectedRev !== undefined && (stored.rev ?? 1) !== expectedRev) throw new VersionConflictError(table, stored, expectedRev)
}

/** `next` as the write after `stored` puts it: its next version (rev + 1, changed fields stamped). */
export const versioned = <T extends object>(stored: object & Partial<Versioned>, next: T): T & Versioned => nextVersion(stored, next)
