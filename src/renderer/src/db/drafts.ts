import type { Draft } from '@shared/model'
import { nowIso } from './clock'
import type { StudioDatabase } from './schema'
import { write } from './write'

/** One draft per record being edited, and one for a new record. */
export const sessionDraftKey = (id: string | null) => `session:${id ?? 'new'}`
export const assessmentDraftKey = (id: string | null) => `assessment:${id ?? 'new'}`
export const agreementDraftKey = (id: string | null) => `agreement:${id ?? 'new'}`

export async function saveDraft(db: StudioDatabase, key: string, kind: Draft['kind'], recordId: string | null, data: unknown) {
  await write(db, ['drafts'], () => db.drafts.put({ id: key, kind, recordId, data, updatedAt: nowIso() }))
}

export async function getDraft(db: StudioDatabase, key: string): Promise<Draft | undefined> {
  return db.drafts.get(key)
}

export async function deleteDraft(db: StudioDatabase, key: string) {
  await write(db, ['drafts'], () => db.drafts.delete(key))
}
