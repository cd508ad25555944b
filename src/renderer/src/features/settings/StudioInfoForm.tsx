import { Button, Card, Form, Input, Modal, type FormInstance } from 'antd'
import { studioInfoSchema, TEXT_LIMITS, type StudioInfo } from '@shared/model'
import { db } from '../../db/connection'
import { saveStudioInfo } from '../../db/settings'
import { useSaving } from '../../components/use-saving'
import { clearErrorsOnChange, validateWith } from '../../components/form-errors'
import { textCount } from '../../components/text-count'

const L = TEXT_LIMITS.studio

/** One line of the studio's details, with its limit's count near the limit. */
function TextItem({ label, name, placeholder, extra, autoFocus }: { label: string; name: keyof StudioInfo; placeholder?: string; extra?: string; autoFocus?: boolean }) {
  return (
    <Form.Item label={label} name={name} extra={extra}>
      <Input autoFocus={autoFocus} placeholder={placeholder} count={textCount(L[name], { quiet: true })} />
    </Form.Item>
  )
}

/** 保存 of the studio's details: checked at the fields, then written; true once saved. */
function useStudioSave(form: FormInstance<StudioInfo>) {
  const { saving, run } = useSaving()
  const save = async (): Promise<boolean> => {
    const values = form.getFieldsValue(true)
    if (!validateWith(form, studioInfoSchema, values)) return false
    return run(async () => {
      await saveStudioInfo(db, values)
      return '工作室信息已保存'
    })
  }
  return { saving, save }
}

/** The studio's fields, as 设置 and the first-run dialog show them. */
function StudioInfoFields({ form, studio, onFinish, autoFocus }: { form: FormInstance<StudioInfo>; studio: StudioInfo; onFinish: () => void; autoFocus?: boolean }) {
  return (
    <Form form={form} initialValues={studio} layout="vertical" onValuesChange={clearErrorsOnChange(form)} onFinish={onFinish} style={{ maxWidth: 640 }}>
      <TextItem label="工作室名称" name="name" extra="印在每一份报告的抬头" placeholder="如：西海岸新区某某高级社工师工作室" autoFocus={autoFocus} />
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
        <TextItem label="领衔人" name="lead" />
        <TextItem label="联系电话" name="phone" />
      </div>
      <TextItem label="所属单位" name="unit" />
      <TextItem label="地址" name="address" />
      {/* Enter in a field saves. */}
      <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
    </Form>
  )
}

/** The studio's details as stored when 设置 opened: the form keeps what is typed while other settings change. */
export function StudioInfoForm({ studio }: { studio: StudioInfo }) {
  const [form] = Form.useForm<StudioInfo>()
  const { saving, save } = useStudioSave(form)
  return (
    <Card title="工作室信息" style={{ marginBottom: 16 }}>
      <StudioInfoFields form={form} studio={studio} onFinish={() => void save()} />
      <Button type="primary" loading={saving} onClick={() => void save()}>
        保存工作室信息
      </Button>
    </Card>
  )
}

/** The same fields in a dialog (the 工作台's first-run checklist), closed once saved. */
export function StudioInfoModal({ studio, onClose }: { studio: StudioInfo; onClose: () => void }) {
  const [form] = Form.useForm<StudioInfo>()
  const { saving, save } = useStudioSave(form)
  const saveAndClose = async () => {
    if (await save()) onClose()
  }
  return (
    <Modal open title="工作室信息" okText="保存" cancelText="取消" onOk={() => void saveAndClose()} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={640}>
      <StudioInfoFields form={form} studio={studio} onFinish={() => void saveAndClose()} autoFocus />
    </Modal>
  )
}
