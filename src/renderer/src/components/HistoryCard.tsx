import type { ReactNode } from 'react'
import { Card, Empty, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { FieldChange } from '@shared/model'
import { formatTimestamp } from '@shared/text/format'

/** How a record's 修改历史 writes a field's value (names for ids, frequencies and goals in words…). */
export type HistoryValueText = (field: string, value: unknown) => string

export interface HistoryRow {
  id: string
  at: string
  by: string
  changes: readonly FieldChange[]
}

/** An absent value reads the same in every history. */
const shown = (valueText: HistoryValueText, field: string, v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? '（空）' : valueText(field, v)

/** A revision's changes, one line a field: 标签：before → after. `lead` heads the list (which follow-up it was). */
export function ChangeList({ changes, valueText, lead }: { changes: readonly FieldChange[]; valueText: HistoryValueText; lead?: string }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={lead}>
      {lead !== undefined ? (
        <li className="muted" style={{ listStyle: 'none', marginLeft: -18 }}>
          {lead}
        </li>
      ) : null}
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{c.label}</strong>：{shown(valueText, c.field, c.before)} → {shown(valueText, c.field, c.after)}
        </li>
      ))}
    </ul>
  )
}

/**
 * A record's 修改历史, newest first: when, who, (the page's own 操作 column) and what changed.
 * The 督导记录 and the 督导协议 pages share it; a page words the values and may word a row itself.
 */
export function HistoryCard<R extends HistoryRow>({
  rows,
  valueText,
  action,
  content,
  emptyText,
}: {
  /** Undefined while loading: nothing is shown yet. */
  rows: R[] | undefined
  valueText: HistoryValueText
  /** The 操作 column (定稿, 撤销定稿…), for records whose history has more than changes. */
  action?: (row: R) => ReactNode
  /** A row the page words itself (a 撤销定稿 with its reason); undefined for the list of changes. */
  content?: (row: R) => ReactNode | undefined
  /** Shown without any row; without it, a record with no history shows no card. */
  emptyText?: string
}) {
  if (!rows || (rows.length === 0 && emptyText === undefined)) return null
  const columns: ColumnsType<R> = [
    { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTimestamp(v) },
    { title: '操作人', dataIndex: 'by', width: 100, render: (v: string) => v || '本机用户' },
    ...(action ? [{ title: '操作', key: 'action', width: 120, render: (_: unknown, r: R) => action(r) }] : []),
    { title: '内容', key: 'changes', render: (_, r) => content?.(r) ?? <ChangeList changes={r.changes} valueText={valueText} /> },
  ]
  return (
    <Card title="修改历史" style={{ marginTop: 16 }}>
      {rows.length === 0 ? (
        <Empty description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<R> rowKey="id" size="small" pagination={false} dataSource={rows} aria-label="修改历史" columns={columns} />
      )}
    </Card>
  )
}
