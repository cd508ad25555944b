/**
 * Field-by-field three-way merge of two versions of one record: the rule every path that meets
 * two writers uses — a form saving over a record that moved on in another window, 合并导入 of
 * another laptop's backup, and a replicated conflict from the studio server.
 *
 * For each field, given whether each side changed it since their common ancestor:
 * - neither changed, or both changed it to the same value → that value;
 * - only one side changed it → that side's value, without asking anyone;
 * - both changed it to different values → a conflict: a person picks a side. Until then the
 *   merged record holds the `provisional` side's value, so nothing waits for the decision and
 *   both values stay known (the caller keeps the other one in the record's history).
 *
 * Deleting is a change too (`deletedAt` set): a record deleted on one side and edited on the
 * other is a conflict on `deletedAt`, never silently brought back nor silently lost; the
 * provisional result is the deletion with the other side's edits merged in, so the record waits
 * in the 回收站 with every edit until someone decides.
 *
 * Where the ancestor is unknown (two copies never exchanged before), every field that differs
 * counts as changed on both sides: every difference is a conflict.
 */
import { sameValue } from './canonical-json'

export type MergeSide = 'local' | 'remote'

export interface FieldConflict {
  field: string
  local: unknown
  remote: unknown
  /** The ancestor's value where it is known. */
  base?: unknown
}

export interface RecordMerge<T> {
  /** The merged record: the agreed fields, each conflict at its provisional side. */
  merged: T
  /** Fields only the remote side changed (taken from it). */
  fromRemote: string[]
  /** Fields only the local side changed (kept). */
  fromLocal: string[]
  conflicts: FieldConflict[]
  /** Which side's value the merged record holds for each conflict until it is decided. */
  provisional: MergeSide
}

/** Whether a side changed a field since the common ancestor. */
export type ChangedTest = (field: string) => boolean

export interface MergeInput<T> {
  local: T
  remote: T
  /**
   * The common ancestor's content, or functions telling which fields each side changed (when
   * only version stamps of the ancestor are known), or null when nothing is known of it.
   */
  base: T | { local: ChangedTest; remote: ChangedTest } | null
  /** Fields not merged here (metadata such as updatedAt, rev): the merged record takes them from `provisional`. */
  ignore?: ReadonlySet<string>
  /** The side a conflict provisionally keeps (e.g. the newer one). */
  provisional: MergeSide
  /** The field marking a deleted record. */
  deletedField?: string
}

const isTests = (b: unknown): b is { local: ChangedTest; remote: ChangedTest } =>
  typeof b === 'object' && b !== null && typeof (b as { local?: unknown }).local === 'function'

export function mergeRecord<T extends object>(input: MergeInput<T>): RecordMerge<T> {
  const local = input.local as Record<string, unknown>
  const remote = input.remote as Record<string, unknown>
  const ignore = input.ignore ?? new Set<string>()
  const deletedField = input.deletedField ?? 'deletedAt'
  const base = input.base
  const baseRecord = base && !isTests(base) ? (base as Record<string, unknown>) : null
  const changed = (side: MergeSide, field: string): boolean => {
    if (base === null) return true
    if (isTests(base)) return base[side](field)
    return !sameValue((side === 'local' ? local : remote)[field], baseRecord?.[field])
  }

  const provisionalRecord = input.provisional === 'local' ? local : remote
  const merged: Record<string, unknown> = { ...provisionalRecord }
  const fromRemote: string[] = []
  const fromLocal: string[] = []
  const conflicts: FieldConflict[] = []
  const fields = [...new Set([...Object.keys(local), ...Object.keys(remote)])].filter((f) => !ignore.has(f) && f !== deletedField)

  for (const field of fields) {
    const l = local[field]
    const r = remote[field]
    if (sameValue(l, r)) {
      merged[field] = l
      continue
    }
    const lc = changed('local', field)
    const rc = changed('remote', field)
    if (lc && !rc) {
      merged[field] = l
      fromLocal.push(field)
    } else if (rc && !lc) {
      merged[field] = r
      fromRemote.push(field)
    } else {
      // Both changed (or neither, by the stamps, yet different: the stamps cannot be trusted then).
      conflicts.push({ field, local: l, remote: r, ...(baseRecord ? { base: baseRecord[field] ?? null } : {}) })
      merged[field] = input.provisional === 'local' ? l : r
    }
  }

  // Deletion against edits: see the module comment.
  const del = { local: local[deletedField] ?? null, remote: remote[deletedField] ?? null }
  const conflictOnDeletion = () =>
    conflicts.push({ field: deletedField, local: del.local, remote: del.remote, ...(baseRecord ? { base: baseRecord[deletedField] ?? null } : {}) })
  if (sameValue(del.local, del.remote)) merged[deletedField] = del.local
  else {
    const lc = changed('local', deletedField)
    const rc = changed('remote', deletedField)
    const only: MergeSide | null = lc && !rc ? 'local' : rc && !lc ? 'remote' : null
    if (only === null) {
      conflictOnDeletion()
      merged[deletedField] = del[input.provisional]
    } else {
      merged[deletedField] = del[only]
      const otherEdited = (only === 'local' ? fromRemote : fromLocal).length > 0 || conflicts.length > 0
      if (del[only] !== null && otherEdited) conflictOnDeletion()
      else (only === 'local' ? fromLocal : fromRemote).push(deletedField)
    }
  }

  return { merged: merged as T, fromRemote, fromLocal, conflicts, provisional: input.provisional }
}

/** The record after a person decided each conflict (undecided ones keep the provisional value). */
export function resolveMerge<T extends object>(
  merge: RecordMerge<T>,
  choices: Readonly<Record<string, MergeSide>>,
): T {
  const out: Record<string, unknown> = { ...(merge.merged as Record<string, unknown>) }
  for (const c of merge.conflicts) {
    const side = choices[c.field]
    if (side) out[c.field] = side === 'local' ? c.local : c.remote
  }
  return out as T
}
