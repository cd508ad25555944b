import { useEffect, useState, type ReactNode } from 'react'
import { App, Form, Modal, type FormInstance } from 'antd'
import type { z } from 'zod'
import { describeError } from '../app/errors'
import { clearErrorsOnChange, isValidationError, showFieldErrors, validateWith } from './form-errors'

interface Named {
  id: string
  name: string
}

/**
 * The save flow of a 新增/编辑 dialog for a named record (人员, 服务项目): the form filled from the
 * record (or the empty values) each time the dialog opens; on 保存, the values checked against the
 * schema with the messages at their fields; the record written; the stored copy's field errors shown
 * at the fields, any other failure as a message. Nothing is written while a field is wrong.
 */
export function useRecordForm<R extends Named, V extends object, S extends z.ZodType>(options: {
  open: boolean
  record: R | null
  onClose: (saved?: R) => void
  empty: V
  /** The form's values for a record (dates as dayjs and the like). */
  toValues?: (record: R) => V
  /** What the schema checks, from the form's values. */
  toInput?: (values: V) => unknown
  schema: S
  create: (input: z.output<S>) => Promise<R>
  update: (id: string, input: z.output<S>) => Promise<R>
  /** The message after adding, e.g. `已添加 张三`. */
  added: (saved: R) => string
}): { form: FormInstance<V>; saving: boolean; save: () => Promise<void> } {
  const { open, record, onClose, empty, toValues, toInput, schema, create, update, added } = options
  const [form] = Form.useForm<V>()
  const [saving, setSaving] = useState(false)
  const { message } = App.useApp()

  useEffect(() => {
    if (!open) return
    form.resetFields()
    form.setFieldsValue((record ? (toValues ? toValues(record) : { ...record }) : empty) as Parameters<typeof form.setFieldsValue>[0])
    // toValues and empty are fixed per dialog; reading them again on each render changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, record, form])

  const save = async () => {
    const values = { ...empty, ...form.getFieldsValue(true) } as V
    const input = validateWith(form, schema, toInput ? toInput(values) : values)
    if (!input) return
    setSaving(true)
    try {
      const saved = record ? await update(record.id, input) : await create(input)
      message.success(record ? '已保存修改' : added(saved))
      onClose(saved)
    } catch (e) {
      if (isValidationError(e)) showFieldErrors(form, e.fields)
      else message.error(describeError(e, 'save'))
    } finally {
      setSaving(false)
    }
  }
  return { form, saving, save }
}

/** The dialog around such a form: 保存/取消, the form laid out vertically, Enter saves. */
export function RecordFormModal<V extends object>({
  open,
  title,
  width,
  form,
  saving,
  save,
  onClose,
  children,
}: {
  open: boolean
  title: string
  width: number
  form: FormInstance<V>
  saving: boolean
  save: () => Promise<void>
  onClose: () => void
  children: ReactNode
}) {
  return (
    <Modal open={open} title={title} okText="保存" cancelText="取消" onOk={save} confirmLoading={saving} onCancel={() => onClose()} destroyOnHidden width={width}>
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} onFinish={save}>
        {children}
      </Form>
    </Modal>
  )
}
