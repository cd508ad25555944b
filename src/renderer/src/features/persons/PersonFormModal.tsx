import { Form, Input, Select } from 'antd'
import { personInputSchema, QUALIFICATIONS, ROLES, SERVICE_FIELDS, TEXT_LIMITS, type Person, type PersonInput } from '@shared/model'
import { db } from '../../db/connection'
import { createPerson, updatePerson } from '../../db/persons'
import { RecordFormModal, useRecordForm } from '../../components/RecordFormModal'
import { toOptions } from '../../components/options'
import { textCount } from '../../components/text-count'
import { recordConflict } from '../../components/record-conflict'

const L = TEXT_LIMITS.person

const EMPTY: PersonInput = { name: '', role: '社工', org: '', qualification: '无', field: null, phone: '', note: '' }

interface Props {
  open: boolean
  person: Person | null
  onClose: (saved?: Person) => void
  /** A new person's values known already (the name typed in a picker). */
  initial?: Partial<PersonInput>
}

export function PersonFormModal({ open, person, onClose, initial }: Props) {
  const { form, saving, save, conflictDialog } = useRecordForm({
    open,
    record: person,
    onClose,
    empty: { ...EMPTY, ...initial },
    schema: personInputSchema,
    create: (input) => createPerson(db, input),
    update: (id, input, expectedRev) => updatePerson(db, id, input, { expectedRev }),
    conflict: recordConflict<Person>('persons'),
    added: (saved) => `已添加 ${saved.name}`,
  })

  return (
    <RecordFormModal open={open} title={person ? `编辑人员：${person.name}` : '新增人员'} width={560} form={form} saving={saving} save={save} onClose={onClose} conflictDialog={conflictDialog}>
      <Form.Item label="姓名" name="name" required>
        <Input autoFocus count={textCount(L.name, { quiet: true })} />
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
          <Input count={textCount(L.phone, { quiet: true })} placeholder="可不填" />
        </Form.Item>
      </div>
      <Form.Item label="所在机构或社区" name="org">
        <Input count={textCount(L.org, { quiet: true })} placeholder="如：林泉社区、某某社会工作服务中心" />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea rows={2} count={textCount(L.note)} />
      </Form.Item>
    </RecordFormModal>
  )
}
