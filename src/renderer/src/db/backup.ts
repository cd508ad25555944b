import {
  BackupError,
  decryptBackup,
  isEncryptedBackup,
  backupFileName,
  MERGE_TABLES,
  readBackup,
  writeBackup,
  type BackupTables,
  type ParsedBackup,
} from '@shared/backup'
import { BACKUP_TABLES, type BackupTable } from '@shared/model/stored'
import { upgradeRecordVersion } from '@shared/domain/record-version'
import { now, nowIso } from './clock'
import { newId } from './records'
import { SCHEMA_VERSION, type StudioDatabase } from './schema'
import { getPreferences, getStudioInfo, updatePreferences } from './settings'
import { write } from './write'

/**
 * Upgrades of backups written by older schema versions: MIGRATIONS[n] turns version-n
 * tables into version n + 1. Every `version(n)` added to the Dexie schema adds one here,
 * with a fixture test (test/fixtures/backup-v<n>.sgbak).
 */
export const BACKUP_MIGRATIONS: Record<number, (tables: BackupTables) => BackupTables> = {
  // v2 changed indexes only: a v1 backup's records are v2 records as they are.
  1: (tables) => tables,
  // v3 gave drop reasons a kind: storedAssessmentSchema, which checks every record read, gives
  // a v2 reason stored as text alone its kind, so a v2 backup's tables pass as they are.
  2: (tables) => tables,
  // v4 gave every record a version: a record from before is version 1.
  3: (tables) => {
    for (const t of MERGE_TABLES) for (const r of tables[t]) upgradeRecordVersion(r)
    return tables
  },
  // v5 added an index only (督导记录's importKey): a v4 backup's records are v5 records as they are.
  4: (tables) => tables,
  // v6 added the sync's own tables (outbox, syncState), which belong to the laptop and are never
  // in a backup; v7 (督导协议) added a table: an older backup has none of its records.
  5: (tables) => tables,
  6: (tables) => tables,
  // v8 added the district's roll-up copies (rollups), which belong to the computer and are never
  // in a backup: a v7 backup's tables are v8 tables as they are.
  7: (tables) => tables,
}

/** This install's device id (created on first use): names the laptop in merges. */
export async function ensureDeviceId(db: StudioDatabase): Promise<string> {
  // One transaction: two first backups at once must not give the laptop two ids.
  return write(db, ['settings'], async () => {
    const prefs = await getPreferences(db)
    if (prefs.deviceId) return prefs.deviceId
    const id = newId()
    await updatePreferences(db, { deviceId: id })
    return id
  })
}

/**
 * Settings rows that stay on this laptop and are never written into a backup: its app lock, the
 * Excel column mappings it remembers, when it last backed itself up automatically (from a
 * file, a time in the future stopped the daily backups), and its sync settings (whose user it is).
 */
export const LAPTOP_ONLY_SETTINGS: readonly string[] = ['appLock', 'autoBackup', 'excelMappings', 'syncConfig', 'districtConfig', 'districtSync']

/**
 * Preferences that belong to this laptop, never taken from a file: its identity in merges, when
 * it was last backed up (a file's time silenced the backup reminder), who uses it, and what its
 * user put away (3 天后再提醒 of the reminder, 不再显示 of the first-run checklist).
 */
export const LAPTOP_PREFERENCES = ['deviceId', 'lastBackupAt', 'operatorName', 'backupReminderSnoozedUntil', 'firstRunHidden'] as const

/** Every row of every table, read in one transaction so the copy is consistent. */
export async function readAllTables(db: StudioDatabase, tables: readonly BackupTable[] = BACKUP_TABLES): Promise<BackupTables> {
  const out = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables
  await db.transaction(
    'r',
    tables.map((t) => db.table(t)),
    async () => {
      for (const t of tables) {
        const rows = (await db.table(t).toArray()) as Record<string, unknown>[]
        // The app-lock password hash belongs to this laptop: it never travels in a backup.
        out[t] = t === 'settings' ? rows.filter((r) => !LAPTOP_ONLY_SETTINGS.includes(String(r.key))) : rows
      }
    },
  )
  return out
}

export interface CreatedBackup {
  bytes: Uint8Array
  fileName: string
  createdAt: string
  counts: Record<BackupTable, number>
}

