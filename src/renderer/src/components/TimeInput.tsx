import type { CSSProperties } from 'react'
import { readTime } from '@shared/model'
import { TypedTextInput, useTypedText } from './use-typed-text'

const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v)
const show = (v: string) => v

interface Props {
  /** 'HH:mm'; the typed text while it is not a time; '' when empty. Set by a Form.Item. */
  value?: string
  onChange?: (value: string) => void
  id?: string
  disabled?: boolean
  placeholder?: string
  style?: CSSProperties
  'aria-label'?: string
}

/**
 * A time of day typed the quick way — 930, 9.30, 9点30, ９：３０ — shown as 09:30 when the cursor
 * leaves; 25:00 stays as typed, marked 「时间无效：没有25点（小时为 0–23）」, and is not saved.
 */
export function TimeInput({ value, onChange, ...rest }: Props) {
  const typed = useTypedText<string>({ value, onChange: onChange as (v: string | null) => void, read: readTime, show, isValue: isTime, empty: '' })
  return <TypedTextInput typed={typed} {...rest} />
}
