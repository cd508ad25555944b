import type { FollowUpInput, SupervisionSession } from '@shared/model'
import { db } from '../../db/connection'
import { loadSession, toSessionInput } from '../../db/sessions'
import type { RecordLoad } from '../../components/use-record-page'
import { emptySessionValues, inputToValues, templateValues, type SessionFormValues } from './session-form-values'

/**
 * What the 督导记录 form opens on: the stored record, or a new one (from `?from=` a template);
 * `keepBase` receives the follow-ups as stored, when the form shows them.
 */
export async function loadSessionForm(
  recordId: string | null,
  templateId: string | null,
  today: string,
  keepBase: (followUps: FollowUpInput[]) => void,
): Promise<RecordLoad<SupervisionSession, SessionFormValues>> {
  if (recordId) {
    const found = await loadSession(db, recordId)
    if (!found || found.session.deletedAt) return { missing: true }
    const input = toSessionInput(found.session, found.followUps)
    return { record: found.session, values: inputToValues(input), apply: () => keepBase(input.followUps ?? []) }
  }
  const template = templateId ? await loadSession(db, templateId) : null
  return {
    record: null,
    values: template ? templateValues(toSessionInput(template.session, []), today) : emptySessionValues(today),
    apply: () => keepBase([]),
  }
}
