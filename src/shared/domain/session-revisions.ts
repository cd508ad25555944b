/**
 * What a save of a 督导记录 changes: the follow-ups merged over what the database holds now,
 * and — for a record finalised before — the field-by-field changes kept as its revision, so
 * the history of a record is never lost (docs/domain.md, "Entities", 督导记录).
 */
import type { FieldChange } from '../model/revision'
import { SESSION_FIELD_LABELS, type FollowUp, type FollowUpData, type FollowUpInput } from '../model/session'

/** Fields a revision can name: the form's fields, then the follow-up rows as one. */
export const REVISION_FIELD_LABELS: Record<string, string> = { ...SESSION_FIELD_LABELS, followUps: '跟进事项' }

/** Equal as stored: undefined and null alike, arrays and objects by content. */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Fields of a 跟进事项 that change together: a status comes with its completion date and note. */
export const FOLLOW_UP_GROUPS = [['content'], ['ownerId'], ['dueDate'], ['status', 'completedDate', 'completionNote']] as const

export type FollowUpFields = Omit<FollowUpData, 'id'>

/**
 * A follow-up as the form saves it, over what the database holds now. The form may have been
 * open while someone changed the same 跟进事项 elsewhere (its status on 跟进事项): a group of
 * fields the user left as loaded (`base`) keeps the database's value instead of writing the
 * old one back. Without `base` the form's fields win.
 */
export function mergeFollowUp(stored: FollowUp, typed: FollowUpFields, base: FollowUpInput | undefined): FollowUpFields {
  if (!base) return typed
  const out: Record<string, unknown> = { ...typed }
  const fromForm = typed as Record<string, unknown>
  const fromStore = stored as unknown as Record<string, unknown>
  const loaded = base as Record<string, unknown>
  for (const group of FOLLOW_UP_GROUPS) {
    const touched = group.some((k) => !same(fromForm[k], loaded[k]))
    if (!touched) for (const k of group) out[k] = fromStore[k]
  }
  return out as FollowUpFields
}

/** The stored follow-up after a save (mergeFollowUp); its updatedAt moves to `at` only when a field changed. */
export function savedFollowUp<F extends FollowUp>(stored: F, typed: FollowUpFields, base: FollowUpInput | undefined, at: string): F {
  const next: F = { ...stored, ...mergeFollowUp(stored, typed, base) }
  return { ...next, updatedAt: same(next, stored) ? stored.updatedAt : at }
}

/** The follow-up rows as a revision shows them. */
export function followUpSummary(rows: readonly Pick<FollowUpData, 'content' | 'ownerId' | 'dueDate' | 'status'>[]) {
  return rows.map((r) => ({ content: r.content, ownerId: r.ownerId, dueDate: r.dueDate, status: r.status }))
}

/**
 * The changes of a save of a record, field by field in the form's order, then the live
 * follow-up rows as one change (content, owner, due date, status) when any of those differ.
 */
export function sessionRevisionChanges(
  before: { session: object; followUps: readonly Pick<FollowUpData, 'content' | 'ownerId' | 'dueDate' | 'status'>[] },
  after: { session: object; followUps: readonly Pick<FollowUpData, 'content' | 'ownerId' | 'dueDate' | 'status'>[] },
): FieldChange[] {
  const changes: FieldChange[] = []
  const a = before.session as Record<string, unknown>
  const b = after.session as Record<string, unknown>
  for (const [field, label] of Object.entries(REVISION_FIELD_LABELS)) {
    if (field === 'followUps') continue
    if (!same(a[field], b[field])) changes.push({ field, label, before: a[field] ?? null, after: b[field] ?? null })
  }
  const rowsBefore = followUpSummary(before.followUps)
  const rowsAfter = followUpSummary(after.followUps)
  if (!same(rowsBefore, rowsAfter)) changes.push({ field: 'followUps', label: REVISION_FIELD_LABELS.followUps!, before: rowsBefore, after: rowsAfter })
  return changes
}
