import { Form, Input, type FormItemProps } from 'antd'
import { textCount } from './text-count'

/**
 * A labelled text field that grows with what is typed from `rows[0]` lines to `rows[1]`, then
 * scrolls, with a live count against its limit (`max`, from TEXT_LIMITS, which the schema enforces).
 */
export function TextAreaItem({
  label,
  name,
  max,
  rows: [minRows, maxRows],
  ...item
}: { label: string; name: string; max: number; rows: readonly [number, number] } & Pick<FormItemProps, 'required'>) {
  return (
    <Form.Item label={label} name={name} {...item}>
      <Input.TextArea autoSize={{ minRows, maxRows }} count={textCount(max)} />
    </Form.Item>
  )
}
