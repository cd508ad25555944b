import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { StudioDatabase } from '@renderer/db/schema'

let n = 0
/** A fresh, uniquely named database per test. */
export function freshDb(): StudioDatabase {
  n += 1
  return new StudioDatabase(`test-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`)
}

export async function dropDb(db: StudioDatabase) {
  db.close()
  await Dexie.delete(db.name)
}
