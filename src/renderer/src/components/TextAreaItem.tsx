import { Form, Input, type FormItemProps } from 'antd'

/** A labelled text field that grows with what is typed from `rows[0]` lines to `rows[1]`, then scrolls. */
export function TextAreaItem({ label, name, rows: [minRows, maxRows], ...item }: { label: string; name: string; rows: readonly [number, number] } & Pick<FormItemProps, 'required'>) {
  return (
    <Form.Item label={label} name={name} {...item}>
      <Input.TextArea autoSize={{ minRows, maxRows }} />
    </Form.Item>
  )
}
