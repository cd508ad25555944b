import {
  parseOrThrow,
  preferencesSchema,
  studioInfoSchema,
  type Preferences,
  type StudioInfo,
} from '@shared/model'
import { isStudioEmpty } from '@shared/domain/studio-presence'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'
import { cachedRead } from './changes'

export async function getStudioInfo(db: StudioDatabase): Promise<StudioInfo> {
  const row = await db.settings.get('studio')
  return studioInfoSchema.parse(row?.value ?? {})
}

export async function saveStudioInfo(db: StudioDatabase, input: unknown): Promise<StudioInfo> {
  const value = parseOrThrow(studioInfoSchema, input)
  await write(db, ['settings'], () => db.settings.put({ key: 'studio', value, updatedAt: nowIso() }))
  return value
}

export async function getPreferences(db: StudioDatabase): Promise<Preferences> {
  const row = await db.settings.get('preferences')
  const parsed = preferencesSchema.safeParse(row?.value ?? {})
  return parsed.success ? parsed.data : preferencesSchema.parse({})
}

/**
 * The preferences for a screen's loader, kept in memory until the settings change (a screen opened
 * again asks for nothing). Never inside a write or a live query: use getPreferences there.
 */
export const cachedPreferences: (db: StudioDatabase) => Promise<Preferences> = cachedRead(['settings'], getPreferences)

export async function updatePreferences(db: StudioDatabase, patch: Partial<Preferences>): Promise<Preferences> {
  return write(db, ['settings'], async () => {
    const current = await getPreferences(db)
    const value = parseOrThrow(preferencesSchema, { ...current, ...patch })
    await db.settings.put({ key: 'preferences', value, updatedAt: nowIso() })
    return value
  })
}

/** True while the studio has entered nothing: 载入示例数据 is offered only then. */
export async function isDatabaseEmpty(db: StudioDatabase): Promise<boolean> {
  const [persons, projects, sessions] = await Promise.all([db.persons.count(), db.projects.count(), db.sessions.count()])
  return isStudioEmpty({ persons, projects, sessions })
}
