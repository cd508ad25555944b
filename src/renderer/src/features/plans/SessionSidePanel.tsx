import { useMemo } from 'react'
import { App, Card, Checkbox, Empty, Form, Typography, type FormInstance } from 'antd'
import { Link } from 'react-router-dom'
import { formatDate } from '@shared/text/format'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { updateFollowUpStatus } from '../../db/follow-ups'
import { allPersons } from '../../db/persons'
import { sessionContext } from '../../db/plan-figures'
import { openFollowUpsFor } from '../../db/sessions'
import { useLive } from '../../db/use-live'
import { describeError } from '../../app/errors'
import type { SessionFormValues } from '../sessions/session-form-values'

/**
 * Beside a 督导记录 (each meeting starts from the last): the supervisees' open 跟进事项, tickable
 * as 已完成; the last session's 督导意见与建议; and their 学习目标, which the record marks as
 * addressed (its `goalIds`).
 */
export function SessionSidePanel({ form, sessionId, locked, by }: { form: FormInstance<SessionFormValues>; sessionId: string | null; locked: boolean; by: string }) {
  const { message } = App.useApp()
  const superviseeIds = (Form.useWatch('superviseeIds', form) as string[] | undefined) ?? []
  const watched = Form.useWatch('date', form) as unknown
  // The form keeps the date as typed text ('YYYY-MM-DD' once valid).
  const date = typeof watched === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(watched) ? watched : todayString()
  const key = JSON.stringify(superviseeIds)
  const open = useLive(() => openFollowUpsFor(db, superviseeIds, sessionId), [key, sessionId])
  const context = useLive(() => sessionContext(db, superviseeIds, date, sessionId), [key, date, sessionId])
  const persons = useLive(() => allPersons(db), [])
  const names = useMemo(() => new Map((persons ?? []).map((p) => [p.id, p.name])), [persons])
  if (superviseeIds.length === 0) return null

  const complete = async (id: string) => {
    try {
      await updateFollowUpStatus(db, id, { status: '已完成', completedDate: todayString(), completionNote: '' }, { by })
      message.success('已标记为已完成')
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }
  const last = context?.last
  return (
    <aside aria-label="本次督导参考" className="session-side">
      <Card size="small" title={`未完成的跟进事项（${open?.length ?? 0}）`} style={{ marginBottom: 12 }}>
        {!open || open.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未完成的跟进事项" />
        ) : (
          open.slice(0, 12).map(({ followUp: f, session: s }) => (
            <div key={f.id} style={{ marginBottom: 6 }}>
              <Checkbox checked={false} disabled={locked} onChange={() => void complete(f.id)} aria-label={`完成：${f.content}`}>
                {f.content}
              </Checkbox>
              <div className="muted" style={{ fontSize: 12, marginLeft: 24 }}>
                {names.get(f.ownerId) ?? '—'} · 期限 {formatDate(f.dueDate)} · <Link to={`/sessions/${s.id}`}>{s.code}</Link>
              </div>
            </div>
          ))
        )}
      </Card>
      <Card size="small" title="上次督导意见与建议" style={{ marginBottom: 12 }}>
        {!last ? (
          <span className="muted">此前没有督导记录</span>
        ) : (
          <>
            <div className="muted" style={{ fontSize: 12, marginBottom: 4 }}>
              <Link to={`/sessions/${last.id}`}>{last.code}</Link> · {formatDate(last.date)} · {last.mode}
            </div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 8, expandable: true, symbol: '展开' }}>
              {last.sensitive === 1 ? '（敏感记录，内容不在此显示）' : last.advice || '（未填写）'}
            </Typography.Paragraph>
          </>
        )}
      </Card>
      <Card size="small" title="学习目标（勾选本次涉及的目标）">
        {!context || context.goals.length === 0 ? (
          <span className="muted">
            没有生效的督导协议或未设学习目标。
            {superviseeIds.length === 1 ? <Link to={`/plans/agreements/new?supervisees=${superviseeIds[0]}`}>新建督导协议</Link> : null}
          </span>
        ) : (
          <Form.Item name="goalIds" style={{ marginBottom: 0 }}>
            <Checkbox.Group disabled={locked} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              {context.goals.map((a) => (
                <div key={a.agreementId}>
                  <div className="muted" style={{ fontSize: 12 }}>
                    {a.title || `${a.superviseeIds.map((id) => names.get(id) ?? '—').join('、')}的协议`}
                  </div>
                  {a.goals.map((g) => (
                    <div key={g.id}>
                      <Checkbox value={`${a.agreementId}:${g.id}`}>{g.text}</Checkbox>
                    </div>
                  ))}
                </div>
              ))}
            </Checkbox.Group>
          </Form.Item>
        )}
      </Card>
    </aside>
  )
}
