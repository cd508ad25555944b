import { Card, Table } from 'antd'
import { PLAN_UNIT_LABELS, type FieldChange, type PlanUnit, type Revision } from '@shared/model'
import { formatTimestamp } from '@shared/text/format'
import { db } from '../../db/connection'
import { agreementHistory } from '../../db/agreements'
import { allPersons } from '../../db/persons'
import { useLive } from '../../db/use-live'

/** One value of a revision as a person reads it: names for ids, 个别督导每月 1 次 for a frequency, goals by their text. */
function valueText(v: unknown, names: Map<string, string>): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (Array.isArray(v)) {
    if (v.length === 0) return '（空）'
    return v
      .map((x) => {
        if (x && typeof x === 'object') {
          const o = x as { mode?: string; per?: PlanUnit; count?: number; text?: string; kind?: string; date?: string; items?: { rating: number }[] }
          if (o.mode && o.per) return `${o.mode}${PLAN_UNIT_LABELS[o.per]} ${o.count} 次`
          if (o.kind && o.items) return `${o.kind}评估（${o.date}，评分 ${o.items.map((i) => i.rating).join('/')}）`
          return o.text ?? ''
        }
        return names.get(String(x)) ?? String(x)
      })
      .join('；')
  }
  if (typeof v === 'object') {
    const c = v as { name?: string; at?: string }
    return c.name ? `${c.name}（${formatTimestamp(c.at)}）` : JSON.stringify(v)
  }
  return String(v)
}

/** Every change of the agreement once it was no longer a 草稿. */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const revisions = useLive(() => agreementHistory(db, agreementId), [agreementId])
  const persons = useLive(() => allPersons(db), []) ?? []
  const names = new Map(persons.map((p) => [p.id, p.name]))
  if (!revisions || revisions.length === 0) return null
  return (
    <Card title="修改历史" style={{ marginTop: 16 }}>
      <Table<Revision>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={revisions}
        aria-label="修改历史"
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTimestamp(v) },
          { title: '操作人', dataIndex: 'by', width: 100, render: (v: string) => v || '本机用户' },
          {
            title: '内容',
            key: 'changes',
            render: (_, r) => (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {r.changes.map((c: FieldChange) => (
                  <li key={c.field}>
                    <strong>{c.label}</strong>：{valueText(c.before, names)} → {valueText(c.after, names)}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  )
}
