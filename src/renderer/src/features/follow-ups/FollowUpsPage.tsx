import { useMemo, useState } from 'react'
import { Button, DatePicker, Input, Segmented, Select, Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus } from '@shared/model'
import { daysOverdue, isOverdue } from '@shared/domain/followups'
import { compareFollowUps, matchesFollowUp, type DueFilter, type FollowUpFilter } from '@shared/domain/followup-filter'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { cachedPreferences } from '../../db/settings'
import { listFollowUps } from '../../db/follow-ups'
import { cachedNameMaps } from '../../db/names'
import { screen } from '../../app/screen-data'
import { PersonSelect } from '../../components/PersonSelect'
import { fromDateString, toDateOrNull } from '../../components/dates'
import { formatDate } from '@shared/text/format'
import { appSessionIndex, useSessionIndex } from '../sessions/use-session-index'
import { FollowUpStatusModal } from './FollowUpStatusModal'
import './follow-ups.css'

interface Row {
  followUp: FollowUp
  sessionId: string
  sessionCode: string
  sessionDate: string
  overdueDays: number
}

const STATUS_COLOR: Record<FollowUpStatus, string> = { 待办: 'blue', 进行中: 'gold', 已完成: 'green', 已取消: 'default' }
const DUE_OPTIONS: { value: DueFilter | 'all'; label: string }[] = [
  { value: 'all', label: '全部期限' },
  { value: 'overdue', label: '已逾期' },
  { value: 'week', label: '本周到期' },
  { value: 'range', label: '按日期' },
]

let remembered: FollowUpFilter = { status: '未完成' }

/**
 * 跟进事项's data: every live follow-up, the owners' names, who is changing them. Each row's session
 * (code, date, whether it is in the 回收站) comes from the session index, started here.
 */
export const followUpsScreen = screen(['followUps', 'persons', 'projects', 'settings'], async () => {
  appSessionIndex().prefetch()
  const [followUps, names, prefs] = await Promise.all([listFollowUps(db), cachedNameMaps(db), cachedPreferences(db)])
  return { followUps, names, operatorName: prefs.operatorName }
})