/** Writes the whole database into a .sgbak file (in memory). Nothing in the database changes except a first device id. */
export async function createBackup(db: StudioDatabase, options: { appVersion: string; fileNamePrefix?: string }): Promise<CreatedBackup> {
  const deviceId = await ensureDeviceId(db)
  const studio = await getStudioInfo(db)
  const tables = await readAllTables(db)
  const at = now()
  const createdAt = at.toISOString()
  const bytes = await writeBackup({
    tables,
    appVersion: options.appVersion,
    schemaVersion: SCHEMA_VERSION,
    deviceId,
    studioName: studio.name,
    createdAt,
  })
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<BackupTable, number>
  return { bytes, fileName: backupFileName(studio.name, at, options.fileNamePrefix), createdAt, counts }
}

/** After the user saved a backup: the browser build's 7-day reminder counts from here. */
export async function markBackupTaken(db: StudioDatabase, at: string = nowIso()): Promise<void> {
  await updatePreferences(db, { lastBackupAt: at })
}

/** Opens and checks a backup file against this app's schema (throws a Chinese BackupError). */
export async function openBackupFile(bytes: Uint8Array): Promise<ParsedBackup> {
  if (isEncryptedBackup(bytes)) throw new BackupError('encrypted', '这是加密备份，请输入备份密码后再打开')
  return readBackup(bytes, { schemaVersion: SCHEMA_VERSION, migrations: BACKUP_MIGRATIONS, now: now() })
}

/** Opens a backup that may be password-protected: decrypts first, then validates as usual. */
export async function openProtectedBackupFile(bytes: Uint8Array, password: string): Promise<ParsedBackup> {
  return openBackupFile(await decryptBackup(bytes, password))
}

/** Records that are the studio's data (not settings, drafts or history). */
export const CONTENT_TABLES = ['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'agreements'] as const

export async function hasContent(db: StudioDatabase): Promise<boolean> {
  for (const t of CONTENT_TABLES) if ((await db.table(t).limit(1).count()) > 0) return true
  return false
}

/**
 * Whether the studio has entered anything of its own: the reminder has nothing to protect in a
 * new database, whose only record is the 指数框架 template the app puts there.
 */
export async function hasEnteredData(db: StudioDatabase): Promise<boolean> {
  for (const t of CONTENT_TABLES) {
    if (t === 'frameworks') {
      if ((await db.frameworks.filter((f) => !f.isTemplate).count()) > 0) return true
    } else if ((await db.table(t).limit(1).count()) > 0) return true
  }
  return false
}

/** The browser build reminds the user when the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 7

const DAY_MS = 24 * 3600 * 1000

/**
 * True when the studio has data and no backup was taken in the last 7 days. A last backup more
 * than a day in the future (the clock was wrong then, or is now) proves nothing: overdue too.
 */
export function backupOverdue(lastBackupAt: string | null, hasData: boolean, at: Date = now()): boolean {
  return backupReminderDue({ lastBackupAt, backupReminderSnoozedUntil: null }, hasData, at)
}

/** 3 天后再提醒 puts the reminder away for this long. */
export const BACKUP_SNOOZE_DAYS = 3

/** When the reminder comes back after 3 天后再提醒 at `at`. */
export const backupSnoozeEnd = (at: Date = now()): string => new Date(at.getTime() + BACKUP_SNOOZE_DAYS * DAY_MS).toISOString()

/**
 * Whether the reminder shows: a backup is overdue and it has not been put away (3 天后再提醒) until
 * later. A snooze longer than its own length (the clock was wrong then) no longer counts.
 */
export function backupReminderDue(
  prefs: { lastBackupAt: string | null; backupReminderSnoozedUntil: string | null },
  hasData: boolean,
  at: Date = now(),
): boolean {
  const { lastBackupAt, backupReminderSnoozedUntil: snoozed } = prefs
  if (snoozed) {
    const left = Date.parse(snoozed) - at.getTime()
    if (left > 0 && left <= BACKUP_SNOOZE_DAYS * DAY_MS) return false
  }
  if (!hasData) return false
  if (!lastBackupAt) return true
  const age = at.getTime() - Date.parse(lastBackupAt)
  return !(age <= BACKUP_REMINDER_DAYS * DAY_MS && age >= -DAY_MS)
}
