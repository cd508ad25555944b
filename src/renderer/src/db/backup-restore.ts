import { LAPTOP_ONLY_SETTINGS, LAPTOP_PREFERENCES } from './backup'
import { recordRevs, recordVersions, syncSettingKey, type ParsedBackup } from '@shared/backup'
import { BACKUP_TABLES, SYNC_KEY_PREFIX, TABLE_LABELS, type BackupTable, type SyncState } from '@shared/model/stored'
import { preferencesSchema, type SettingRow } from '@shared/model'
import { nowIso } from './clock'
import { newId } from './records'
import type { StudioDatabase } from './schema'
import { bulkWrite, type BulkOptions } from './bulk-write'

export interface BackupSummary {
  studioName: string
  createdAt: string
  appVersion: string
  schemaVersion: number
  deviceId: string
  size: number
  /** Tables with records, in schema order: all rows and those not in the 回收站. */
  counts: { table: BackupTable; label: string; total: number; live: number }[]
}

/** What the confirmation dialog shows before anything is replaced. */
export function summarizeBackup(parsed: ParsedBackup): BackupSummary {
  const { manifest } = parsed
  return {
    studioName: manifest.studioName,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    deviceId: manifest.deviceId,
    size: parsed.size,
    counts: BACKUP_TABLES.filter((t) => t !== 'settings' && t !== 'drafts' && parsed.tables[t].length > 0).map((t) => ({
      table: t,
      label: TABLE_LABELS[t],
      total: parsed.tables[t].length,
      live: parsed.tables[t].filter((r) => !('deletedAt' in r) || r.deletedAt === null).length,
    })),
  }
}

/**
 * Replaces the whole database with a validated backup in ONE transaction: either every
 * table holds the backup's records afterwards, or (on any failure) nothing changed.
 *
 * Settings come from the backup, except what belongs to this laptop (LAPTOP_ONLY_SETTINGS,
 * LAPTOP_PREFERENCES): its device id (so two laptops never share one), its backup times, app lock
 * and operator stay as they were. The exchange with the backup's laptop is recorded, so a later
 * 合并导入 from it knows which records both had.
 */
export async function restoreBackup(db: StudioDatabase, parsed: ParsedBackup, options: BulkOptions = {}): Promise<void> {
  const at = nowIso()
  const { manifest } = parsed
  await bulkWrite(
    db,
    BACKUP_TABLES,
    async (writer) => {
      const localPrefsRow = await db.settings.get('preferences')
      const parsedLocal = preferencesSchema.safeParse(localPrefsRow?.value ?? {})
      const localPrefs = parsedLocal.success ? parsedLocal.data : preferencesSchema.parse({})
      const localDeviceId = localPrefs.deviceId || newId()

      const settings = (parsed.tables.settings as unknown as SettingRow[]).filter(
        (r) => r.key !== 'preferences' && r.key !== syncSettingKey(localDeviceId) && !LAPTOP_ONLY_SETTINGS.includes(r.key),
      )
      // This laptop's own lock stays as it was, whatever the file holds.
      for (const key of LAPTOP_ONLY_SETTINGS) {
        const local = await db.settings.get(key)
        if (local) settings.push(local)
      }
      const fromFile = parsed.tables.settings.find((r) => r.key === 'preferences')
      const filePrefs = preferencesSchema.parse(fromFile?.value ?? {})
      const laptop = Object.fromEntries(LAPTOP_PREFERENCES.map((k) => [k, localPrefs[k]]))
      settings.push({
        key: 'preferences',
        value: { ...(fromFile?.value as object | undefined), ...filePrefs, ...laptop, deviceId: localDeviceId },
        updatedAt: (fromFile?.updatedAt as string | undefined) ?? at,
      })
      if (manifest.deviceId !== localDeviceId) {
        const state: SyncState = {
          deviceId: manifest.deviceId,
          studioName: manifest.studioName,
          at,
          fileCreatedAt: manifest.createdAt,
          seen: recordVersions(parsed.tables),
          kept: {},
          revs: recordRevs(parsed.tables),
        }
        const idx = settings.findIndex((r) => r.key === `${SYNC_KEY_PREFIX}${manifest.deviceId}`)
        const row = { key: syncSettingKey(manifest.deviceId), value: state, updatedAt: at } as unknown as SettingRow
        if (idx >= 0) settings[idx] = row
        else settings.push(row)
      }

      // The records as they are in the file, versions included: a restore copies, it does not edit.
      await writer.write(BACKUP_TABLES.map((t) => ({ table: t, rows: t === 'settings' ? settings : parsed.tables[t], how: 'replace' })))
    },
    // Restartable from the safety backup taken before it (backup-flow.ts): relaxed durability.
    { ...options, durability: 'relaxed' },
  )
}
