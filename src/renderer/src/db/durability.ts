import type { DBCore, Middleware } from 'dexie'

/**
 * Relaxed durability for one transaction. Dexie 4 sets IndexedDB's durability hint only for a
 * whole connection (`chromeTransactionDurability`); this middleware lets the bulk writer ask for
 * it for its own transaction: `relaxNextTransaction` marks a table set, and the next read-write
 * transaction the connection opens over exactly those tables is created with
 * `{ durability: 'relaxed' }` (the commit is reported once the OS has the data, without waiting
 * for the flush to disk).
 *
 * The connection's default is strict (schema.ts): every ordinary save waits for the flush. A bulk
 * write is one logical operation restartable from its safety backup, so it does not need to.
 */

interface Mark {
  key: string
  taken: boolean
}

const marks = new WeakMap<object, Mark[]>()
const keyOf = (tables: readonly string[]) => [...tables].sort().join(',')

/** Installed by StudioDatabase on its own connection. */
export function durabilityMiddleware(db: object): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'BulkDurability',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const key = keyOf(stores)
        const mark = mode === 'readwrite' ? marks.get(db)?.find((m) => !m.taken && m.key === key) : undefined
        if (!mark) return down.transaction(stores, mode, options)
        mark.taken = true
        return down.transaction(stores, mode, { ...options, durability: 'relaxed' })
      },
    }),
  }
}

/**
 * Marks the next read-write transaction of `db` over exactly `tables` as relaxed; returns the
 * release to call once the write has finished (a write nested in another one shares the outer
 * transaction and leaves its mark untaken: the release removes it).
 */
export function relaxNextTransaction(db: object, tables: readonly string[]): () => void {
  const mark: Mark = { key: keyOf(tables), taken: false }
  const list = marks.get(db) ?? []
  list.push(mark)
  marks.set(db, list)
  return () => {
    const i = list.indexOf(mark)
    if (i >= 0) list.splice(i, 1)
  }
}
