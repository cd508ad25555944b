/** The studio's roll-up settings (settings `rollup`, src/shared/rollup/settings.ts). */
import { parseOrThrow } from '@shared/model'
import { ROLLUP_SETTINGS_KEY, rollupSettingsSchema, type RollupSettings } from '@shared/rollup/settings'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

export async function getRollupSettings(db: StudioDatabase): Promise<RollupSettings> {
  const row = await db.settings.get(ROLLUP_SETTINGS_KEY)
  const parsed = rollupSettingsSchema.safeParse(row?.value ?? {})
  return parsed.success ? parsed.data : rollupSettingsSchema.parse({})
}

async function update(db: StudioDatabase, change: (current: RollupSettings) => RollupSettings): Promise<RollupSettings> {
  return write(db, ['settings'], async () => {
    const value = parseOrThrow(rollupSettingsSchema, change(await getRollupSettings(db)))
    await db.settings.put({ key: ROLLUP_SETTINGS_KEY, value, updatedAt: nowIso() })
    return value
  })
}

/** 向区级提供被督导者姓名 for one period, on or off. */
export function setSuperviseeNames(db: StudioDatabase, period: string, on: boolean): Promise<RollupSettings> {
  return update(db, (s) => {
    const others = s.superviseeNamesPeriods.filter((p) => p !== period)
    return { ...s, superviseeNamesPeriods: on ? [...others, period].sort() : others }
  })
}

/** The studio code of `.sgrollup` files made on a laptop that does not sync. */
export function saveRollupStudioCode(db: StudioDatabase, code: string): Promise<RollupSettings> {
  return update(db, (s) => ({ ...s, studioCode: code }))
}
