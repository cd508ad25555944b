import { Tag } from 'antd'
import { formatDate, formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { allPersons } from '../../db/persons'
import { allProjects } from '../../db/projects'
import { useLive } from '../../db/use-live'
import { recordHistory, type HistoryEntry } from '../../db/sessions'
import { ChangeList, HistoryCard } from '../../components/HistoryCard'

function formatValue(v: unknown, names: Map<string, string>): string {
  if (Array.isArray(v)) {
    if (typeof v[0] === 'object') {
      return (v as { content: string; ownerId: string; dueDate: string; status: string }[])
        .map((f) => `${f.content}（${names.get(f.ownerId) ?? '—'}，${formatDate(f.dueDate)}，${f.status}）`)
        .join('；')
    }
    return v.map((x) => names.get(String(x)) ?? String(x)).join('、')
  }
  if (v !== null && typeof v === 'object') {
    const c = v as { name?: string; at?: string }
    if (c.name) return `${c.name}（${formatTimestamp(c.at)}）`
    return JSON.stringify(v)
  }
  return names.get(String(v)) ?? String(v)
}

/** A record's history: every 定稿, 撤销定稿 (with its reason), change after it, and its follow-ups' status changes. */
export function SessionHistory({ sessionId }: { sessionId: string }) {
  const revisions = useLive(() => recordHistory(db, sessionId), [sessionId])
  const persons = useLive(() => allPersons(db), []) ?? []
  const projects = useLive(() => allProjects(db), []) ?? []
  const names = new Map<string, string>([...persons.map((p) => [p.id, p.name] as const), ...projects.map((p) => [p.id, p.name] as const)])
  const valueText = (_field: string, v: unknown) => formatValue(v, names)
  return (
    <HistoryCard<HistoryEntry>
      rows={revisions}
      valueText={valueText}
      emptyText="尚无历史记录"
      action={(r) => (r.followUp !== undefined ? <Tag>跟进事项{r.action}</Tag> : <Tag>{r.action}</Tag>)}
      content={(r) =>
        r.action === '撤销定稿' ? (
          <span>原因：{r.reason}</span>
        ) : r.changes.length === 0 ? (
          <span className="muted">—</span>
        ) : r.followUp !== undefined ? (
          <ChangeList changes={r.changes} valueText={valueText} lead={`跟进事项“${r.followUp}”`} />
        ) : undefined
      }
    />
  )
}