/** 跟进事项: every follow-up of every live 督导记录, overdue ones marked, status changed here. */
export function FollowUpsPage() {
  const today = todayString()
  const index = useSessionIndex()
  const { followUps, names, operatorName } = followUpsScreen.useData()
  const [filter, setFilterState] = useState<FollowUpFilter>(remembered)
  const [editing, setEditing] = useState<Row | null>(null)
  const setFilter = (patch: Partial<FollowUpFilter>) =>
    setFilterState((f) => {
      remembered = { ...f, ...patch }
      return remembered
    })

  const ready = index.phase === 'ready'
  const all = useMemo<Row[]>(() => {
    if (!ready) return []
    const out: Row[] = []
    for (const f of followUps) {
      const s = index.byId.get(f.sessionId)
      if (!s) continue // the session is in the 回收站
      out.push({ followUp: f, sessionId: s.id, sessionCode: s.code, sessionDate: s.date, overdueDays: daysOverdue(f, today) })
    }
    return out
  }, [ready, followUps, index.byId, today])
  const rows = useMemo(
    () =>
      all
        .filter((r) => matchesFollowUp(r.followUp, filter, today, r.sessionCode))
        .sort((a, b) => compareFollowUps(a.followUp, b.followUp, a.sessionCode, b.sessionCode)),
    [all, filter, today],
  )
  const overdueCount = useMemo(() => rows.filter((r) => isOverdue(r.followUp, today)).length, [rows, today])

  return (
    <section aria-labelledby="followups-title">
      <h1 className="page-title" id="followups-title">跟进事项</h1>
      <div className="toolbar">
        <Select
          aria-label="按状态筛选"
          title="未完成 = 待办或进行中"
          style={{ width: 120 }}
          allowClear
          placeholder="全部状态"
          value={filter.status ?? undefined}
          options={[{ value: '未完成', label: '未完成' }, ...FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: s }))]}
          onChange={(v) => setFilter({ status: v ?? null })}
        />
        <PersonSelect
          aria-label="按负责人筛选"
          placeholder="负责人"
          allowClear
          style={{ width: 140 }}
          popupMatchSelectWidth={220}
          value={filter.ownerId ?? undefined}
          onChange={(v) => setFilter({ ownerId: (v as string | undefined) ?? null })}
        />
        <Segmented
          aria-label="按期限筛选"
          value={filter.due ?? 'all'}
          options={DUE_OPTIONS}
          onChange={(v) => setFilter({ due: v === 'all' ? null : (v as DueFilter) })}
        />
        {filter.due === 'range' ? (
          <DatePicker.RangePicker
            aria-label="期限范围"
            placeholder={['期限从', '期限至']}
            allowEmpty={[true, true]}
            style={{ width: 240 }}
            value={[fromDateString(filter.from), fromDateString(filter.to)]}
            onChange={(v) => setFilter({ from: toDateOrNull(v?.[0]), to: toDateOrNull(v?.[1]) })}
          />
        ) : null}
        <Input.Search aria-label="搜索跟进事项" placeholder="内容、说明或编号" allowClear style={{ width: 200 }} value={filter.query ?? ''} onChange={(e) => setFilter({ query: e.target.value })} />
        <span className="spacer" />
        <span className="muted" aria-live="polite" data-testid="followup-count">
          {ready ? `共 ${rows.length} 项${overdueCount > 0 ? ` · 逾期 ${overdueCount} 项` : ''}` : '正在载入…'}
        </span>
      </div>
      <Table<Row>
        rowKey={(r) => r.followUp.id}
        size="middle"
        loading={!ready}
        dataSource={rows}
        rowClassName={(r) => (r.overdueDays > 0 ? 'followup-overdue' : '')}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: all.length === 0 ? '还没有跟进事项：在督导记录中添加后会出现在这里' : '没有符合条件的跟进事项' }}
        columns={[
          { title: '内容', key: 'content', render: (_, r) => <span style={{ whiteSpace: 'pre-wrap' }}>{r.followUp.content}</span> },
          { title: '负责人', key: 'owner', width: 100, render: (_, r) => names.persons.get(r.followUp.ownerId) ?? '（未知）' },
          {
            title: '期限',
            key: 'due',
            width: 190,
            render: (_, r) => (
              <span>
                {formatDate(r.followUp.dueDate)}
                {r.overdueDays > 0 ? (
                  <Tag color="red" style={{ marginLeft: 8 }}>逾期 {r.overdueDays} 天</Tag>
                ) : r.followUp.dueDate === today && (r.followUp.status === '待办' || r.followUp.status === '进行中') ? (
                  <Tag color="orange" style={{ marginLeft: 8 }}>今天到期</Tag>
                ) : null}
              </span>
            ),
          },
          { title: '状态', key: 'status', width: 84, render: (_, r) => <Tag color={STATUS_COLOR[r.followUp.status]}>{r.followUp.status}</Tag> },
          {
            title: '完成情况',
            key: 'done',
            render: (_, r) =>
              r.followUp.completedDate || r.followUp.completionNote ? (
                <span>
                  {r.followUp.completedDate ? <span>{formatDate(r.followUp.completedDate)} </span> : null}
                  <span className="muted">{r.followUp.completionNote}</span>
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            title: '督导记录',
            key: 'session',
            width: 150,
            render: (_, r) => (
              <span>
                <Link to={`/sessions/${r.sessionId}`}>{r.sessionCode}</Link>
                <div className="muted" style={{ fontSize: 12 }}>{formatDate(r.sessionDate)}</div>
              </span>
            ),
          },
          {
            title: '操作',
            key: 'a',
            width: 100,
            render: (_, r) => (
              <Button size="small" aria-label={`更改状态 ${r.followUp.content}`} onClick={() => setEditing(r)}>
                更改状态
              </Button>
            ),
          },
        ]}
      />
      <FollowUpStatusModal
        followUp={editing?.followUp ?? null}
        sessionCode={editing?.sessionCode ?? ''}
        by={operatorName}
        onClose={() => setEditing(null)}
      />
    </section>
  )
}
