import type { FieldChange } from '../../model/revision'
import { AGREEMENT_FIELD_LABELS } from '../../model/agreement'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The changes of a save of a 督导协议, field by field in the form's order (kept as its revision). */
export function agreementChanges(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>
  const b = after as Record<string, unknown>
  return Object.entries(AGREEMENT_FIELD_LABELS)
    .filter(([field]) => !same(a[field], b[field]))
    .map(([field, label]) => ({ field, label, before: a[field] ?? null, after: b[field] ?? null }))
}
