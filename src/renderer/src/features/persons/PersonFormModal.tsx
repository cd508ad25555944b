import { useEffect, useState } from 'react'
import { App, Form, Input, Modal, Select } from 'antd'
import { personInputSchema, QUALIFICATIONS, ROLES, SERVICE_FIELDS, type Person, type PersonInput } from '@shared/model'
import { db } from '../../db/connection'
import { createPerson, updatePerson } from '../../db/persons'
import { describeWriteError } from '../../db/write-error'
import { clearErrorsOnChange, isValidationError, showFieldErrors, validateWith } from '../../components/form-errors'
import { toOptions } from '../../components/options'

const EMPTY: PersonInput = { name: '', role: '社工', org: '', qualification: '无', field: null, phone: '', note: '' }

interface Props {
  open: boolean
  person: Person | null
  onClose: (saved?: Person) => void
}

export function PersonFormModal({ open, person, onClose }: Props) {
  const [form] = Form.useForm<PersonInput>()
  const [saving, setSaving] = useState(false)
  const { message } = App.useApp()

  useEffect(() => {
    if (!open) return
    form.resetFields()
    form.setFieldsValue(person ? { ...person } : EMPTY)
  }, [open, person, form])

  const save = async () => {
    const values = { ...EMPTY, ...form.getFieldsValue(true) }
    if (!validateWith(form, personInputSchema, values)) return
    setSaving(true)
    try {
      const saved = person ? await updatePerson(db, person.id, values) : await createPerson(db, values)
      message.success(person ? '已保存修改' : `已添加 ${saved.name}`)
      onClose(saved)
    } catch (e) {
      if (isValidationError(e)) showFieldErrors(form, e.fields)
      else message.error(describeWriteError(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open={open}
      title={person ? `编辑人员：${person.name}` : '新增人员'}
      okText="保存"
      cancelText="取消"
      onOk={save}
      confirmLoading={saving}
      onCancel={() => onClose()}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onValuesChange={clearErrorsOnChange(form)} onFinish={save}>
        <Form.Item label="姓名" name="name" required>
          <Input autoFocus maxLength={50} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
          <Form.Item label="角色" name="role" required>
            <Select options={toOptions(ROLES)} />
          </Form.Item>
          <Form.Item label="职业资格" name="qualification" required>
            <Select options={toOptions(QUALIFICATIONS)} />
          </Form.Item>
          <Form.Item label="服务领域" name="field">
            <Select options={toOptions(SERVICE_FIELDS)} allowClear placeholder="可不填" />
          </Form.Item>
          <Form.Item label="电话" name="phone">
            <Input maxLength={20} placeholder="可不填" />
          </Form.Item>
        </div>
        <Form.Item label="所在机构或社区" name="org">
          <Input maxLength={100} placeholder="如：林泉社区、某某社会工作服务中心" />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
