import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { AGREEMENT_STATUSES, MAX_GOALS, PLAN_UNIT_LABELS, PLAN_UNITS, SESSION_MODES } from '@shared/model'
import { toOptions } from '../../components/options'
import { PersonSelect } from '../../components/PersonSelect'
import { TextAreaItem } from '../../components/TextAreaItem'
import { DATE_INPUT_FORMATS } from '../../components/dates'
import { FORM_GRID } from '../sessions/form-grid'
import { newGoalId, type AgreementFormValues } from './agreement-form-values'

const UNIT_OPTIONS = PLAN_UNITS.map((u) => ({ value: u, label: PLAN_UNIT_LABELS[u] }))

/** 协议双方与期限: who, from when to when, and the agreement's state. */
export function AgreementParties({ form }: { form: FormInstance<AgreementFormValues> }) {
  const status = Form.useWatch('status', form)
  return (
    <Card title="协议双方与期限" style={{ marginBottom: 16 }}>
      <div style={FORM_GRID}>
        <Form.Item label="协议名称" name="title" extra="可不填，如“2025年度个别督导协议”">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="协议状态" name="status">
          <Select options={toOptions(AGREEMENT_STATUSES)} />
        </Form.Item>
        <Form.Item label="督导者" name="supervisorIds" required>
          <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" />
        </Form.Item>
        <Form.Item label="被督导者" name="superviseeIds" required extra="可选多人：项目团队的团体督导协议">
          <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" />
        </Form.Item>
        <Form.Item label="开始日期" name="startDate" required>
          <DatePicker format={DATE_INPUT_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="结束日期" name="endDate" required>
          <DatePicker format={DATE_INPUT_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
        {status === '已终止' ? (
          <Form.Item label="终止日期" name="terminatedOn" required>
            <DatePicker format={DATE_INPUT_FORMATS} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </div>
    </Card>
  )
}

/** 督导频率与时数: per 方式 how often, and the hours per period. */
export function AgreementPlan() {
  return (
    <Card title="督导频率与计划时数" style={{ marginBottom: 16 }}>
      <Form.List name="frequencies">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" wrap style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'mode']} label={i === 0 ? '督导方式' : undefined} aria-label={`第 ${i + 1} 项督导方式`}>
                  <Select options={toOptions(SESSION_MODES)} style={{ width: 140 }} aria-label={`第 ${i + 1} 项督导方式`} />
                </Form.Item>
                <Form.Item name={[field.name, 'per']} label={i === 0 ? '周期' : undefined}>
                  <Select options={UNIT_OPTIONS} style={{ width: 110 }} aria-label={`第 ${i + 1} 项周期`} />
                </Form.Item>
                <Form.Item name={[field.name, 'count']} label={i === 0 ? '次数' : undefined}>
                  <InputNumber min={1} max={31} precision={0} addonAfter="次" style={{ width: 120 }} aria-label={`第 ${i + 1} 项次数`} />
                </Form.Item>
                <Form.Item label={i === 0 ? ' ' : undefined}>
                  <Button type="text" icon={<DeleteOutlined />} aria-label={`删除第 ${i + 1} 项督导方式`} onClick={() => remove(field.name)} />
                </Form.Item>
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ mode: '团体督导', count: 1, per: '季度' })} style={{ marginBottom: 16 }}>
              添加督导方式
            </Button>
          </>
        )}
      </Form.List>
      <div style={FORM_GRID}>
        <Form.Item label="计划时数（小时）" name="plannedHours" extra="可不填；最多一位小数">
          <InputNumber min={0.1} max={500} step={0.5} precision={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="时数周期" name="hoursPer">
          <Select options={UNIT_OPTIONS} />
        </Form.Item>
      </div>
    </Card>
  )
}

/** 学习目标: a list, each kept under its own id so 督导记录 can say which they addressed. */
export function AgreementGoals() {
  return (
    <Card title="学习目标" style={{ marginBottom: 16 }}>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'text']} style={{ width: 560 }}>
                  <Input maxLength={200} placeholder="如：能独立完成个案需求评估" aria-label={`学习目标 ${i + 1}`} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={`删除学习目标 ${i + 1}`} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_GOALS} onClick={() => add({ id: newGoalId(), text: '' })}>
              添加学习目标
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  )
}

/** 双方职责, 保密约定 (from the studio's template), 备注 and both parties' confirmation. */
export function AgreementTexts({ onSaveTemplate }: { onSaveTemplate: () => void }) {
  return (
    <Card title="职责、保密与确认" style={{ marginBottom: 16 }} extra={<Button size="small" onClick={onSaveTemplate}>设为工作室模板</Button>}>
      <TextAreaItem label="双方职责" name="responsibilities" max={5000} rows={[3, 12]} />
      <TextAreaItem label="保密约定" name="confidentiality" max={5000} rows={[3, 12]} />
      <TextAreaItem label="备注" name="note" max={2000} rows={[1, 6]} />
      <div style={FORM_GRID}>
        <Form.Item label="督导者确认（输入姓名）" name="supervisorConfirmName" extra="保存时记录确认时间">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="被督导者确认（输入姓名）" name="superviseeConfirmName" extra="保存时记录确认时间">
          <Input maxLength={50} />
        </Form.Item>
      </div>
    </Card>
  )
}
