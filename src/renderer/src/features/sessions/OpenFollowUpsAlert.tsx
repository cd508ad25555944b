import { useMemo } from 'react'
import { Alert, Form, type FormInstance } from 'antd'
import { Link } from 'react-router-dom'
import { db } from '../../db/connection'
import { allPersons } from '../../db/persons'
import { openFollowUpsFor } from '../../db/sessions'
import type { SessionFormValues } from './session-form-values'
import { useLive } from '../../db/use-live'
import { formatDate } from '@shared/text/format'

/**
 * While a record is written, the 被督导者's follow-ups still open from other records (the first
 * eight), so the meeting can take them up. Hidden once the record is 已定稿.
 */
export function OpenFollowUpsAlert({ form, sessionId, hidden }: { form: FormInstance<SessionFormValues>; sessionId: string | null; hidden: boolean }) {
  const superviseeIds = Form.useWatch('superviseeIds', form) as string[] | undefined
  const openItems = useLive(() => openFollowUpsFor(db, superviseeIds ?? [], sessionId), [JSON.stringify(superviseeIds ?? []), sessionId])
  const persons = useLive(() => allPersons(db), [])
  const names = useMemo(() => new Map((persons ?? []).map((p) => [p.id, p.name])), [persons])
  if (!openItems || openItems.length === 0 || hidden) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={`被督导者尚有 ${openItems.length} 项未完成的跟进事项`}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {openItems.slice(0, 8).map(({ followUp, session: s }) => (
            <li key={followUp.id}>
              {followUp.content}（负责人：{names.get(followUp.ownerId) ?? '—'}，期限 {formatDate(followUp.dueDate)}，{followUp.status}）——来自{' '}
              <Link to={`/sessions/${s.id}`}>{s.code}</Link>
            </li>
          ))}
        </ul>
      }
    />
  )
}
