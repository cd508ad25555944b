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
 */
export function write<T>(db: StudioDatabase, tables: readonly TableName[], fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', tables, fn)
}
