import {
  agreementInputSchema,
  agreementTemplateSchema,
  DEFAULT_AGREEMENT_TEMPLATE,
  parseOrThrow,
  type AgreementInput,
  type AgreementTemplate,
  type Revision,
  type SettingRow,
  type SupervisionAgreement,
} from '@shared/model'
import { agreementChanges } from '@shared/domain/plans/agreement-changes'
import { nowIso } from './clock'
import { isLive, newId, newMeta } from './records'
import type { StudioDatabase } from './schema'
import { expectVersion, versioned, write } from './write'
import { agreementDraftKey } from './drafts'

/**
 * Saves a 督导协议 (new when `id` is absent). A change of an agreement that is no longer a 草稿 is
 * kept as a revision (who, when, field, before, after), as a 督导记录's after 撤销定稿: what was
 * agreed and signed must stay traceable.
 */
export async function saveAgreement(
  db: StudioDatabase,
  input: AgreementInput,
  options: { id?: string | null; by?: string; expectedRev?: number } = {},
): Promise<SupervisionAgreement> {
  const data = parseOrThrow(agreementInputSchema, input)
  const at = nowIso()
  return write(db, ['agreements', 'revisions', 'drafts'], async () => {
    const existing = options.id ? await db.agreements.get(options.id) : undefined
    if (options.id && !existing) throw new Error('协议不存在')
    if (!existing) {
      const created: SupervisionAgreement = { ...newMeta(at), ...data }
      await db.agreements.add(created)
      await db.drafts.delete(agreementDraftKey(null))
      return created
    }
    expectVersion('agreements', existing, options.expectedRev)
    const next = versioned(existing, { ...existing, ...data, updatedAt: at })
    const changes = agreementChanges(existing, next)
    await db.drafts.delete(agreementDraftKey(existing.id))
    if (changes.length === 0) return existing
    if (existing.status !== '草稿') {
      const rev: Revision = { id: newId(), entity: 'agreement', recordId: existing.id, at, by: options.by ?? '', action: '修改', reason: '', changes }
      await db.revisions.add(rev)
    }
    await db.agreements.put(next)
    return next
  })
}

/** Every agreement, those in the 回收站 too. */
export function allAgreements(db: StudioDatabase): Promise<SupervisionAgreement[]> {
  return db.agreements.toArray()
}

/** Live agreements, latest start first. */
export async function listAgreements(db: StudioDatabase): Promise<SupervisionAgreement[]> {
  return (await db.agreements.toArray()).filter(isLive).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id))
}

export function getAgreement(db: StudioDatabase, id: string): Promise<SupervisionAgreement | undefined> {
  return db.agreements.get(id)
}

/** Live agreements that name the person, as 督导者 or 被督导者. */
export async function agreementsOfPerson(db: StudioDatabase, personId: string): Promise<SupervisionAgreement[]> {
  const [a, b] = await Promise.all([
    db.agreements.where('superviseeIds').equals(personId).toArray(),
    db.agreements.where('supervisorIds').equals(personId).toArray(),
  ])
  const byId = new Map([...a, ...b].map((r) => [r.id, r]))
  return [...byId.values()].filter(isLive).sort((x, y) => y.startDate.localeCompare(x.startDate))
}

export async function agreementHistory(db: StudioDatabase, id: string): Promise<Revision[]> {
  const rows = await db.revisions.where('[entity+recordId]').equals(['agreement', id]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}

const TEMPLATE_KEY = 'agreementTemplate'

/** The studio's template of 双方职责 and 保密约定 (the built-in one until the studio saves its own). */
export async function getAgreementTemplate(db: StudioDatabase): Promise<AgreementTemplate> {
  const row = await db.settings.get(TEMPLATE_KEY)
  const parsed = agreementTemplateSchema.safeParse(row?.value)
  return parsed.success ? parsed.data : DEFAULT_AGREEMENT_TEMPLATE
}

export async function saveAgreementTemplate(db: StudioDatabase, template: AgreementTemplate): Promise<void> {
  const value = parseOrThrow(agreementTemplateSchema, template)
  const row: SettingRow = { key: TEMPLATE_KEY, value, updatedAt: nowIso() }
  await write(db, ['settings'], () => db.settings.put(row))
}
