import type { Dexie, Transaction } from 'dexie'
import { afterWriteFailure, readyToWrite } from './reopen'
import type { StudioDatabase, TableName } from './schema'

/**
 * The one door every write of the studio's data goes through: `fn` runs in ONE read-write
 * transaction over `tables` (every table it reads or writes), so it decides on a consistent state
 * and a failure anywhere leaves the database as it was. One function per user action in
 * `db/<entity>.ts` calls it once; a call inside another write's `fn` joins that transaction (its
 * tables must be among the outer ones).
 *
 * Kept this small on purpose: it is the single place where what every write needs is added later
 * (a version check against concurrent edits, a row in the sync outbox), without touching callers.
 * Inside `fn` await nothing but this database (docs/architecture.md: no IPC, timers or hashing in
 * a transaction, it would commit early); gather such things before calling.
 *
 * A failed write reopens the database if the failure closed it (a full disk), and carries what
 * the browser said about the transaction, so `describeError` can name the cause.
 */
export function write<T>(db: StudioDatabase, tables: readonly TableName[], fn: () => Promise<T>): Promise<T> {
  // Inside another write: join it; its own failure path (outside any transaction) does the rest.
  if ((db.constructor as typeof Dexie).currentTransaction) return db.transaction('rw', tables, fn)
  readyToWrite(db)
  let tx: Transaction | undefined
  return db
    // An async function, as `fn` is: Dexie keeps its transaction zone across native awaits only
    // for a scope function it sees is async.
    .transaction('rw', tables, async (t: Transaction) => {
      tx = t
      return fn()
    })
    .catch(async (error: unknown) => {
      throw await afterWriteFailure(db, error, tx)
    })
}
