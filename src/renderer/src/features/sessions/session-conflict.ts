import type { FollowUpInput, SessionInput, SupervisionSession } from '@shared/model'
import { REVISION_FIELD_LABELS } from '@shared/domain/session-revisions'
import { formatDate } from '@shared/text/format'
import { db } from '../../db/connection'
import { storedRev } from '../../db/records'
import { loadSession, toSessionInput } from '../../db/sessions'
import { plainValue } from '../../components/ConflictDialog'
import type { RecordConflict } from '../../components/use-record-page'
import { inputToValues, valuesToInput, type SessionFormValues } from './session-form-values'

type Names = { persons: ReadonlyMap<string, string>; projects: ReadonlyMap<string, string> }

/** The form's content as compared in a conflict: the input, with the confirmation as typed (no new time stamped). */
function fieldsOf(values: SessionFormValues): Record<string, unknown> {
  const input = valuesToInput(values)
  const name = (values.confirmName ?? '').trim()
  return { ...input, confirmation: name ? { name, at: values.confirmAt ?? null } : null }
}

function valuesOf(fields: Record<string, unknown>): SessionFormValues {
  return inputToValues(fields as unknown as SessionInput)
}

function followUpText(f: FollowUpInput, names: Names): string {
  const owner = f.ownerId ? (names.persons.get(f.ownerId) ?? '—') : '—'
  return `${f.content || '（未填内容）'}（负责人：${owner}，期限 ${f.dueDate ? formatDate(f.dueDate) : '—'}，${f.status ?? '待办'}）`
}

/** A 督导记录's fields as people read them: names for ids, the 跟进事项 one per line. */
function format(names: Names) {
  return (field: string, value: unknown): string => {
    if (field === 'supervisorIds' || field === 'superviseeIds') return plainValue((value as string[] | null)?.map((id) => names.persons.get(id) ?? id))
    if (field === 'projectIds') return plainValue((value as string[] | null)?.map((id) => names.projects.get(id) ?? id))
    if (field === 'followUps') return ((value as FollowUpInput[] | null) ?? []).map((f) => followUpText(f, names)).join('\n') || '—'
    if (field === 'date' || field === 'nextDate') return value ? formatDate(String(value)) : '—'
    if (field === 'sensitive') return value ? '是' : '否'
    return plainValue(value)
  }
}

/** How the 督导记录 form settles a save that met a newer stored version (see useRecordPage). */
export function sessionConflict(names: Names, keepBase: (followUps: FollowUpInput[]) => void): RecordConflict<SupervisionSession, SessionFormValues> {
  return {
    fieldsOf,
    valuesOf,
    reload: async (id) => {
      const found = await loadSession(db, id)
      if (!found) return null
      const input = toSessionInput(found.session, found.followUps)
      return { record: found.session, values: inputToValues(input), apply: () => keepBase(input.followUps ?? []) }
    },
    storedRev: (id) => storedRev(db, 'sessions', id),
    labels: REVISION_FIELD_LABELS,
    format: format(names),
  }
}
