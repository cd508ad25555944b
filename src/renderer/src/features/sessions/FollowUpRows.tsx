import { useEffect, useState } from 'react'
import { Alert, Button, Form, Input, Select } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { FOLLOW_UP_STATUSES, TEXT_LIMITS } from '@shared/model'
import { PersonSelect } from '../../components/PersonSelect'
import { DateInput } from '../../components/DateInput'
import { toOptions } from '../../components/options'
import { textCount } from '../../components/text-count'
import type { SessionFormValues } from './session-form-values'

type Row = SessionFormValues['followUps'][number]

const NEW_ROW: Row = { content: '', ownerId: null, dueDate: null, status: '待办', completedDate: null, completionNote: '' }

/** The row last deleted, until it is put back or another row is deleted. */
interface Removed {
  row: Row
  index: number
  /** Counts deletions: each one shows its own notice, with the cursor on 撤销删除. */
  serial: number
}

/**
 * 跟进事项 rows of a record: 内容, 负责人, 期限, 状态. A new row takes the cursor in its 内容, so
 * adding one from the keyboard is Enter and type; a deleted row can be put back (撤销删除) where
 * it was, as long as no other row has been deleted since.
 */
export function FollowUpRows({ disabled }: { disabled: boolean }) {
  const form = Form.useFormInstance<SessionFormValues>()
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const [removed, setRemoved] = useState<Removed | null>(null)

  useEffect(() => {
    if (focusRow === null) return
    document.getElementById(`followUps_${focusRow}_content`)?.focus()
    setFocusRow(null)
  }, [focusRow])

  return (
    <Form.List name="followUps">
      {(fields, { add, remove }) => (
        <div role="group" aria-label="跟进事项">
          {fields.length === 0 ? <p className="muted" style={{ marginTop: 0 }}>暂无跟进事项。</p> : null}
          {fields.map((field, i) => (
            <div key={field.key} style={{ display: 'grid', gridTemplateColumns: '3fr 1.3fr 1.2fr 1fr auto', gap: 8, alignItems: 'start' }}>
              <Form.Item name={[field.name, 'content']} label={`跟进事项${i + 1}内容`} style={{ marginBottom: 8 }}>
                <Input disabled={disabled} placeholder="如：两周内补齐本月个案记录" count={textCount(TEXT_LIMITS.followUp.content, { quiet: true })} />
              </Form.Item>
              <Form.Item name={[field.name, 'ownerId']} label={`跟进事项${i + 1}负责人`} style={{ marginBottom: 8 }}>
                <PersonSelect disabled={disabled} placeholder="姓名或拼音" />
              </Form.Item>
              <Form.Item name={[field.name, 'dueDate']} label={`跟进事项${i + 1}期限`} style={{ marginBottom: 8 }}>
                <DateInput disabled={disabled} />
              </Form.Item>
              <Form.Item name={[field.name, 'status']} label={`跟进事项${i + 1}状态`} style={{ marginBottom: 8 }}>
                <Select disabled={disabled} options={toOptions(FOLLOW_UP_STATUSES)} />
              </Form.Item>
              <Button
                aria-label={`删除跟进事项${i + 1}`}
                icon={<DeleteOutlined />}
                disabled={disabled}
                onClick={() => {
                  setRemoved((prev) => ({ row: form.getFieldValue(['followUps', field.name]) as Row, index: field.name, serial: (prev?.serial ?? 0) + 1 }))
                  remove(field.name)
                }}
                style={{ marginTop: 30 }}
              />
            </div>
          ))}
          {removed && !disabled ? (
            <Alert
              key={removed.serial}
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              title={`已删除跟进事项${removed.index + 1}${removed.row.content ? `“${removed.row.content}”` : ''}，保存后生效。`}
              action={
                <Button
                  size="small"
                  autoFocus
                  onClick={() => {
                    const at = Math.min(removed.index, fields.length)
                    add(removed.row, at)
                    setRemoved(null)
                    setFocusRow(at)
                  }}
                >
                  撤销删除
                </Button>
              }
              closable
              onClose={() => setRemoved(null)}
            />
          ) : null}
          <Button
            icon={<PlusOutlined />}
            disabled={disabled}
            onClick={() => {
              add({ ...NEW_ROW })
              setFocusRow(fields.length)
            }}
          >
            添加跟进事项
          </Button>
        </div>
      )}
    </Form.List>
  )
}
