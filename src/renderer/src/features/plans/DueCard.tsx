import { Card, Empty, Segmented, Table, Tag } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router-dom'
import type { DueItem, DueWindow } from '@shared/domain/plans/due'
import { formatDate } from '@shared/text/format'

const WINDOW_COLOURS: Record<DueWindow, string> = { 已逾期: 'red', 本周: 'orange', 本月: 'blue' }

/** A new 督导记录 for the item's people and 方式. */
export function startRecordHref(item: Pick<DueItem, 'superviseeIds' | 'supervisorIds' | 'mode'>): string {
  const q = new URLSearchParams({ supervisees: item.superviseeIds.join(','), supervisors: item.supervisorIds.join(',') })
  if (item.mode) q.set('mode', item.mode)
  return `/sessions/new?${q.toString()}`
}

/** 工作台's 待督导: overdue and this week's items, or everything due this month. */
export function DueCard({ items, names, noSessionDays }: { items: DueItem[]; names: ReadonlyMap<string, string>; noSessionDays: number }) {
  const [range, setRange] = useState<'week' | 'month'>('week')
  const shown = range === 'week' ? items.filter((i) => i.window !== '本月') : items
  const name = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '—').join('、')
  return (
    <Card
      size="small"
      title={`待督导（${shown.length} 项）`}
      style={{ marginBottom: 16 }}
      extra={
        <span>
          <Segmented
            size="small"
            aria-label="待督导范围"
            value={range}
            onChange={(v) => setRange(v as 'week' | 'month')}
            options={[
              { value: 'week', label: '本周' },
              { value: 'month', label: '本月' },
            ]}
          />{' '}
          <Link to="/plans">督导计划执行</Link>
        </span>
      }
    >
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={range === 'week' ? '本周没有到期的督导' : '本月没有到期的督导'} />
      ) : (
        <Table<DueItem>
          rowKey="key"
          size="small"
          aria-label="待督导"
          dataSource={shown}
          pagination={shown.length > 10 ? { pageSize: 10, size: 'small' } : false}
          columns={[
            { title: '被督导者', key: 'who', render: (_, i) => name(i.superviseeIds) },
            { title: '督导者', key: 'sup', width: 110, render: (_, i) => name(i.supervisorIds) },
            { title: '原因', key: 'kind', width: 120, render: (_, i) => <Tag>{i.kind}</Tag> },
            { title: '说明', dataIndex: 'detail', render: (d: string) => <span style={{ fontSize: 12 }}>{d}</span> },
            {
              title: '应督导日期',
              key: 'due',
              width: 150,
              render: (_, i) => (
                <span>
                  {formatDate(i.dueDate)} <Tag color={WINDOW_COLOURS[i.window]}>{i.window === '已逾期' ? `逾期 ${i.daysLate} 天` : i.window}</Tag>
                </span>
              ),
            },
            { title: '', key: 'go', width: 90, render: (_, i) => <Link to={startRecordHref(i)} aria-label={`为${name(i.superviseeIds)}新建督导记录`}>新建记录</Link> },
          ]}
          footer={() => <span className="muted">久未督导：超过 {noSessionDays} 天没有督导记录（天数可在“督导计划”页修改）</span>}
        />
      )}
    </Card>
  )
}
