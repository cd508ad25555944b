import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/backup'
import { canonicalJson } from '@shared/domain/canonical-json'
import { BACKUP_TABLES } from '@shared/model/stored'
import { describeError } from '@renderer/app/errors'
import { backupOverdue, openBackupFile } from '@renderer/db/backup'
import { dailyAutoBackupIfDue, type AutoBackupApi } from '@renderer/db/backup-auto'
import { restoreBackup } from '@renderer/db/backup-restore'
import { setClockForTests } from '@renderer/db/clock'
import { importExcelFile } from '@renderer/db/excel-import'
import { mergeBackup } from '@renderer/db/merge'
import { getPreferences, updatePreferences } from '@renderer/db/settings'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'
import { backupWithLaptopSettings, CORPUS_NOW, hostileBackups, hostileRows, hostileWorkbooks, type HostileCase } from './hostile-corpus'
import { buildStudio } from './studio-fixture'

/** Every row of every table, settings and drafts included: what "the database did not change" means. */
async function hashOf(db: StudioDatabase): Promise<string> {
  const all: Record<string, unknown[]> = {}
  for (const t of BACKUP_TABLES) all[t] = await db.table(t).toArray()
  return sha256Hex(new TextEncoder().encode(canonicalJson(all)))
}

const backups = await hostileBackups()
const workbooks = await hostileWorkbooks()
const rows = await hostileRows()

describe('the hostile-input corpus', () => {
  let db: StudioDatabase
  let hash: string
  beforeAll(async () => {
    db = freshDb()
    await buildStudio(db)
    await updatePreferences(db, { operatorName: '周晓岚' })
    setClockForTests(CORPUS_NOW)
  })
  // Each case against the database as the case found it: one that got in fails alone.
  beforeEach(async () => {
    hash = await hashOf(db)
  })
  afterAll(async () => {
    setClockForTests(null)
    await dropDb(db)
  })

  /** Opens the file as 恢复 and 合并导入 do, and goes on to write only if it passed. */
  async function attempt(c: HostileCase, step: 'restore' | 'merge'): Promise<string> {
    try {
      const parsed = await openBackupFile(c.bytes)
      if (step === 'restore') await restoreBackup(db, parsed)
      else await mergeBackup(db, parsed)
      return '（已导入）'
    } catch (e) {
      return describeError(e, 'backup')
    }
  }

  it.each(backups.map((c) => [c.name, c] as const))('restore refuses %s in Chinese and changes nothing', async (_n, c) => {
    expect(await attempt(c, 'restore')).toBe(c.message)
    expect(await hashOf(db)).toBe(hash)
  })

  it.each(backups.map((c) => [c.name, c] as const))('合并导入 refuses %s in Chinese and changes nothing', async (_n, c) => {
    expect(await attempt(c, 'merge')).toBe(c.message)
    expect(await hashOf(db)).toBe(hash)
  })

  it.each(workbooks.map((c) => [c.name, c] as const))('Excel import refuses %s in Chinese and changes nothing', async (_n, c) => {
    const said = await importExcelFile(db, c.bytes, { today: '2025-07-20' }).then(
      () => '（已导入）',
      (e: unknown) => (e as Error).message,
    )
    expect(said).toBe(c.message)
    expect(await hashOf(db)).toBe(hash)
  })

  it.each(rows.map((c) => [c.name, c] as const))('Excel import refuses a row with %s at the row, and writes nothing', async (_n, c) => {
    const { preview, result } = await importExcelFile(db, c.bytes, { today: '2025-07-20' })
    expect(result.imported).toBe(0)
    expect(preview.rows.map((r) => r.errors[0] ?? null)).toEqual([c.message])
    expect(await hashOf(db)).toBe(hash)
  })
})

describe('what belongs to the laptop is never taken from a file', () => {
  let db: StudioDatabase
  const api: AutoBackupApi & { written: number } = {
    written: 0,
    async writeAutoBackup(request) {
      this.written += 1
      return { name: 'auto-20250720-100000-daily.sgbak', size: request.data.byteLength, createdAt: request.createdAt, reason: request.reason }
    },
    listAutoBackups: async () => [],
    readAutoBackup: async () => new Uint8Array(0),
  }
  beforeAll(async () => {
    db = freshDb()
    await buildStudio(db)
    await updatePreferences(db, { operatorName: '周晓岚' })
    setClockForTests(CORPUS_NOW)
  })
  afterAll(async () => {
    setClockForTests(null)
    await dropDb(db)
  })

  it('a restored file with backup times 20 hours ahead neither stops the daily backup nor silences the reminder', async () => {
    const before = await getPreferences(db)
    const soon = new Date(CORPUS_NOW.getTime() + 20 * 3600 * 1000).toISOString()
    await restoreBackup(db, await openBackupFile(await backupWithLaptopSettings(soon)))
    const after = await getPreferences(db)
    expect(after.deviceId).not.toBe('laptop-hostile')
    expect({ lastBackupAt: after.lastBackupAt, operatorName: after.operatorName }).toEqual({ lastBackupAt: before.lastBackupAt, operatorName: '周晓岚' })
    // Nor does another laptop's 3 天后再提醒 or 不再显示 put this one's reminder or checklist away.
    expect({ snoozed: after.backupReminderSnoozedUntil, hidden: after.firstRunHidden }).toEqual({ snoozed: null, hidden: false })
    expect(await db.settings.get('autoBackup')).toBeUndefined()
    expect(backupOverdue(after.lastBackupAt, true, CORPUS_NOW)).toBe(true)
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).not.toBeNull()
    expect(api.written).toBe(1)
  })

  it('a last automatic backup in this laptop’s future (its clock was wrong) does not stop the daily one', async () => {
    await db.settings.put({ key: 'autoBackup', value: { lastAt: '2099-01-01T00:00:00.000Z', lastName: 'x' }, updatedAt: CORPUS_NOW.toISOString() })
    api.written = 0
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).not.toBeNull()
    expect(api.written).toBe(1)
    // Written just now: not again today.
    expect(await dailyAutoBackupIfDue(db, api, '0.1.0')).toBeNull()
    expect(backupOverdue('2099-01-01T00:00:00.000Z', true, CORPUS_NOW)).toBe(true)
  })
})
