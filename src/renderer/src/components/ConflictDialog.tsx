import { useState } from 'react'
import { Alert, Modal, Radio, Table, Typography } from 'antd'
import type { MergeSide, RecordMerge } from '@shared/domain/three-way-merge'
import { EMPTY_TEXT } from '@shared/text/format'

/** How a field's value reads in the dialog (names for ids, dates as dates…). */
export type FieldFormat = (field: string, value: unknown) => string

/** A value as plain text when the page gives no better wording. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_TEXT
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (Array.isArray(value)) return value.length === 0 ? EMPTY_TEXT : value.map(plainValue).join('、')
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.name === 'string') return o.name
    if (typeof o.content === 'string') return o.content
    return JSON.stringify(value)
  }
  return String(value)
}

interface Row {
  field: string
  label: string
  theirs: unknown
  mine: unknown
  /** Who changed it: both differently (to decide), or one side (merged without asking). */
  state: 'conflict' | 'theirs' | 'mine'
}

export interface ConflictDialogProps<T extends object> {
  open: boolean
  /** The merge of this form's content (local) with the stored record (remote). */
  merge: RecordMerge<T> | null
  labels: Readonly<Record<string, string>>
  format?: FieldFormat
  /** 保存合并结果 after a refused save; 合并到表单 when looking at another window's change. */
  confirmText: string
  /** The page keeps a draft of the form (record pages): the user's content is said to be kept there too. */
  drafted?: boolean
  onConfirm: (choices: Record<string, MergeSide>) => void
  onCancel: () => void
}

/**
 * The 冲突 dialog: what changed on each side since this form loaded the record, side by side.
 * A field only one side changed is merged without asking; a field both changed differently
 * needs 保留我的 or 采用对方的 before the merged result can be saved. Nothing is written until then.
 */
export function ConflictDialog<T extends object>({ open, merge, labels, format = (_f, v) => plainValue(v), confirmText, drafted = false, onConfirm, onCancel }: ConflictDialogProps<T>) {
  const [choices, setChoices] = useState<Record<string, MergeSide>>({})
  if (!merge) return null
  const local = merge.merged as Record<string, unknown>
  const conflictFields = new Set(merge.conflicts.map((c) => c.field))
  const rows: Row[] = [
    ...merge.conflicts.map((c) => ({ field: c.field, label: labels[c.field] ?? c.field, theirs: c.remote, mine: c.local, state: 'conflict' as const })),
    ...merge.fromRemote.map((f) => ({ field: f, label: labels[f] ?? f, theirs: local[f], mine: undefined, state: 'theirs' as const })),
    ...merge.fromLocal.map((f) => ({ field: f, label: labels[f] ?? f, theirs: undefined, mine: local[f], state: 'mine' as const })),
  ]
  const undecided = [...conflictFields].filter((f) => !choices[f])
  const cell = (row: Row, side: 'theirs' | 'mine') => {
    if (row.state !== 'conflict' && row.state !== side) return <Typography.Text type="secondary">未修改</Typography.Text>
    return <span className="conflict-value">{format(row.field, row[side])}</span>
  }
  return (
    <Modal
      open={open}
      title="保存冲突：这条记录已在其他窗口或电脑上修改"
      width={900}
      okText={confirmText}
      cancelText="暂不处理"
      okButtonProps={{ disabled: undecided.length > 0 }}
      onOk={() => onConfirm(choices)}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => setChoices({})}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message={
          merge.conflicts.length > 0
            ? `有 ${merge.conflicts.length} 处两边都改过，请逐项选择保留哪一边；只有一边改过的内容已自动合并。`
            : '两边改的是不同的内容，已全部合并，确认后即可保存。'
        }
        description={`在您修改期间，这条记录被另一个窗口（或合并导入、同步）保存过。您填写的内容仍在${drafted ? '表单和草稿' : '表单'}中，未选择前不会保存。`}
      />
      <Table<Row>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '字段', dataIndex: 'label', width: 120 },
          { title: '对方（已保存）', key: 'theirs', render: (_, r) => cell(r, 'theirs') },
          { title: '我的（未保存）', key: 'mine', render: (_, r) => cell(r, 'mine') },
          {
            title: '合并结果',
            key: 'result',
            width: 220,
            render: (_, r) =>
              r.state === 'conflict' ? (
                <Radio.Group
                  aria-label={`${r.label}保留哪一边`}
                  value={choices[r.field]}
                  onChange={(e) => setChoices((c) => ({ ...c, [r.field]: e.target.value as MergeSide }))}
                  options={[
                    { value: 'local', label: '保留我的' },
                    { value: 'remote', label: '采用对方的' },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{r.state === 'theirs' ? '采用对方的（自动）' : '保留我的（自动）'}</Typography.Text>
              ),
          },
        ]}
      />
    </Modal>
  )
}
