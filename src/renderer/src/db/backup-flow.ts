/** The steps 设置 → 备份与恢复 runs, apart from React so they can be tested. */
import type { StudioApi } from '@shared/studio-api'
import { BACKUP_EXTENSION, encryptBackup } from '@shared/backup'
import { autoBackupApi, type AutoBackupEntry } from './backup-auto'
import { createBackup, hasContent, markBackupTaken } from './backup'
import type { StudioDatabase } from './schema'

export const BACKUP_FILTERS = [{ name: '督导工作台备份', extensions: [BACKUP_EXTENSION] }]

/** 立即备份: writes the file where the user chooses (a download in the browser). */
export async function backupNow(
  db: StudioDatabase,
  host: StudioApi,
  options: { password?: string } = {},
): Promise<{ saved: boolean; path?: string; fileName: string }> {
  const backup = await createBackup(db, { appVersion: await host.getAppVersion() })
  // With a password the whole file is sealed (AES-GCM); the name and extension stay the same.
  const data = options.password ? await encryptBackup(backup.bytes, options.password) : backup.bytes
  const result = await host.saveFile({ suggestedName: backup.fileName, data, filters: BACKUP_FILTERS })
  if (result.saved) await markBackupTaken(db, backup.createdAt)
  return { saved: result.saved, path: result.path, fileName: backup.fileName }
}

export interface SafetyBackup {
  bytes: Uint8Array
  fileName: string
  /** Where it went: the automatic-backup folder (Electron), a download (browser), or nowhere (nothing to protect). */
  savedTo: 'auto' | 'download' | 'none'
  entry?: AutoBackupEntry
}

/**
 * The copy of the current data taken before a restore (or merge) changes it. Electron
 * stores it with the automatic backups; the browser downloads it — and the bytes are kept
 * so the screen can offer them again.
 */
export async function takeSafetyBackup(
  db: StudioDatabase,
  host: StudioApi,
  reason: 'before-restore' | 'before-merge',
): Promise<SafetyBackup | null> {
  if (!(await hasContent(db))) return null
  const auto = autoBackupApi(host)
  // A merge loses nothing (losing versions become revisions): the browser asks for no download then.
  if (!auto && reason === 'before-merge') return null
  const backup = await createBackup(db, { appVersion: await host.getAppVersion(), fileNamePrefix: reason === 'before-restore' ? '恢复前自动备份' : '合并前自动备份' })
  if (auto) {
    const entry = await auto.writeAutoBackup({ data: backup.bytes, reason, createdAt: backup.createdAt })
    return { bytes: backup.bytes, fileName: backup.fileName, savedTo: 'auto', entry }
  }
  const saved = await host.saveFile({ suggestedName: backup.fileName, data: backup.bytes, filters: BACKUP_FILTERS })
  return { bytes: backup.bytes, fileName: backup.fileName, savedTo: saved.saved ? 'download' : 'none' }
}
