import type { CSSProperties, ReactNode } from 'react'
import { readNumber } from '@shared/model'
import { TypedTextInput, useTypedText } from './use-typed-text'

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const show = (v: number) => String(v)

interface Props {
  /** The number; the typed text while it is not one; null when empty. Set by a Form.Item. */
  value?: number | string | null
  onChange?: (value: number | string | null) => void
  id?: string
  disabled?: boolean
  placeholder?: string
  /** A unit after the number (分, %). */
  suffix?: ReactNode
  style?: CSSProperties
  'aria-label'?: string
}

/**
 * A number field that keeps what was typed: 1,234 and full-width digits are read, nothing is
 * rounded, clamped or put back on blur. Text that is not a number stays, marked
 * 「数字无效：“12a”不是数字」; a number the field does not allow (1.5 场, 120%) is named by the
 * form's schema when it saves.
 */
export function NumberInput({ value, onChange, ...rest }: Props) {
  const typed = useTypedText<number>({ value, onChange, read: readNumber, show, isValue: isNumber })
  return <TypedTextInput typed={typed} inputMode="decimal" {...rest} />
}
