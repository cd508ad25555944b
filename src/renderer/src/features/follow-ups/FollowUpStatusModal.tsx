import { useEffect, useState } from 'react'
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { updateFollowUpStatus } from '../../db/follow-ups'
import { describeError } from '../../app/errors'
import { clearErrorsOnChange, isValidationError, showFieldErrors } from '../../components/form-errors'
import { toDateOrNull } from '../../components/dates'

interface Values {
  status: FollowUpStatus
  completedDate: Dayjs | null
  completionNote: string
}

interface Props {
  followUp: FollowUp | null
  sessionCode: string
  by: string
  onClose: () => void
}

/** 更改状态 of one 跟进事项: 已完成 asks for the 完成日期 (today by default) and a 完成说明. */
export function FollowUpStatusModal({ followUp, sessionCode, by, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const status = Form.useWatch('status', form)

  useEffect(() => {
    if (!followUp) return
    form.resetFields()
    form.setFieldsValue({
      status: followUp.status,
      completedDate: followUp.completedDate ? dayjs(followUp.completedDate) : null,
      completionNote: followUp.completionNote,
    })
  }, [followUp, form])

  const onStatus = (next: FollowUpStatus) => {
    // Marking done: the 完成日期 defaults to today.
    if (next === '已完成' && !form.getFieldValue('completedDate')) form.setFieldValue('completedDate', dayjs(todayString()))
  }

  const save = async () => {
    if (!followUp) return
    const v = form.getFieldsValue()
    setSaving(true)
    try {
      await updateFollowUpStatus(
        db,
        followUp.id,
        { status: v.status, completedDate: v.status === '已完成' ? toDateOrNull(v.completedDate) : null, completionNote: v.completionNote ?? '' },
        { by },
      )
      message.success(`跟进事项已改为“${v.status}”`)
      onClose()
    } catch (e) {
      if (isValidationError(e)) showFieldErrors(form, e.fields)
      else message.error(describeError(e, 'save'))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open={followUp !== null}
      title="更改跟进事项状态"
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      {followUp ? (
        <p style={{ marginTop: 0 }}>
          <span className="muted">{sessionCode}：</span>
          {followUp.content}
        </p>
      ) : null}
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)}>
        <Form.Item name="status" label="状态">
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: s }))}
            onChange={(e) => onStatus(e.target.value as FollowUpStatus)}
          />
        </Form.Item>
        {status === '已完成' ? (
          <Form.Item name="completedDate" label="完成日期" required>
            <DatePicker
              aria-label="完成日期"
              style={{ width: 200 }}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayString()}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="completionNote" label={status === '已取消' ? '取消原因' : '完成说明'}>
          <Input.TextArea aria-label="完成说明" rows={3} maxLength={1000} showCount placeholder={status === '已完成' ? '做了什么、结果如何' : '进展或说明（可选）'} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
