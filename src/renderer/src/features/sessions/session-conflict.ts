import type { FollowUpInput, SessionInput, SupervisionSession } from '@shared/model'
import { REVISION_FIELD_LABELS } from '@shared/domain/session-revisions'
import { db } from '../../db/connection'
import { restore, storedVersion } from '../../db/records'
import { loadSession, toSessionInput } from '../../db/sessions'
import { fieldText, type NameMaps } from '../../components/field-format'
import type { RecordConflict } from '../../components/use-record-page'
import { inputToValues, valuesToInput, type SessionFormValues } from './session-form-values'

/** The form's content as compared in a conflict: the input, with the confirmation as typed (no new time stamped). */
function fieldsOf(values: SessionFormValues): Record<string, unknown> {
  const input = valuesToInput(values)
  const name = (values.confirmName ?? '').trim()
  return { ...input, confirmation: name ? { name, at: values.confirmAt ?? null } : null }
}

function valuesOf(fields: Record<string, unknown>): SessionFormValues {
  return inputToValues(fields as unknown as SessionInput)
}

/** How the 督导记录 form settles a save that met a newer stored version (see useRecordPage). */
export function sessionConflict(names: NameMaps, keepBase: (followUps: FollowUpInput[]) => void): RecordConflict<SupervisionSession, SessionFormValues> {
  return {
    fieldsOf,
    valuesOf,
    reload: async (id) => {
      const found = await loadSession(db, id)
      if (!found) return null
      const input = toSessionInput(found.session, found.followUps)
      return { record: found.session, values: inputToValues(input), apply: () => keepBase(input.followUps ?? []) }
    },
    stored: (id) => storedVersion(db, 'sessions', id),
    restore: (id) => restore(db, 'sessions', id),
    labels: REVISION_FIELD_LABELS,
    format: fieldText(names),
  }
}
