/**
 * What the Excel import keeps between files:
 * - the synonym table (settings `importSynonyms`): the studio's vocabulary for 督导方式/功能,
 *   edited in 设置 and carried by backups like the other settings;
 * - the choices of the mapping step per header signature (settings `excelMappings`): this
 *   laptop's habit with its own files, listed in LAPTOP_ONLY_SETTINGS (db/backup.ts), so it is
 *   never written into a backup, never taken from one on restore and never merged.
 */
import { z } from 'zod'
import {
  APPEND_TARGETS,
  DEFAULT_SYNONYMS,
  IMPORT_FIELDS,
  synonymEntrySchema,
  synonymTableSchema,
  type ColumnChoice,
  type SheetColumn,
  type SynonymEntry,
} from '@shared/excel'
import { parseOrThrow, SESSION_FUNCTIONS, SESSION_MODES, SUPERVISION_KINDS, type SettingRow } from '@shared/model'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

const SYNONYMS_KEY = 'importSynonyms'
const MAPPINGS_KEY = 'excelMappings'
/** Header signatures remembered at most; the oldest are forgotten first. */
const MAX_REMEMBERED = 50

export async function getImportSynonyms(db: StudioDatabase): Promise<SynonymEntry[]> {
  const row = await db.settings.get(SYNONYMS_KEY)
  const parsed = synonymTableSchema.safeParse((row?.value as { entries?: unknown } | undefined)?.entries)
  return parsed.success ? parsed.data : [...DEFAULT_SYNONYMS]
}

/** Saves the whole table (设置 → 导入同义词); a duplicate word with another meaning is refused with its message. */
export async function saveImportSynonyms(db: StudioDatabase, entries: readonly SynonymEntry[]): Promise<SynonymEntry[]> {
  const value = parseOrThrow(synonymTableSchema, entries)
  await write(db, ['settings'], () => db.settings.put({ key: SYNONYMS_KEY, value: { entries: value }, updatedAt: nowIso() }))
  return value
}

const choiceSchema: z.ZodType<ColumnChoice> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(IMPORT_FIELDS) }),
  z.object({ kind: z.literal('append'), target: z.enum(APPEND_TARGETS) }),
  z.object({ kind: z.literal('skip') }),
  z.object({ kind: z.literal('undecided') }),
])

const rememberedSchema = z.object({
  plan: z.array(choiceSchema),
  valueChoices: z.array(synonymEntrySchema).default([]),
  /** Only a year the user set; a year read from a title is read again from the next file. */
  year: z.number().int().min(1950).max(2100).nullable().default(null),
  defaults: z
    .object({
      mode: z.enum([...SESSION_MODES, 'auto']),
      functions: z.array(z.enum(SESSION_FUNCTIONS)),
      kind: z.enum(SUPERVISION_KINDS),
      startTime: z.string(),
      followUpOwner: z.enum(['supervisee', 'supervisor']),
      followUpDueDays: z.number().int().min(0).max(365),
    })
    .partial()
    .default({}),
  at: z.string(),
})
export type RememberedMapping = z.infer<typeof rememberedSchema>

async function mappings(db: StudioDatabase): Promise<Record<string, unknown>> {
  const row = await db.settings.get(MAPPINGS_KEY)
  const value = row?.value
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** The choices made for the last file with these headers, or null. */
export async function getRememberedMapping(db: StudioDatabase, signature: string): Promise<RememberedMapping | null> {
  const parsed = rememberedSchema.safeParse((await mappings(db))[signature])
  return parsed.success ? parsed.data : null
}

/**
 * Remembers the choices of a sheet whose import went through. An empty column's 不导入 is not a
 * choice (it had nothing to drop): saved as undecided, the next file's data in it asks again.
 */
export async function rememberMapping(
  db: StudioDatabase,
  signature: string,
  memo: Omit<RememberedMapping, 'at' | 'plan'> & { plan: readonly ColumnChoice[]; columns: readonly SheetColumn[] },
): Promise<void> {
  const filled = new Set(memo.columns.filter((c) => c.filled > 0).map((c) => c.index))
  const plan = memo.plan.map((c, i): ColumnChoice => (c.kind === 'skip' && !filled.has(i) ? { kind: 'undecided' } : c))
  const at = nowIso()
  await write(db, ['settings'], async () => {
    const all = { ...(await mappings(db)), [signature]: { plan, valueChoices: memo.valueChoices, year: memo.year, defaults: memo.defaults, at } }
    const kept = Object.entries(all)
      .sort((a, b) => String((b[1] as { at?: string }).at ?? '').localeCompare(String((a[1] as { at?: string }).at ?? '')))
      .slice(0, MAX_REMEMBERED)
    await db.settings.put({ key: MAPPINGS_KEY, value: Object.fromEntries(kept), updatedAt: at } satisfies SettingRow)
  })
}
