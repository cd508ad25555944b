import { Button, Card, Form, Input } from 'antd'
import { studioInfoSchema, type StudioInfo } from '@shared/model'
import { db } from '../../db/connection'
import { saveStudioInfo } from '../../db/settings'
import { useSaving } from '../../components/use-saving'
import { clearErrorsOnChange, validateWith } from '../../components/form-errors'

/** One line of the studio's details. */
function TextItem({ label, name, placeholder }: { label: string; name: keyof StudioInfo; placeholder?: string }) {
  return (
    <Form.Item label={label} name={name}>
      <Input placeholder={placeholder} />
    </Form.Item>
  )
}

/** The studio's details as stored when 设置 opened: the form keeps what is typed while other settings change. */
export function StudioInfoForm({ studio }: { studio: StudioInfo }) {
  const [form] = Form.useForm<StudioInfo>()
  const { saving, run } = useSaving()

  const save = async () => {
    const values = form.getFieldsValue(true)
    if (!validateWith(form, studioInfoSchema, values)) return
    await run(async () => {
      await saveStudioInfo(db, values)
      return '工作室信息已保存'
    })
  }

  return (
    <Card title="工作室信息" style={{ marginBottom: 16 }}>
      <Form form={form} initialValues={studio} layout="vertical" onValuesChange={clearErrorsOnChange(form)} onFinish={save} style={{ maxWidth: 640 }}>
        <TextItem label="工作室名称" name="name" placeholder="如：西海岸新区某某高级社工师工作室" />
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
          <TextItem label="领衔人" name="lead" />
          <TextItem label="联系电话" name="phone" />
        </div>
        <TextItem label="所属单位" name="unit" />
        <TextItem label="地址" name="address" />
        <Button type="primary" htmlType="submit" loading={saving}>
          保存工作室信息
        </Button>
      </Form>
    </Card>
  )
}
