import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { MERGE_TABLES } from '@shared/backup'
import { partName } from '@shared/backup/format'
import { openZip } from '@shared/backup/zip'
import { BACKUP_TABLES, type BackupTable } from '@shared/model/stored'
import { openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { DATA_TABLES, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_VERSION, StudioDatabase } from '@renderer/db/schema'
import { saveAgreement } from '@renderer/db/agreements'
import { sampleRollups } from '../../support/rollup-sample'

const FIXTURE_V1 = resolve(import.meta.dirname, '../../fixtures/backup-v1.sgbak')
const FIXTURE_V2 = resolve(import.meta.dirname, '../../fixtures/backup-v2.sgbak')
const FIXTURE_V3 = resolve(import.meta.dirname, '../../fixtures/backup-v3.sgbak')
const FIXTURE_V4 = resolve(import.meta.dirname, '../../fixtures/backup-v4.sgbak')
const FIXTURE_V5 = resolve(import.meta.dirname, '../../fixtures/backup-v5.sgbak')
const FIXTURE_V6 = resolve(import.meta.dirname, '../../fixtures/backup-v6.sgbak')
const FIXTURE_V7 = resolve(import.meta.dirname, '../../fixtures/backup-v7.sgbak')
const name = `schema-test-${process.pid}`

afterEach(async () => {
  await Dexie.delete(name)
})

type Row = Record<string, unknown>

/** The records of a backup exactly as that version wrote them, without the checks that upgrade them on reading. */
async function rawTables(path: string): Promise<Record<BackupTable, Row[]>> {
  const zip = await openZip(new Uint8Array(readFileSync(path)))
  const out = {} as Record<BackupTable, Row[]>
  for (const t of BACKUP_TABLES) out[t] = zip.has(partName(t)) ? (JSON.parse(new TextDecoder().decode(await zip.read(partName(t)))) as Row[]) : []
  return out
}

/** A database as an older schema version left it on a user's laptop, holding `tables`. */
async function oldDatabase(version: number, stores: Record<string, string>, tables: Partial<Record<string, Row[]>>) {
  const old = new Dexie(name)
  old.version(version).stores(stores)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const t of old.tables) await t.bulkAdd(tables[t.name] ?? [])
  })
  old.close()
}

/** Leaves `tables` in a database of schema `version`, then opens it as the app does. */
async function upgradedFrom(version: number, stores: Record<string, string>, tables: Partial<Record<string, Row[]>>) {
  await oldDatabase(version, stores, tables)
  return openedAtCurrentVersion()
}

/** The database opened as the app opens it, which must bring it to the current version, and every record read back. */
async function openedAtCurrentVersion() {
  const db = new StudioDatabase(name)
  await db.open()
  expect(db.verno).toBe(SCHEMA_VERSION)
  return { db, after: await readAllTables(db) }
}

/** Every table a backup carries holds, after the upgrade, exactly the records it held before. */
function expectEveryRecordUnchanged(after: Record<BackupTable, Row[]>, before: Record<BackupTable, Row[]>) {
  for (const t of BACKUP_TABLES) expect(byId(after[t]), t).toEqual(byId(before[t]))
}

/** A database as schema version 1 left it on a user's laptop, filled from the v1 fixture. */
async function v1Database() {
  const tables = await rawTables(FIXTURE_V1)
  await oldDatabase(1, SCHEMA_V1, tables)
  return tables
}

const byId = (rows: readonly Row[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))

/** What v4's upgrade does to a record of the studio's tables: version 1. */
const versioned = (t: BackupTable, rows: readonly Row[]) =>
  (MERGE_TABLES as readonly string[]).includes(t) ? rows.map((r) => ({ ...r, rev: 1 })) : rows

