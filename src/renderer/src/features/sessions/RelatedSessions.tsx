import { Card, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import type { ReactNode } from 'react'
import type { SupervisionSession } from '@shared/model'
import { compareByDate } from '@shared/domain/session-filter'
import { listPeriods, periodLabel } from '@shared/domain/period'
import { formatDate, formatDuration, formatWeekday } from '@shared/text/format'
import { namesOf } from './session-format'
import { useNameMaps } from './use-session-index'

/** Live sessions, newest first. */
export function newestFirst(sessions: readonly SupervisionSession[]): SupervisionSession[] {
  return sessions.filter((s) => s.deletedAt === null).sort((a, b) => compareByDate(b, a))
}

/**
 * Quarters to show, newest first: every quarter from the earliest of `from` and the first session
 * to the latest of `to` and the last session (so an empty quarter in between shows as 0).
 */
export function quartersToShow(sessions: readonly SupervisionSession[], from?: string | null, to?: string | null): string[] {
  const dates = sessions.map((s) => s.date)
  if (from) dates.push(from)
  if (to) dates.push(to)
  if (dates.length === 0) return []
  dates.sort()
  return listPeriods(dates[0]!, dates[dates.length - 1]!, 'Q').reverse()
}

interface Props {
  title: string
  sessions: readonly SupervisionSession[] | undefined
  /** Extra column, e.g. the person's role in each session. */
  extra?: { title: string; render: (s: SupervisionSession) => ReactNode }
  summary?: ReactNode
}

/** A record's sessions on a person or project page, each linking to the record. */
export function RelatedSessionsCard({ title, sessions, extra, summary }: Props) {
  const names = useNameMaps()
  return (
    <Card title={title} extra={summary} style={{ marginBottom: 16 }}>
      <Table<SupervisionSession>
        rowKey="id"
        size="small"
        loading={sessions === undefined}
        dataSource={sessions ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无督导记录' }}
        columns={[
          { title: '编号', key: 'code', width: 136, render: (_, s) => <Link to={`/sessions/${s.id}`}>{s.code}</Link> },
          { title: '日期', key: 'date', width: 130, render: (_, s) => <span>{formatDate(s.date)} <span className="muted" style={{ fontSize: 12 }}>{formatWeekday(s.date)}</span></span> },
          { title: '时长', key: 'duration', width: 124, render: (_, s) => formatDuration(s.durationMinutes) },
          { title: '方式', dataIndex: 'mode', width: 90 },
          ...(extra ? [{ title: extra.title, key: 'extra', width: 90, render: (_: unknown, s: SupervisionSession) => extra.render(s) }] : []),
          { title: '督导者', key: 'sup', width: 120, render: (_, s) => namesOf(s.supervisorIds, names.persons) },
          { title: '被督导者', key: 'sees', render: (_, s) => namesOf(s.superviseeIds, names.persons) },
          { title: '议题', key: 'topics', render: (_, s) => (s.topics.length ? s.topics.join('、') : '—') },
          {
            title: '状态',
            key: 'status',
            width: 80,
            render: (_, s) => <Tag color={s.status === '已定稿' ? 'green' : 'default'}>{s.status}</Tag>,
          },
        ]}
      />
    </Card>
  )
}

export interface QuarterRow {
  period: string
  [column: string]: string | number
}

/** A small table of figures per quarter (newest first). */
export function QuarterHoursCard({ title, rows, columns, summary }: { title: string; rows: QuarterRow[]; columns: { key: string; title: string }[]; summary?: ReactNode }) {
  return (
    <Card title={title} extra={summary} style={{ marginBottom: 16 }}>
      <Table<QuarterRow>
        rowKey="period"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无督导记录' }}
        columns={[
          { title: '季度', dataIndex: 'period', render: (p: string) => periodLabel(p) },
          ...columns.map((c) => ({ title: c.title, dataIndex: c.key, align: 'right' as const })),
        ]}
      />
    </Card>
  )
}
