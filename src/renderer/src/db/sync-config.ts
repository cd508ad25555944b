/**
 * This laptop's sync settings (设置 → 同步): the server, the studio's code and the user name, in
 * settings `syncConfig` — listed in LAPTOP_ONLY_SETTINGS (db/backup.ts), so a backup never carries
 * it to another laptop. The password is never here (platform/sync-secrets.ts).
 */
import { parseOrThrow, ValidationError } from '@shared/model'
import { syncConfigSchema } from '@shared/sync/config'
import type { SyncConfig } from '@shared/sync/connection-test'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

export const SYNC_CONFIG_KEY = 'syncConfig'

export async function getSyncConfig(db: StudioDatabase): Promise<SyncConfig | null> {
  const row = await db.settings.get(SYNC_CONFIG_KEY)
  if (!row) return null
  const parsed = syncConfigSchema.safeParse(row.value)
  return parsed.success ? parsed.data : null
}

/** Saves what 设置 → 同步 holds; bad input is refused with a Chinese message at its field. */
export async function saveSyncConfig(db: StudioDatabase, input: unknown): Promise<SyncConfig> {
  const value = parseOrThrow(syncConfigSchema, input)
  await write(db, ['settings'], async () => {
    // District mode reads other studios' roll-ups with its own account: one computer is one or the other.
    if (await db.settings.get('districtConfig')) throw new ValidationError({ serverUrl: '这台电脑已设为区级汇总：请先在“区级汇总”中退出，再设置工作室同步' })
    await db.settings.put({ key: SYNC_CONFIG_KEY, value, updatedAt: nowIso() })
  })
  return value
}

/** 停止同步 and forget the server: this laptop works alone again. */
export async function clearSyncConfig(db: StudioDatabase): Promise<void> {
  await write(db, ['settings'], () => db.settings.delete(SYNC_CONFIG_KEY))
}
