/**
 * Automatic backups (Electron): the renderer writes the .sgbak bytes and hands them to the
 * main process, which stores them atomically under the user-data folder and keeps the
 * newest 30. These functions are not in StudioApi yet: everything here checks for them
 * first (`window.studio?.writeAutoBackup`) and does nothing in the browser build, which
 * instead reminds the user to download a backup (see backupOverdue).
 */
import type { SettingRow } from '@shared/model'
import { now, nowIso } from './clock'
import { createBackup } from './backup'
import type { StudioDatabase } from './schema'
import { write } from './write'

export type AutoBackupReason = 'daily' | 'quit' | 'before-restore' | 'before-merge'

export interface AutoBackupEntry {
  /** File name only, e.g. auto-20250306-140200-daily.sgbak (main resolves it in its own folder). */
  name: string
  size: number
  /** ISO time the backup was written. */
  createdAt: string
  reason: AutoBackupReason
}

/** The bridge functions automatic backups need (proposed additions to StudioApi). */
export interface AutoBackupApi {
  writeAutoBackup(request: { data: Uint8Array; reason: AutoBackupReason; createdAt: string }): Promise<AutoBackupEntry>
  listAutoBackups(): Promise<AutoBackupEntry[]>
  readAutoBackup(name: string): Promise<Uint8Array>
  /** Main asks before quitting; the handler's promise settles before the window closes (main waits ≤ 10 s). */
  onBeforeQuit?(handler: () => Promise<void>): () => void
}

/** The host's automatic-backup functions, or null where there are none (browser build, older preload). */
export function autoBackupApi(host: unknown = typeof window === 'undefined' ? undefined : window.studio): AutoBackupApi | null {
  const api = host as Partial<AutoBackupApi> | undefined
  if (!api || typeof api.writeAutoBackup !== 'function' || typeof api.listAutoBackups !== 'function' || typeof api.readAutoBackup !== 'function')
    return null
  return api as AutoBackupApi
}

const STATE_KEY = 'autoBackup'
const DAY_MS = 24 * 3600 * 1000

async function lastAutoBackupAt(db: StudioDatabase): Promise<string | null> {
  const row = await db.table('settings').get(STATE_KEY)
  const at = (row?.value as { lastAt?: unknown } | undefined)?.lastAt
  return typeof at === 'string' ? at : null
}

/** Writes one automatic backup through the host and remembers when. */
export async function writeAutoBackup(
  db: StudioDatabase,
  api: AutoBackupApi,
  reason: AutoBackupReason,
  appVersion: string,
): Promise<AutoBackupEntry> {
  const backup = await createBackup(db, { appVersion, fileNamePrefix: '自动备份' })
  const entry = await api.writeAutoBackup({ data: backup.bytes, reason, createdAt: backup.createdAt })
  const row = { key: STATE_KEY, value: { lastAt: backup.createdAt, lastName: entry.name }, updatedAt: nowIso() } as unknown as SettingRow
  await write(db, ['settings'], () => db.settings.put(row))
  return entry
}

/**
 * The daily backup: written when the last automatic one is a day old (or there is none). A last
 * one in the future (the clock was wrong when it was written, or is now) does not count: it
 * would stop the daily backups until that day comes.
 */
export async function dailyAutoBackupIfDue(db: StudioDatabase, api: AutoBackupApi, appVersion: string): Promise<AutoBackupEntry | null> {
  const last = await lastAutoBackupAt(db)
  const age = last ? now().getTime() - Date.parse(last) : Number.NaN
  if (age >= 0 && age < DAY_MS) return null
  return writeAutoBackup(db, api, 'daily', appVersion)
}

/**
 * Starts automatic backups for the app's lifetime: a daily one (checked at start and every
 * hour) and one on quit. Returns a stop function. No-op outside Electron.
 * To be called once after the database opened (Root).
 */
export function startAutoBackups(db: StudioDatabase, getAppVersion: () => Promise<string>, onError: (e: unknown) => void = console.error): () => void {
  const api = autoBackupApi()
  if (!api) return () => undefined
  const daily = () => {
    void getAppVersion()
      .then((v) => dailyAutoBackupIfDue(db, api, v))
      .catch(onError)
  }
  daily()
  const timer = setInterval(daily, 3600 * 1000)
  const off = api.onBeforeQuit?.(async () => {
    await writeAutoBackup(db, api, 'quit', await getAppVersion())
  })
  return () => {
    clearInterval(timer)
    off?.()
  }
}
