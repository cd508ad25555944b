import 'fake-indexeddb/auto'
import type { PouchDatabase } from '@renderer/db/sync/pouch'
import { startSync, type StartOptions } from '@renderer/db/sync/engine'
import type { SyncHandle } from '@renderer/db/sync/types'
import type { StudioDatabase } from '@renderer/db/schema'
import { createPerson } from '@renderer/db/persons'
import { saveSession } from '@renderer/db/sessions'
import { dropDb, freshDb } from '../../helpers'
import { MemoryPouch } from './pouch'

export { MemoryPouch }


let n = 0
const unique = (what: string) => `${what}-${process.pid}-${(n += 1)}-${Math.random().toString(36).slice(2, 8)}`

export const STUDIO = 'linquan'
export const CONFIG = { serverUrl: 'http://studio.test', studioCode: STUDIO, username: 'zhou' }

/** A studio server for logic tests: two memory PouchDBs standing for its two databases. */
export function memoryServer(): { records: PouchDatabase; texts: PouchDatabase } {
  return { records: new MemoryPouch(unique('server')), texts: new MemoryPouch(unique('server-sensitive')) }
}

export interface Laptop {
  db: StudioDatabase
  sync: SyncHandle
  name: string
  /** Starts (again) the sync of this laptop's database, as the app does on its next start. */
  start(options?: Partial<StartOptions>): SyncHandle
  /** Stops the sync and closes the app's database, keeping both local databases. */
  close(): Promise<void>
  drop(): Promise<void>
}

/** A laptop of the studio: its own Dexie database and local PouchDB, syncing with `server` by `syncNow` only. */
export function laptop(server: { records: PouchDatabase; texts: PouchDatabase | null }, options: Partial<StartOptions> = {}): Laptop {
  const localName = unique('laptop')
  const deviceId = unique('device')
  const me: Laptop = {
    db: freshDb(),
    sync: undefined as unknown as SyncHandle,
    name: localName,
    start(more = {}) {
      me.sync = startSync(me.db, CONFIG, '', { pouch: MemoryPouch, localName, remote: server, live: false, deviceId, ...options, ...more })
      return me.sync
    },
    async close() {
      await me.sync.stop()
      me.db.close()
    },
    async drop() {
      await me.sync.stop()
      await dropDb(me.db)
    },
  }
  me.start()
  return me
}

/** A 敏感 督导记录 with these texts (and its supervisor and supervisee), saved on `db`. */
export async function saveSensitiveSession(db: StudioDatabase, texts: Record<string, string>) {
  const sup = await createPerson(db, { name: '周晓岚', role: '督导者', qualification: '高级社会工作师' })
  const sw = await createPerson(db, { name: '张晓明', role: '社工', qualification: '社会工作师' })
  const { session } = await saveSession(
    db,
    { date: '2026-03-02', startTime: '09:00', endTime: '10:00', mode: '个别督导', functions: ['支持'], supervisorIds: [sup.id], superviseeIds: [sw.id], sensitive: true, riskLevel: '严重', ...texts },
    { today: '2026-03-02' },
  )
  return session
}
