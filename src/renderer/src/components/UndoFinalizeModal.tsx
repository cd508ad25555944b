import { useState, type ReactNode } from 'react'
import { Form, Input, Modal } from 'antd'
import { checkUndoReason, TEXT_LIMITS } from '@shared/model'
import { textCount } from './text-count'

/**
 * 撤销定稿 for a record or an assessment: asks for the reason (required, kept in 修改历史) and
 * hands it to `onConfirm`, which writes and closes the dialog; a failed write leaves it open.
 */
export function UndoFinalizeModal({ open, explanation, onConfirm, onClose }: { open: boolean; explanation: ReactNode; onConfirm: (reason: string) => Promise<void>; onClose: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const confirm = async () => {
    try {
      checkUndoReason(reason)
    } catch (e) {
      setError((e as Error).message)
      return
    }
    await onConfirm(reason)
  }
  return (
    <Modal
      open={open}
      title="撤销定稿"
      okText="撤销定稿"
      cancelText="取消"
      onOk={() => void confirm()}
      onCancel={onClose}
      afterClose={() => {
        setReason('')
        setError('')
      }}
      destroyOnHidden
    >
      <p>{explanation}</p>
      <Form layout="vertical">
        <Form.Item label="撤销原因" required validateStatus={error ? 'error' : undefined} help={error || undefined}>
          <Input.TextArea
            aria-label="撤销原因"
            value={reason}
            autoFocus
            count={textCount(TEXT_LIMITS.undoReason)}
            onChange={(e) => {
              setReason(e.target.value)
              setError('')
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
