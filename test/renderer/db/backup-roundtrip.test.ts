import 'fake-indexeddb/auto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { generateSampleData } from '@shared/sample/generator'
import { readBackup, writeBackup } from '@shared/backup'
import { BACKUP_TABLES } from '@shared/model/stored'
import { loadSampleData } from '@renderer/db/sample-data'
import { BACKUP_MIGRATIONS, createBackup, openBackupFile, readAllTables } from '@renderer/db/backup'
import { restoreBackup } from '@renderer/db/backup-restore'
import { mergeBackup } from '@renderer/db/merge'
import { saveStudioInfo } from '@renderer/db/settings'
import { setClockForTests } from '@renderer/db/clock'
import { SCHEMA_VERSION, type StudioDatabase } from '@renderer/db/schema'
import { freshDatabaseEachTest, twoLaptopsEachTest } from './fresh-databases'

describe('backup round trip with generated data', () => {
  let a: StudioDatabase
  let b: StudioDatabase
  twoLaptopsEachTest((laptopA, laptopB) => {
    a = laptopA
    b = laptopB
  })
  beforeEach(() => {
    setClockForTests(new Date('2025-07-15T08:00:00.000Z'))
  })

  it('generator data → backup → restore into an empty database → deep-equal', async () => {
    const data = generateSampleData({ seed: 11, today: '2025-07-15', persons: 40, projects: 12, sessions: 600, quarters: 4 })
    await loadSampleData(a, data, { today: '2025-07-15', seed: 11 })
    await saveStudioInfo(a, { name: '西海岸新区示例高级社工师工作室' })
    const source = await readAllTables(a)
    expect(source.sessions).toHaveLength(600)
    expect(source.assessments.length).toBeGreaterThan(0)
    expect(source.frameworks.length).toBeGreaterThan(0)

    const backup = await createBackup(a, { appVersion: '0.1.0' })
    const parsed = await openBackupFile(backup.bytes)
    await restoreBackup(b, parsed)
    const restored = await readAllTables(b)
    for (const t of BACKUP_TABLES) {
      if (t === 'settings') continue
      expect(restored[t], t).toEqual(source[t])
    }
    // The generator's own records, field for field.
    const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    expect(restored.sessions).toEqual(byId(data.sessions))
    expect(restored.followUps).toEqual(byId(data.followUps))
    expect(restored.persons).toEqual(byId(data.persons))
    const studio = (rows: Record<string, unknown>[]) => rows.find((r) => r.key === 'studio')
    expect(studio(restored.settings)).toEqual(studio(source.settings))
  })

  it("never carries this laptop's app-lock hash, and a restore keeps the local one", async () => {
    const lockA = { key: 'appLock' as const, value: { hash: 'laptop-a' }, updatedAt: '2025-07-15T08:00:00.000Z' }
    const lockB = { key: 'appLock' as const, value: { hash: 'laptop-b' }, updatedAt: '2025-07-15T08:00:00.000Z' }
    await a.settings.put(lockA)
    await b.settings.put(lockB)
    const backup = await createBackup(a, { appVersion: '0.1.0' })
    const parsed = await openBackupFile(backup.bytes)
    expect(parsed.tables.settings.map((r) => r.key)).not.toContain('appLock')
    await restoreBackup(b, parsed)
    expect(await b.settings.get('appLock')).toEqual(lockB)
  })
})

/** Backups written by every shipped schema version; each one must open in the current code. */
const FIXTURE_VERSIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const
const fixturePath = (v: number) => resolve(import.meta.dirname, `../../fixtures/backup-v${v}.sgbak`)

describe('fixtures (backups written by each schema version)', () => {
  let db: StudioDatabase
  freshDatabaseEachTest((fresh) => {
    db = fresh
  })

  it('lists a fixture for every schema version up to the current one', () => {
    expect(FIXTURE_VERSIONS.at(-1)).toBe(SCHEMA_VERSION)
  })

  // Writes test/fixtures/backup-v<current>.sgbak. Run once, when a new schema version is added:
  //   WRITE_FIXTURES=1 npx vitest run test/renderer/db/backup-roundtrip.test.ts
  it.skipIf(!process.env.WRITE_FIXTURES)('writes the fixture of the current version', async () => {
    setClockForTests(new Date('2025-07-15T08:00:00.000Z'))
    const data = generateSampleData({ seed: 2025, today: '2025-07-15', persons: 12, projects: 4, sessions: 30, quarters: 2 })
    await loadSampleData(db, data, { today: '2025-07-15', seed: 2025 })
    await saveStudioInfo(db, { name: '林泉高级社工师工作室（示例）', lead: '示例领衔人' })
    const tables = await readAllTables(db)
    const bytes = await writeBackup({
      tables,
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
      deviceId: `fixture-device-v${SCHEMA_VERSION}`,
      studioName: '林泉高级社工师工作室（示例）',
      createdAt: '2025-07-15T08:00:00.000Z',
    })
    writeFileSync(fixturePath(SCHEMA_VERSION), bytes)
    const written = await readBackup(new Uint8Array(readFileSync(fixturePath(SCHEMA_VERSION))), { schemaVersion: SCHEMA_VERSION, migrations: BACKUP_MIGRATIONS, now: new Date() })
    expect(written.manifest.counts).toMatchObject({ sessions: 30, persons: 12, projects: 4 })
  })

  for (const version of FIXTURE_VERSIONS) {
    it(`the current code opens the v${version} fixture, migrates it to the current schema and restores it`, async () => {
      const bytes = new Uint8Array(readFileSync(fixturePath(version)))
      const parsed = await readBackup(bytes, { schemaVersion: SCHEMA_VERSION, migrations: BACKUP_MIGRATIONS, now: new Date() })
      expect(parsed.manifest).toMatchObject({
        schemaVersion: version,
        appVersion: '0.1.0',
        studioName: '林泉高级社工师工作室（示例）',
        deviceId: `fixture-device-v${version}`,
      })
      expect(parsed.manifest.counts).toMatchObject({ sessions: 30, persons: 12, projects: 4 })
      await restoreBackup(db, await openBackupFile(bytes))
      expect(await db.sessions.count()).toBe(30)
      expect(await db.persons.count()).toBe(12)
      expect(await db.projects.count()).toBe(4)
      expect(await db.assessments.count()).toBe(parsed.manifest.counts.assessments)
      const first = await db.sessions.orderBy('[year+seq]').first()
      expect(first?.code).toMatch(/^DD-\d{4}-0001$/)
      const restored = await readAllTables(db)
      expect({ ...restored, settings: null }).toEqual({ ...parsed.tables, settings: null })
      // Reasons written before v3 as text alone come back with their kind.
      expect(restored.assessments.flatMap((a) => a.dropReasons as unknown[])).toEqual([
        { kind: 'overdueAlreadyRed', text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' },
        { kind: 'overdueAlreadyRed', text: '有 1 项跟进事项逾期超过 30 天，颜色已为红色，不再降级' },
      ])
    })

    it(`merges the v${version} fixture into the same studio as the current version wrote it without a change`, async () => {
      await restoreBackup(db, await openBackupFile(new Uint8Array(readFileSync(fixturePath(SCHEMA_VERSION)))))
      const before = await readAllTables(db)
      const result = await mergeBackup(db, await openBackupFile(new Uint8Array(readFileSync(fixturePath(version)))))
      expect([result.conflicts, result.added.assessments, result.updated.assessments]).toEqual([[], 0, 0])
      const after = await readAllTables(db)
      for (const t of BACKUP_TABLES) if (t !== 'settings') expect(after[t], t).toEqual(before[t])
    })
  }
})
