import { Card, Form, Input, Radio, Select, Switch, type FormInstance } from 'antd'
import { RISK_LEVELS, TEXT_LIMITS } from '@shared/model'
import { toOptions } from '../../components/options'
import { TextAreaItem } from '../../components/TextAreaItem'
import { FORM_GRID } from './form-grid'
import type { SessionFormValues } from './session-form-values'
import { DateInput } from '../../components/DateInput'
import { textCount } from '../../components/text-count'

const L = TEXT_LIMITS.session

const FEEDBACK_OPTIONS = [
  { value: 5, label: '5 非常满意' },
  { value: 4, label: '4 满意' },
  { value: 3, label: '3 一般' },
  { value: 2, label: '2 不太满意' },
  { value: 1, label: '1 不满意' },
]

/** 反馈、反思与风险 of a 督导记录, and the 被督导者's confirmation; a risk asks for its 说明. */
export function SessionReflection({ form }: { form: FormInstance<SessionFormValues> }) {
  const riskLevel = Form.useWatch('riskLevel', form)
  return (
    <Card title="反馈、反思与风险" style={{ marginBottom: 16 }}>
      <div style={FORM_GRID}>
        <Form.Item label="被督导者反馈" name="feedbackScore">
          <Select options={FEEDBACK_OPTIONS} allowClear placeholder="可不填" />
        </Form.Item>
        <Form.Item label="下次督导日期" name="nextDate">
          <DateInput />
        </Form.Item>
      </div>
      <TextAreaItem label="被督导者反思" name="superviseeReflection" max={L.superviseeReflection} rows={[2, 10]} />
      <TextAreaItem label="督导者反思" name="supervisorReflection" max={L.supervisorReflection} rows={[2, 10]} />
      <div style={FORM_GRID}>
        <Form.Item label="风险/伦理提示" name="riskLevel">
          <Radio.Group options={toOptions(RISK_LEVELS)} />
        </Form.Item>
        <Form.Item label="敏感记录" name="sensitive" valuePropName="checked" extra="敏感记录的文字内容不在列表和导出中显示">
          <Switch />
        </Form.Item>
      </div>
      {riskLevel && riskLevel !== '无' ? (
        <TextAreaItem label="风险/伦理说明" name="riskNote" max={L.riskNote} rows={[2, 8]} required />
      ) : null}
      <Form.Item label="被督导者确认（输入姓名）" name="confirmName" extra="被督导者阅读记录后输入本人姓名，保存时记录确认时间">
        <Input style={{ maxWidth: 240 }} count={textCount(L.confirmName, { quiet: true })} />
      </Form.Item>
    </Card>
  )
}
