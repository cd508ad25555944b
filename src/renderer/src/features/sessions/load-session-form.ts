import { SESSION_MODES, type FollowUpInput, type SupervisionSession } from '@shared/model'
import { db } from '../../db/connection'
import { loadSession, toSessionInput } from '../../db/sessions'
import type { RecordLoad } from '../../components/use-record-page'
import { emptySessionValues, inputToValues, templateValues, type SessionFormValues } from './session-form-values'

/** `?supervisees=a,b&supervisors=c&mode=个别督导` as the new record's people and 方式 (unknown 方式 ignored). */
export function sessionPrefill(search: URLSearchParams): Partial<Pick<SessionFormValues, 'superviseeIds' | 'supervisorIds' | 'mode'>> {
  const ids = (k: string) => (search.get(k) ?? '').split(',').filter(Boolean)
  const mode = search.get('mode')
  return {
    ...(ids('supervisees').length ? { superviseeIds: ids('supervisees') } : {}),
    ...(ids('supervisors').length ? { supervisorIds: ids('supervisors') } : {}),
    ...(mode && (SESSION_MODES as readonly string[]).includes(mode) ? { mode: mode as SessionFormValues['mode'] } : {}),
  }
}

/**
 * What the 督导记录 form opens on: the stored record, or a new one (from `?from=` a template);
 * `keepBase` receives the follow-ups as stored, when the form shows them.
 */
export async function loadSessionForm(
  recordId: string | null,
  templateId: string | null,
  today: string,
  keepBase: (followUps: FollowUpInput[]) => void,
  /** A new record for these people and 方式 (工作台's 待督导 links). */
  prefill: Partial<Pick<SessionFormValues, 'superviseeIds' | 'supervisorIds' | 'mode'>> = {},
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
    values: template ? templateValues(toSessionInput(template.session, []), today) : { ...emptySessionValues(today), ...prefill },
    apply: () => keepBase([]),
  }
}
