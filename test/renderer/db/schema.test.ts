import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackup } from '@shared/backup'
import { BACKUP_TABLES } from '@shared/model/stored'
import { readAllTables } from '@renderer/db/backup'
import { SCHEMA_V1, SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'

const FIXTURE_V1 = resolve(import.meta.dirname, '../../fixtures/backup-v1.sgbak')
const name = `schema-test-${process.pid}`

afterEach(async () => {
  await Dexie.delete(name)
})

/** A database as schema version 1 left it on a user's laptop, filled from the v1 fixture. */
async function v1Database() {
  const parsed = await readBackup(new Uint8Array(readFileSync(FIXTURE_V1)), { schemaVersion: 1 })
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const t of BACKUP_TABLES) await old.table(t).bulkAdd(parsed.tables[t])
  })
  old.close()
  return parsed.tables
}

describe('opening an older database', () => {
  it('opens a v1 database as the current version with every record unchanged', async () => {
    const before = await v1Database()
    const db = new StudioDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    const after = await readAllTables(db)
    for (const t of BACKUP_TABLES) {
      if (t === 'settings') continue
      const byId = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))
      expect(byId(after[t]), t).toEqual(byId(before[t]))
    }
    expect(await db.sessions.count()).toBe(30)
    db.close()
  })

  it('v2: the unused 督导记录 indexes are gone and the queried ones still answer', async () => {
    await v1Database()
    const db = new StudioDatabase(name)
    await db.open()
    const indexes = db.sessions.schema.indexes.map((i) => i.name).sort()
    expect(indexes).toEqual(['[year+seq]', 'code', 'date', 'projectIds', 'superviseeIds', 'supervisorIds', 'updatedAt'])
    const any = (await db.sessions.toCollection().first())!
    expect(await db.sessions.where('superviseeIds').equals(any.superviseeIds[0]!).count()).toBeGreaterThan(0)
    expect(await db.sessions.where('code').equals(any.code).count()).toBe(1)
    db.close()
  })
})
