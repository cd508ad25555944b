import type { FieldChange } from '../../model/revision'
import { AGREEMENT_FIELD_LABELS } from '../../model/agreement'

/** An absent list and an empty one say the same (agreements saved before 督导评估 existed have none). */
const norm = (v: unknown) => (v === undefined || (Array.isArray(v) && v.length === 0) ? null : v)
const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b))

/** The changes of a save of a 督导协议, field by field in the form's order (kept as its revision). */
export function agreementChanges(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>
  const b = after as Record<string, unknown>
  return Object.entries(AGREEMENT_FIELD_LABELS)
    .filter(([field]) => !same(a[field], b[field]))
    .map(([field, label]) => ({ field, label, before: a[field] ?? null, after: b[field] ?? null }))
}
