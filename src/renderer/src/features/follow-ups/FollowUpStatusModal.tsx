import { Form, Input, Modal, Radio } from 'antd'
import { FOLLOW_UP_STATUSES, TEXT_LIMITS, type FollowUp, type FollowUpStatus } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { followUpStatusSchema, updateFollowUpStatus } from '../../db/follow-ups'
import { clearErrorsOnChange } from '../../components/form-errors'
import { useRecordForm } from '../../components/RecordFormModal'
import { DateInput } from '../../components/DateInput'
import { textCount } from '../../components/text-count'
import { recordConflict } from '../../components/record-conflict'

interface Values {
  status: FollowUpStatus
  /** 'YYYY-MM-DD', or the text typed while it is not a date. */
  completedDate: string | null
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
  const { form, saving, save, conflictDialog } = useRecordForm({
    open: followUp !== null,
    record: followUp,
    onClose,
    empty: { status: '待办', completedDate: null, completionNote: '' } as Values,
    toValues: (f) => ({ status: f.status, completedDate: f.completedDate, completionNote: f.completionNote }),
    toInput: (v) => ({ status: v.status, completedDate: v.status === '已完成' ? v.completedDate || null : null, completionNote: v.completionNote ?? '' }),
    schema: followUpStatusSchema(todayString()),
    update: (id, input, expectedRev) => updateFollowUpStatus(db, id, input, { by, expectedRev }),
    conflict: recordConflict<FollowUp>('followUps'),
    updated: (saved) => `跟进事项已改为“${saved.status}”`,
  })
  const status = Form.useWatch('status', form)

  const onStatus = (next: FollowUpStatus) => {
    // Marking done: the 完成日期 defaults to today.
    if (next === '已完成' && !form.getFieldValue('completedDate')) form.setFieldValue('completedDate', todayString())
  }

  return (
    <>
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
              <DateInput aria-label="完成日期" style={{ width: 200 }} disabledDate={(d) => d > todayString()} />
            </Form.Item>
          ) : null}
          <Form.Item name="completionNote" label={status === '已取消' ? '取消原因' : '完成说明'}>
            <Input.TextArea aria-label="完成说明" rows={3} count={textCount(TEXT_LIMITS.followUp.completionNote)} placeholder={status === '已完成' ? '做了什么、结果如何' : '进展或说明（可选）'} />
          </Form.Item>
        </Form>
      </Modal>
      {conflictDialog}
    </>
  )
}
