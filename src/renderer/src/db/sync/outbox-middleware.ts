import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie'
import { MERGE_TABLES } from '@shared/backup/merge-tables'

/**
 * Every write of a studio record also lists it in `outbox`, in the same transaction, so a record
 * saved is a record the sync will send even if the app closes the next moment (docs/architecture.md,
 * Studio sync). Writes the sync itself applies from the server are tagged (`markFromSync`) and
 * list nothing: they would only come back as echoes.
 */
const SYNCED: ReadonlySet<string> = new Set(MERGE_TABLES)
const fromSync = new WeakSet<object>()

/** Tags the running transaction (Dexie hands its IDBTransaction to every DBCore request) as the sync's. */
export function markFromSync(idbTransaction: object): void {
  fromSync.add(idbTransaction)
}

function keysOf(req: DBCoreMutateRequest): unknown[] {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.map((v) => (v as { id?: unknown }).id)
    case 'delete':
      return req.keys
    default:
      // deleteRange (a table cleared by a restore): nothing to name; see docs/architecture.md.
      return []
  }
}

function listed(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction
  if (fromSync.has(idb)) return false
  // Upgrades rewrite records of an older version; writes outside `write()` (tests' set-ups) have no outbox in scope.
  if (idb.mode === 'versionchange') return false
  return idb.objectStoreNames?.contains('outbox') ?? false
}

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-outbox',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      if (!SYNCED.has(name)) return table
      return {
        ...table,
        mutate: async (req) => {
          const result = await table.mutate(req)
          if (listed(req.trans)) {
            const keys = keysOf(req).filter((k): k is string => typeof k === 'string')
            if (keys.length > 0)
              await down.table('outbox').mutate({ type: 'add', trans: req.trans, values: keys.map((id) => ({ key: `${name}:${id}` })) })
          }
          return result
        },
      }
    },
  }),
}
