/**
 * District mode (区级汇总) on this computer: settings `districtConfig` — its presence is the mode.
 * Laptop-only (LAPTOP_ONLY_SETTINGS): a backup never carries it. The password is kept like the
 * studio sync's (platform/sync-secrets.ts); district mode and studio sync exclude each other, so
 * they never need two passwords at once.
 */
import { parseOrThrow, ValidationError } from '@shared/model'
import { districtConfigSchema, type DistrictConfig } from '@shared/district/config'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { SYNC_CONFIG_KEY } from './sync-config'
import { write } from './write'

export const DISTRICT_CONFIG_KEY = 'districtConfig'

export async function getDistrictConfig(db: StudioDatabase): Promise<DistrictConfig | null> {
  const row = await db.settings.get(DISTRICT_CONFIG_KEY)
  if (!row) return null
  const parsed = districtConfigSchema.safeParse(row.value)
  return parsed.success ? parsed.data : null
}

/** Turns district mode on (or saves its changes); refused while this computer syncs as a studio. */
export async function saveDistrictConfig(db: StudioDatabase, input: unknown): Promise<DistrictConfig> {
  const value = parseOrThrow(districtConfigSchema, input)
  return write(db, ['settings'], async () => {
    if (await db.settings.get(SYNC_CONFIG_KEY)) {
      throw new ValidationError({ serverUrl: '这台电脑正在作为工作室同步：请先在“同步”中停止同步，再设为区级汇总' })
    }
    await db.settings.put({ key: DISTRICT_CONFIG_KEY, value, updatedAt: nowIso() })
    return value
  })
}

/** Leaves district mode: the studio's own screens come back; the roll-ups held here are kept unless asked. */
export async function clearDistrictConfig(db: StudioDatabase): Promise<void> {
  await write(db, ['settings'], () => db.settings.delete(DISTRICT_CONFIG_KEY))
}
