import { Card, Empty, Table, Tag } from 'antd'
import type { FieldChange } from '@shared/model'
import { formatDate, formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { allPersons } from '../../db/persons'
import { allProjects } from '../../db/projects'
import { useLive } from '../../db/use-live'
import { recordHistory, type HistoryEntry } from '../../db/sessions'

function formatValue(v: unknown, names: Map<string, string>): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (Array.isArray(v)) {
    if (v.length === 0) return '（空）'
    if (typeof v[0] === 'object') {
      return (v as { content: string; ownerId: string; dueDate: string; status: string }[])
        .map((f) => `${f.content}（${names.get(f.ownerId) ?? '—'}，${formatDate(f.dueDate)}，${f.status}）`)
        .join('；')
    }
    return v.map((x) => names.get(String(x)) ?? String(x)).join('、')
  }
  if (typeof v === 'object') {
    const c = v as { name?: string; at?: string }
    if (c.name) return `${c.name}（${formatTimestamp(c.at)}）`
    return JSON.stringify(v)
  }
  if (v === 1 && typeof v === 'number') return String(v)
  return names.get(String(v)) ?? String(v)
}

/** A record's history: every 定稿, 撤销定稿 (with its reason), change after it, and its follow-ups' status changes. */
export function SessionHistory({ sessionId }: { sessionId: string }) {
  const revisions = useLive(() => recordHistory(db, sessionId), [sessionId])
  const persons = useLive(() => allPersons(db), []) ?? []
  const projects = useLive(() => allProjects(db), []) ?? []
  const names = new Map<string, string>([...persons.map((p) => [p.id, p.name] as const), ...projects.map((p) => [p.id, p.name] as const)])
  if (!revisions) return null
  return (
    <Card title="修改历史" style={{ marginTop: 16 }}>
      {revisions.length === 0 ? (
        <Empty description="尚无历史记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<HistoryEntry>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={revisions}
          aria-label="修改历史"
          columns={[
            { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTimestamp(v) },
            { title: '操作人', dataIndex: 'by', width: 100, render: (v: string) => v || '本机用户' },
            {
              title: '操作',
              dataIndex: 'action',
              width: 120,
              render: (v: string, r) => (r.followUp !== undefined ? <Tag>跟进事项{v}</Tag> : <Tag>{v}</Tag>),
            },
            {
              title: '内容',
              key: 'changes',
              render: (_, r) =>
                r.action === '撤销定稿' ? (
                  <span>原因：{r.reason}</span>
                ) : r.changes.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={r.followUp !== undefined ? `跟进事项“${r.followUp}”` : undefined}>
                    {r.followUp !== undefined ? <li className="muted" style={{ listStyle: 'none', marginLeft: -18 }}>跟进事项“{r.followUp}”</li> : null}
                    {r.changes.map((c: FieldChange) => (
                      <li key={c.field}>
                        <strong>{c.label}</strong>：{formatValue(c.before, names)} → {formatValue(c.after, names)}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </Card>
  )
}
