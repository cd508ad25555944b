import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { App, Form, Modal, type FormInstance } from 'antd'
import type { z } from 'zod'
import { describeError } from '../app/errors'
import { clearErrorsOnChange, isValidationError, showFieldErrors, validateWith } from './form-errors'
import { VersionConflictError } from '../db/write'
import type { FieldFormat } from './ConflictDialog'
import { useConflictResolver } from './use-conflict-resolver'
import { askRestoreFromTrash, isTrashed } from './trashed-elsewhere'
import { VERSION_FIELDS } from '@shared/domain/record-version'

/**
 * The save flow of a 新增/编辑 dialog (人员, 服务项目, 项目进展, a 跟进事项's status): the form filled
 * from the record (or the empty values) each time the dialog opens; on 保存, the values checked
 * against the schema with the messages at their fields; the record written; the stored copy's
 * field errors shown at the fields, any other failure as a message. Nothing is written while a
 * field is wrong.
 */
export function useRecordForm<R extends { id: string; rev?: number }, V extends object, S extends z.ZodType>(options: {
  open: boolean
  record: R | null
  onClose: (saved?: R) => void
  empty: V
  /** The form's values for a record (dates as dayjs and the like). */
  toValues?: (record: R) => V
  /** What the schema checks, from the form's values. */
  toInput?: (values: V) => unknown
  schema: S
  /** Adds a record; a dialog that only edits has none. */
  create?: (input: z.output<S>) => Promise<R>
  /** `expectedRev`: the version the dialog loaded; the write refuses a newer stored one. */
  update: (id: string, input: z.output<S>, expectedRev: number | undefined) => Promise<R>
  /** A save refused for a newer stored version: the record as stored now, for the 冲突 dialog. */
  conflict?: { reload: (id: string) => Promise<R | undefined>; restore?: (id: string) => Promise<void>; labels: Readonly<Record<string, string>>; format?: FieldFormat }
  /** The message after adding, e.g. `已添加 张三`. */
  added?: (saved: R) => string
  /** The message after editing; `已保存修改` unless given. */
  updated?: (saved: R) => string
}): { form: FormInstance<V>; saving: boolean; save: () => Promise<void>; conflictDialog: ReactNode } {
  const { open, record, onClose, empty, toValues, toInput, schema, create, update, added, updated, conflict } = options
  const [form] = Form.useForm<V>()
  const [saving, setSaving] = useState(false)
  const { message, modal } = App.useApp()
  const resolver = useConflictResolver()
  const valuesOf = (r: R) => (toValues ? toValues(r) : { ...r }) as V
  const fieldsOf = (values: V) => contentOf((toInput ? toInput(values) : values) as Record<string, unknown>)
  /** The record as the dialog loaded it (or as a merge made current): its version and content. */
  const loadedRef = useRef<R | null>(null)

  useEffect(() => {
    if (!open) return
    loadedRef.current = record
    form.resetFields()
    form.setFieldsValue((record ? valuesOf(record) : empty) as Parameters<typeof form.setFieldsValue>[0])
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form is filled as the dialog opens (or its record changes), with toValues and empty as they are then
  }, [open, record, form])

  const write = async (input: z.output<S>): Promise<{ saved: R; text: string } | null> => {
    if (record) {
      const saved = await update(record.id, input, (loadedRef.current ?? record).rev)
      return { saved, text: updated ? updated(saved) : '已保存修改' }
    }
    if (!create || !added) return null
    const saved = await create(input)
    return { saved, text: added(saved) }
  }

  const save = async (): Promise<void> => {
    let conflicted = false
    const values = { ...empty, ...form.getFieldsValue(true) } as V
    const input = validateWith(form, schema, toInput ? toInput(values) : values)
    if (!input) return
    setSaving(true)
    try {
      const done = await write(input)
      if (!done) return
      message.success(done.text)
      onClose(done.saved)
    } catch (e) {
      if (e instanceof VersionConflictError && conflict && record) conflicted = true
      else if (isValidationError(e)) showFieldErrors(form, e.fields)
      else message.error(describeError(e, 'save'))
    } finally {
      setSaving(false)
    }
    if (conflicted && (await mergeWithStored())) await save()
  }

  /** Another window saved the record meanwhile: its changes and this dialog's, merged field by field. */
  const mergeWithStored = async (): Promise<boolean> => {
    const loaded = loadedRef.current
    if (!conflict || !loaded) return false
    let stored = await conflict.reload(loaded.id)
    if (!stored) {
      message.error('这条记录已被彻底删除，无法保存。')
      return false
    }
    if (isTrashed(stored)) {
      if (!conflict.restore) {
        message.error('这条记录已随所属的督导记录移入回收站，无法保存。请先在回收站恢复该督导记录。')
        return false
      }
      if (!(await askRestoreFromTrash(modal, '这条记录'))) {
        message.warning('尚未保存：记录在回收站中。')
        return false
      }
      try {
        await conflict.restore(loaded.id)
      } catch (e) {
        message.error(describeError(e, 'save'))
        return false
      }
      stored = await conflict.reload(loaded.id)
      if (!stored) return false
      // Only moved away and back: nothing of theirs to merge.
      if (JSON.stringify(fieldsOf(valuesOf(stored))) === JSON.stringify(fieldsOf(valuesOf(loaded)))) {
        loadedRef.current = stored
        return true
      }
    }
    const merged = await resolver.ask({
      base: fieldsOf(valuesOf(loaded)),
      mine: fieldsOf({ ...empty, ...form.getFieldsValue(true) } as V),
      theirs: fieldsOf(valuesOf(stored)),
      labels: conflict.labels,
      format: conflict.format,
      confirmText: '保存合并结果',
    })
    if (!merged) {
      message.warning('尚未保存：冲突未处理。')
      return false
    }
    loadedRef.current = stored
    form.setFieldsValue(valuesOf({ ...stored, ...merged } as R) as Parameters<typeof form.setFieldsValue>[0])
    return true
  }
  return { form, saving, save, conflictDialog: resolver.element }
}

/** Bookkeeping a dialog does not edit (its version, id, times, 回收站 mark): a conflict compares content alone. */
const NOT_CONTENT: ReadonlySet<string> = new Set([...VERSION_FIELDS, 'id', 'createdAt', 'deletedAt'])
const contentOf = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([k]) => !NOT_CONTENT.has(k)))

/**
 * Enter in a one-line field saves the dialog (the 保存 button is outside the form, so the browser
 * would not submit it). Not in a picker, where Enter chooses, nor while an input method is composing.
 * The event stops here: a dialog opened from a field of another dialog saves only itself.
 */
function enterSaves(e: KeyboardEvent<HTMLFormElement>, save: () => Promise<void>) {
  const t = e.target
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || !(t instanceof HTMLInputElement) || t.getAttribute('role') === 'combobox') return
  e.preventDefault()
  e.stopPropagation()
  void save()
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
  conflictDialog,
}: {
  open: boolean
  title: string
  width: number
  form: FormInstance<V>
  saving: boolean
  save: () => Promise<void>
  onClose: () => void
  children: ReactNode
  /** The 冲突 dialog of useRecordForm. */
  conflictDialog?: ReactNode
}) {
  return (
    <>
      <Modal open={open} title={title} okText="保存" cancelText="取消" onOk={save} confirmLoading={saving} onCancel={() => onClose()} destroyOnHidden width={width}>
        <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} onFinish={save} onKeyDown={(e) => enterSaves(e, save)}>
          {children}
        </Form>
      </Modal>
      {conflictDialog}
    </>
  )
}
