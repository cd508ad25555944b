import { useMemo, useState } from 'react'
import { Button, Card, Descriptions, Empty, Space } from 'antd'
import { useParams, useNavigate } from 'react-router-dom'
import type { SupervisionSession } from '@shared/model'
import { hoursText, sessionStatistics, superviseeHours } from '@shared/domain/statistics'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { getPerson, sessionsOfPerson } from '../../db/persons'
import { screen } from '../../app/screen-data'
import { newestFirst, QuarterHoursCard, quartersToShow, RelatedSessionsCard, type QuarterRow } from '../sessions/RelatedSessions'
import { PersonFormModal } from './PersonFormModal'
import { ExportReportButton } from '../reports/ExportReportButton'
import { personPlans } from '../../db/plan-figures'
import { PersonPlanCard } from '../plans/PersonPlanCard'

/** A person's page: the person and the live sessions they took part in, newest first. */
export const personDetailScreen = screen(['persons', 'sessions', 'agreements'], async ({ params }) => {
  const id = params.id ?? ''
  const [person, sessions, plans] = await Promise.all([getPerson(db, id), sessionsOfPerson(db, id), personPlans(db, id, todayString())])
  return { person, sessions: newestFirst(sessions), plans }
})

/** Per quarter: hours received as 被督导者, and hours given as 督导者 (statistics module). */
function quarterRows(sessions: readonly SupervisionSession[], personId: string, today: string): QuarterRow[] {
  if (sessions.length === 0) return []
  return quartersToShow(sessions, null, today).map((period) => {
    const received = superviseeHours(sessions, period, [personId])[0]!
    const given = sessionStatistics(sessions, period).bySupervisor.find((b) => b.key === personId)
    return { period, receivedCount: received.count, receivedHours: received.hours, givenCount: given?.count ?? 0, givenHours: given?.hours ?? '0.0' }
  })
}

export function PersonDetailPage() {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const { person, sessions, plans } = personDetailScreen.useData()
  const [editing, setEditing] = useState(false)
  const today = todayString()
  const quarters = useMemo(() => quarterRows(sessions, id, today), [sessions, id, today])
  const totals = useMemo(() => {
    const received = sessions.filter((s) => s.superviseeIds.includes(id))
    const given = sessions.filter((s) => s.supervisorIds.includes(id))
    const sum = (l: SupervisionSession[]) => hoursText(l.reduce((m, s) => m + s.durationMinutes, 0))
    return { received: received.length, receivedHours: sum(received), given: given.length, givenHours: sum(given) }
  }, [sessions, id])

  if (!person || person.deletedAt) return <Empty description="该人员不存在或已移入回收站" />

  return (
    <section aria-labelledby="person-title">
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate('/persons')}>返回人员列表</Button>
        <Button type="primary" onClick={() => setEditing(true)}>编辑</Button>
        <ExportReportButton kind="archive" id={person.id} />
      </Space>
      <h1 className="page-title" id="person-title">{person.name}</h1>
      <Card title="基本信息" style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small">
          <Descriptions.Item label="角色">{person.role}</Descriptions.Item>
          <Descriptions.Item label="职业资格">{person.qualification}</Descriptions.Item>
          <Descriptions.Item label="所在机构或社区">{person.org || '—'}</Descriptions.Item>
          <Descriptions.Item label="服务领域">{person.field ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="电话">{person.phone || '—'}</Descriptions.Item>
          <Descriptions.Item label="备注">{person.note || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <PersonPlanCard personId={person.id} plans={plans} today={today} />
      <QuarterHoursCard
        title="各季度督导时数"
        summary={<span className="muted">共接受督导 {totals.received} 次 · {totals.receivedHours} 小时{totals.given > 0 ? `；提供督导 ${totals.given} 次 · ${totals.givenHours} 小时` : ''}</span>}
        rows={quarters}
        columns={[
          { key: 'receivedCount', title: '接受督导（次）' },
          { key: 'receivedHours', title: '接受督导（小时）' },
          ...(totals.given > 0
            ? [
                { key: 'givenCount', title: '提供督导（次）' },
                { key: 'givenHours', title: '提供督导（小时）' },
              ]
            : []),
        ]}
      />
      <RelatedSessionsCard
        title="督导记录"
        sessions={sessions}
        extra={{ title: '身份', render: (s) => (s.supervisorIds.includes(id) ? '督导者' : '被督导者') }}
      />
      <PersonFormModal open={editing} person={person} onClose={() => setEditing(false)} />
    </section>
  )
}
