/**
 * What 合并导入 compares and how it names records: the tables merged record by record, each
 * record's key in the exchange bookkeeping (SyncState), and the content comparison that
 * decides whether two versions of a record differ (merge-plan.ts applies it).
 */
import { SYNC_KEY_PREFIX } from '../model/stored'
import { FIELD_LABELS } from '../model/record-labels'
import type { FieldChange, Revision } from '../model'
import { canonicalJson } from '../domain/canonical-json'
import { VERSION_FIELDS } from '../domain/record-version'
import type { BackupTables } from './format'

/** Tables merged record by record (settings and drafts belong to each laptop; revisions are only added). */
export const MERGE_TABLES = ['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'agreements'] as const
export type MergeTable = (typeof MERGE_TABLES)[number]

export type Rec = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null; rev?: number; fieldRevs?: Record<string, number> }

/** A record's key in the exchange bookkeeping (SyncState's seen, kept and revs). */
export const syncKey = (table: string, id: string) => `${table}:${id}`
export const syncSettingKey = (deviceId: string) => `${SYNC_KEY_PREFIX}${deviceId}`

/** `${table}:${id}` → updatedAt of every record of the merged tables. */
export function recordVersions(tables: Pick<BackupTables, MergeTable>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of MERGE_TABLES) for (const r of tables[t] as Rec[]) out[syncKey(t, r.id)] = r.updatedAt
  return out
}

/** `${table}:${id}` → [rev, rev] of every record of the merged tables: a restore makes both sides hold the same versions. */
export function recordRevs(tables: Pick<BackupTables, MergeTable>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {}
  for (const t of MERGE_TABLES) for (const r of tables[t] as Rec[]) out[syncKey(t, r.id)] = [r.rev ?? 1, r.rev ?? 1]
  return out
}

export const REVISION_ENTITY: Record<MergeTable, Revision['entity']> = {
  persons: 'person',
  projects: 'project',
  // Revision has no 'progress' entity: a progress record's history belongs to its project.
  progress: 'project',
  sessions: 'session',
  followUps: 'followUp',
  frameworks: 'framework',
  assessments: 'assessment',
  agreements: 'agreement',
}

/** Fields a laptop keeps as its own when taking the other's version. */
export const LOCAL_FIELDS: Partial<Record<MergeTable, string[]>> = { sessions: ['code', 'year', 'seq'] }
/**
 * Fields every comparison and merge of two versions of a record leaves out — 合并导入 and the
 * studio sync alike (db/sync/pull.ts, resolve.ts): versions, what each laptop keeps as its own
 * (a session's 编号), and bookkeeping that differs between laptops for the same content.
 * createdAt: the 参考模板 has one fixed id but is created on each laptop at its first start.
 * frozen: set by a final assessment on one laptop (settled below: frozen if either froze it).
 * sensitiveText: where a 敏感 session's texts are (a laptop that may not read them marks them so).
 */
export const IGNORED_IN_COMPARE: ReadonlySet<string> = new Set(['createdAt', 'code', 'year', 'seq', 'frozen', 'sensitiveText', ...VERSION_FIELDS])

/**
 * The left-out fields that describe the record itself, settled alike whichever version a merge
 * keeps, so two laptops merging the same versions in either order write the same content: made
 * when it was first made, last touched at the later edit, frozen once either laptop froze it.
 */
export function settleBookkeeping<T extends Record<string, unknown>>(merged: T, versions: readonly Record<string, unknown>[]): T {
  const out: Record<string, unknown> = { ...merged }
  const times = (field: string) => versions.map((v) => v[field]).filter((t): t is string => typeof t === 'string').sort()
  const created = times('createdAt')
  const updated = times('updatedAt')
  if (created.length > 0) out.createdAt = created[0]
  if (updated.length > 0) out.updatedAt = updated.at(-1)
  if (versions.some((v) => v.frozen === 1)) out.frozen = 1
  return out as T
}

/**
 * Same content, leaving out the fields in `ignore` (bookkeeping and what each laptop keeps as its
 * own): the canonical texts of the two records without those fields are equal. Compared member by
 * member, stopping at the first difference (a merge compares thousands of records), which gives
 * the same answer: a member left out of one text (missing or undefined) must be left out of the
 * other, and every other member must have the same text (so null is not undefined here).
 */
export function sameContent(a: Rec, b: Rec, ignore: ReadonlySet<string> = IGNORED_IN_COMPARE): boolean {
  for (const k of Object.keys(a)) if (!ignore.has(k) && !sameMember(a[k], Object.hasOwn(b, k) ? b[k] : undefined)) return false
  for (const k of Object.keys(b)) if (!ignore.has(k) && !Object.hasOwn(a, k) && b[k] !== undefined) return false
  return true
}

const sameMember = (x: unknown, y: unknown) => x === y || (x !== undefined && y !== undefined && canonicalJson(x) === canonicalJson(y))

/** The fields in which the version kept differs from the one put aside, for the revision. */
export function diff(loser: Rec, winner: Rec): FieldChange[] {
  const keys = new Set([...Object.keys(loser), ...Object.keys(winner)])
  const out: FieldChange[] = []
  for (const k of keys) {
    if (VERSION_FIELDS.has(k)) continue
    if (canonicalJson(loser[k]) !== canonicalJson(winner[k]))
      out.push({ field: k, label: FIELD_LABELS[k] ?? k, before: loser[k] ?? null, after: winner[k] ?? null })
  }
  return out
}