describe('opening an older database', () => {
  it('opens a v1 database as the current version with every record unchanged but for its version', async () => {
    const before = await v1Database()
    const { db, after } = await openedAtCurrentVersion()
    // v3 gave the two reasons the v1 fixture holds their kind (the v2 test checks every kind).
    const reasons = (r: Row) =>
      (r.dropReasons as string[]).length > 0 ? [{ kind: 'overdueAlreadyRed', text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' }] : []
    const upgraded = { ...before, assessments: before.assessments.map((a) => ({ ...a, dropReasons: reasons(a) })) }
    expect(upgraded.assessments.filter((a) => a.dropReasons.length > 0)).toHaveLength(2)
    for (const t of BACKUP_TABLES) {
      if (t === 'settings') continue
      expect(byId(after[t]), t).toEqual(byId(versioned(t, upgraded[t])))
    }
    expect(await db.sessions.count()).toBe(30)
    db.close()
  })

  it('v2: the unused 督导记录 indexes are gone and the queried ones still answer', async () => {
    await v1Database()
    const db = new StudioDatabase(name)
    await db.open()
    const indexes = db.sessions.schema.indexes.map((i) => i.name).sort()
    expect(indexes).toEqual(['[year+seq]', 'code', 'date', 'importKey', 'projectIds', 'superviseeIds', 'supervisorIds', 'updatedAt'])
    const any = (await db.sessions.toCollection().first())!
    expect(await db.sessions.where('superviseeIds').equals(any.superviseeIds[0]!).count()).toBeGreaterThan(0)
    expect(await db.sessions.where('code').equals(any.code).count()).toBe(1)
    db.close()
  })
})

describe('v3: drop reasons get a kind', () => {
  const ALREADY_RED = '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级'

  /** A database as schema version 2 left it: the v2 fixture's records, plus assessments with every kind of reason text. */
  async function v2Database() {
    const tables = await rawTables(FIXTURE_V2)
    const [first] = tables.assessments
    const extra = (id: string, dropReasons: unknown[]) => ({ ...first, id, dropReasons })
    tables.assessments.push(
      extra('legacy-veto', ['一票否决：安全事故（活动中老人摔伤），颜色为红色', '另有 2 项跟进事项逾期超过 30 天']),
      extra('legacy-drop', ['有 1 项跟进事项逾期超过 20 天，颜色由黄色降为红色']),
      extra('legacy-other', ['手工补录的说明']),
      extra('legacy-draft', []),
    )
    await oldDatabase(2, SCHEMA_V2, tables)
    return tables
  }

  it('opens a v2 database and gives every stored reason its kind, the text and every other field unchanged', async () => {
    const before = await v2Database()
    expect(before.assessments.filter((a) => (a.dropReasons as unknown[]).length > 0).map((a) => [a.id, a.dropReasons])).toEqual([
      ['b4f37208-852e-428f-bb6c-f1419bc0059b', [ALREADY_RED]],
      ['f155d59b-92bf-44c8-8ea5-dee881680c6f', [ALREADY_RED]],
      ['legacy-veto', ['一票否决：安全事故（活动中老人摔伤），颜色为红色', '另有 2 项跟进事项逾期超过 30 天']],
      ['legacy-drop', ['有 1 项跟进事项逾期超过 20 天，颜色由黄色降为红色']],
      ['legacy-other', ['手工补录的说明']],
    ])
    const { db, after } = await openedAtCurrentVersion()
    for (const t of BACKUP_TABLES) {
      if (t === 'settings' || t === 'assessments') continue
      expect(byId(after[t]), t).toEqual(byId(versioned(t, before[t])))
    }
    const expected: Record<string, unknown[]> = {
      'b4f37208-852e-428f-bb6c-f1419bc0059b': [{ kind: 'overdueAlreadyRed', text: ALREADY_RED }],
      'f155d59b-92bf-44c8-8ea5-dee881680c6f': [{ kind: 'overdueAlreadyRed', text: ALREADY_RED }],
      'legacy-veto': [
        { kind: 'veto', text: '一票否决：安全事故（活动中老人摔伤），颜色为红色' },
        { kind: 'overdueAlongsideVeto', text: '另有 2 项跟进事项逾期超过 30 天' },
      ],
      'legacy-drop': [{ kind: 'overdueDrop', text: '有 1 项跟进事项逾期超过 20 天，颜色由黄色降为红色' }],
      'legacy-other': [{ kind: 'other', text: '手工补录的说明' }],
    }
    expect(byId(after.assessments)).toEqual(byId(before.assessments.map((a) => ({ ...a, dropReasons: expected[String(a.id)] ?? [], rev: 1 }))))
    expect(after.assessments).toHaveLength(12)
    db.close()
  })

  it('reading a v2 backup gives the same records as opening the v2 database', async () => {
    const parsed = await openBackupFile(new Uint8Array(readFileSync(FIXTURE_V2)))
    await v2Database()
    const db = new StudioDatabase(name)
    await db.open()
    const upgraded = new Map((await db.assessments.toArray()).map((a) => [a.id, a]))
    for (const a of parsed.tables.assessments) expect(a, String(a.id)).toEqual(upgraded.get(String(a.id)))
    db.close()
  })
})

describe('v4: every record carries a version', () => {
  it('opens a v3 database with every record of the studio’s tables at version 1 and no conflicts waiting', async () => {
    const before = await rawTables(FIXTURE_V3)
    expect(before.persons.every((r) => r.rev === undefined)).toBe(true)
    const { db, after } = await upgradedFrom(3, SCHEMA_V3, before)
    for (const t of BACKUP_TABLES) {
      if (t === 'settings') continue
      expect(byId(after[t]), t).toEqual(byId(versioned(t, before[t])))
    }
    expect(after.sessions.length).toBeGreaterThan(0)
    expect(await db.conflicts.where('resolved').equals(0).count()).toBe(0)
    db.close()
  })

  it('reads a v3 backup as the same records as opening the v3 database', async () => {
    const parsed = await openBackupFile(new Uint8Array(readFileSync(FIXTURE_V3)))
    await oldDatabase(3, SCHEMA_V3, await rawTables(FIXTURE_V3))
    const db = new StudioDatabase(name)
    await db.open()
    const opened = await readAllTables(db)
    for (const t of MERGE_TABLES) expect(byId(parsed.tables[t]), t).toEqual(byId(opened[t]))
    db.close()
  })
})

describe('v5: 督导记录 made from a ledger row keep its key, indexed', () => {
  it('opens a v4 database with every record unchanged and the key index answering', async () => {
    const before = await rawTables(FIXTURE_V4)
    const { db, after } = await upgradedFrom(4, SCHEMA_V4, before)
    expectEveryRecordUnchanged(after, before)
    expect(await db.sessions.orderBy('importKey').count()).toBe(0)
    const first = after.sessions[0]!
    await db.sessions.update(String(first.id), { importKey: 'k1' })
    expect(await db.sessions.where('importKey').equals('k1').primaryKeys()).toEqual([first.id])
    db.close()
  })
})

describe('v6: the sync outbox and bookkeeping, which belong to the laptop', () => {
  it('opens a v5 database with every record unchanged, nothing waiting to be sent and no sync state', async () => {
    const before = await rawTables(FIXTURE_V5)
    const { db, after } = await upgradedFrom(5, SCHEMA_V5, before)
    expectEveryRecordUnchanged(after, before)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.syncState.count()).toBe(0)
    db.close()
  })

  it('keeps the outbox and sync state out of the tables a backup carries', () => {
    expect(DATA_TABLES).not.toContain('outbox')
    expect(DATA_TABLES).not.toContain('syncState')
    expect([...DATA_TABLES]).toEqual([...BACKUP_TABLES])
  })
})

describe('v7: 督导协议 in a table of their own', () => {
  it('keeps the stores it shipped with: v6 and one agreements table, looked up by either side', () => {
    expect(SCHEMA_V7).toEqual({ ...SCHEMA_V6, agreements: 'id, *supervisorIds, *superviseeIds, startDate, updatedAt' })
  })

  it('opens a v6 database with every record, the outbox and the sync state unchanged, and an empty agreements table that takes agreements', async () => {
    const before = await rawTables(FIXTURE_V6)
    expect(before.agreements).toEqual([])
    const outbox = [{ seq: 1, key: 'sessions:s-waiting' }]
    const syncState = [{ key: 'sessions:s-sent', rev: '2-abc' }]
    const { db, after } = await upgradedFrom(6, SCHEMA_V6, { ...before, outbox, syncState })
    expectEveryRecordUnchanged(after, before)
    expect(await db.outbox.toArray()).toEqual(outbox)
    expect(await db.syncState.toArray()).toEqual(syncState)
    const supervisor = (after.sessions[0]!.supervisorIds as string[])[0]!
    const worker = (after.sessions[0]!.superviseeIds as string[])[0]!
    const a = await saveAgreement(db, {
      supervisorIds: [supervisor],
      superviseeIds: [worker],
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
      status: '生效',
    })
    expect(await db.agreements.where('superviseeIds').equals(worker).primaryKeys()).toEqual([a.id])
    expect(await db.agreements.where('supervisorIds').equals(supervisor).primaryKeys()).toEqual([a.id])
    db.close()
  })

  it('opens a v5 database the same way (a laptop that skipped v6)', async () => {
    const before = await rawTables(FIXTURE_V5)
    const { db, after } = await upgradedFrom(5, SCHEMA_V5, before)
    expectEveryRecordUnchanged(after, before)
    expect(await db.agreements.count()).toBe(0)
    db.close()
  })

  it('the v7 fixture carries the sample 督导协议, and a restore brings every one back as written', async () => {
    const written = await rawTables(FIXTURE_V7)
    expect(written.agreements).toHaveLength(7)
    const db = new StudioDatabase(name)
    await db.open()
    await restoreBackup(db, await openBackupFile(new Uint8Array(readFileSync(FIXTURE_V7))))
    expect(byId((await db.agreements.toArray()) as unknown as Row[])).toEqual(byId(written.agreements))
    db.close()
  })
})

describe('v8: the district’s copies of the studios’ roll-ups, which belong to the computer', () => {
  it('opens a v7 database with every record unchanged and an empty rollups table found by studio and period', async () => {
    const before = await rawTables(FIXTURE_V7)
    expect(before.sessions.length).toBeGreaterThan(0)
    // The laptop's own tables of v7 (outbox, syncState) are empty on a laptop that never synced.
    const { db, after } = await upgradedFrom(7, SCHEMA_V7, { ...before, outbox: [], syncState: [] })
    expect(db.verno).toBe(8)
    expectEveryRecordUnchanged(after, before)
    expect(await db.rollups.count()).toBe(0)
    const [doc] = sampleRollups({ studios: 1, periods: ['2026Q1'] })
    await db.rollups.put({ id: doc!._id, studioCode: doc!.studio.code, period: '2026Q1', doc: doc!, source: 'file', receivedAt: '2026-04-02T00:00:00.000Z' })
    expect(await db.rollups.where('studioCode').equals('ws001').primaryKeys()).toEqual(['rollup:ws001:2026Q1'])
    expect(await db.rollups.where('period').equals('2026Q1').count()).toBe(1)
    db.close()
  })

  it('keeps the roll-ups out of the tables a backup carries', () => {
    expect(DATA_TABLES).not.toContain('rollups')
    expect([...DATA_TABLES]).toEqual([...BACKUP_TABLES])
  })
})
