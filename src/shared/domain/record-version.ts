/**
 * The version every stored record of the studio's tables carries: `rev` counts the writes of
 * the record on this laptop (1 when created, +1 on every write, never back), and `fieldRevs`
 * says at which `rev` each field last changed — only for fields changed after the record was
 * created, so a record never edited carries an empty map.
 *
 * `rev` is what a form remembers when it loads a record: saving checks it, and a record that
 * moved on meanwhile (another window, a merge, the studio server) is a conflict to show, never a
 * silent overwrite. `fieldRevs` is what lets two laptops merge a record field by field: with the
 * revs both had at their last exchange, each side knows which fields it changed since
 * (three-way-merge.ts), without keeping a copy of the ancestor.
 */
import { sameValue } from './canonical-json'

export interface Versioned {
  rev: number
  fieldRevs?: Record<string, number>
}

/** Fields that describe a version rather than hold content: never compared, never merged. */
export const VERSION_FIELDS: ReadonlySet<string> = new Set(['rev', 'fieldRevs', 'updatedAt'])

/**
 * `next` as the write after `prev` stores it: `rev` one more, and the fields that differ from
 * `prev` stamped with the new `rev`. A new record (no `prev`) is rev 1 with no field stamps.
 */
export function nextVersion<T extends object>(prev: (object & Partial<Versioned>) | undefined, next: T): T & Versioned {
  const { rev: _r, fieldRevs: _f, ...content } = next as T & Partial<Versioned>
  if (!prev) return { ...(content as T), rev: 1 }
  const rev = (prev.rev ?? 1) + 1
  const fieldRevs: Record<string, number> = { ...(prev.fieldRevs ?? {}) }
  const before = prev as Record<string, unknown>
  const after = content as Record<string, unknown>
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (VERSION_FIELDS.has(field)) continue
    if (!sameValue(before[field], after[field])) fieldRevs[field] = rev
  }
  return { ...(content as T), rev, fieldRevs }
}

/** Whether `field` of `record` changed after its version `rev` (a field never stamped changed at creation). */
export function changedAfter(record: Partial<Versioned>, rev: number): (field: string) => boolean {
  return (field) => (record.fieldRevs?.[field] ?? 0) > rev
}

/** The record's content without its version: what two copies compare and what sync documents hold. */
export function withoutVersion<T extends object>(record: T): Omit<T, 'rev' | 'fieldRevs'> {
  const { rev: _r, fieldRevs: _f, ...content } = record as T & Partial<Versioned>
  return content
}

/** A record written before records had versions, as version 1 (schema v4's upgrade, old backups). */
export function upgradeRecordVersion(record: { rev?: unknown }): void {
  if (typeof record.rev !== 'number') record.rev = 1
}
