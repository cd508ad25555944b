import { Button, Form, Input, Select } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { FOLLOW_UP_STATUSES, TEXT_LIMITS } from '@shared/model'
import { PersonSelect } from '../../components/PersonSelect'
import { toOptions } from '../../components/options'
import { DateInput } from '../../components/DateInput'
import { textCount } from '../../components/text-count'

/** 跟进事项 rows of a record: 内容, 负责人, 期限, 状态. */
export function FollowUpRows({ disabled }: { disabled: boolean }) {
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
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </div>
          ))}
          <Button
            icon={<PlusOutlined />}
            disabled={disabled}
            onClick={() => add({ content: '', ownerId: null, dueDate: null, status: '待办', completedDate: null, completionNote: '' })}
          >
            添加跟进事项
          </Button>
        </div>
      )}
    </Form.List>
  )
}
