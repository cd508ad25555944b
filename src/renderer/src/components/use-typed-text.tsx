import { useId, useState, type CSSProperties, type ReactNode } from 'react'
import { Form, Input, type InputProps } from 'antd'
import type { Reading } from '@shared/model'

/**
 * The typed text of a date, time or number field and what the form holds for it. Every keystroke
 * hands the form what the text means — the value when it can be read, else the text itself — so a
 * save (Ctrl+S while the cursor is still in the field) never sees an older value, and what cannot
 * be read is never replaced by a guess, the old value or today: it stays in the field, marked
 * with the reader's message once the user leaves the field, and the schema refuses to save it
 * with the same message.
 */
export function useTypedText<V>(options: {
  /** What the form holds: the value, the text that could not be read, or empty. */
  value: V | string | null | undefined
  onChange?: (value: V | string | null) => void
  read: (text: string) => Reading<V> | null
  /** How a value reads in the field. */
  show: (value: V) => string
  /** True for a value the form holds that is a value (not text waiting to be fixed). */
  isValue: (value: unknown) => value is V
  /** What the form gets for an empty field. */
  empty?: V | string | null
}) {
  const { value, onChange, read, show, isValue } = options
  const empty = options.empty === undefined ? null : options.empty
  const [editing, setEditing] = useState<string | null>(null)
  const [left, setLeft] = useState(false)
  const messageId = useId()
  const itemStatus = Form.Item.useStatus()

  const shown = (v: typeof value): string => (v === null || v === undefined ? '' : isValue(v) ? show(v) : String(v))
  const text = editing ?? shown(value)
  const reading = typeof value === 'string' && !isValue(value) ? read(value) : null
  const problem = reading && !reading.ok ? reading.message : null

  const emit = (next: string) => {
    const r = read(next)
    onChange?.(r === null ? empty : r.ok ? r.value : next)
  }

  // The form shows its own message (from a save) at the field; ours would only repeat it.
  const formHasError = (itemStatus.errors?.length ?? 0) > 0
  const showProblem = problem !== null && (left || editing === null) && !formHasError

  return {
    text,
    problem: showProblem ? problem : null,
    inputProps: {
      value: text,
      status: problem && (left || editing === null) ? ('error' as const) : undefined,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': showProblem ? messageId : undefined,
      onChange: (e: { target: { value: string } }) => {
        setEditing(e.target.value)
        emit(e.target.value)
      },
      onFocus: () => setEditing(shown(value)),
      onBlur: () => {
        setEditing(null)
        setLeft(true)
      },
    },
    /** Sets a value chosen another way (the calendar). */
    choose: (next: V) => {
      setEditing(null)
      onChange?.(next)
    },
    /** Shows what the typed text now means (Enter), as leaving the field would. */
    settle: () => {
      setEditing(null)
      setLeft(true)
    },
    message: (showProblem ? (
      <div id={messageId} role="alert" className="ant-form-item-explain-error typed-input-problem">
        {problem}
      </div>
    ) : null) as ReactNode,
  }
}

/** What the date, time and number fields share: the field, its message under it. */
export function TypedTextInput({
  typed,
  style,
  wrap,
  onKeyDown,
  onBlur,
  ...rest
}: Omit<InputProps, 'value' | 'onChange' | 'status'> & {
  typed: ReturnType<typeof useTypedText<never>>
  style?: CSSProperties
  /** Puts something around the field (the date's calendar). */
  wrap?: (input: ReactNode) => ReactNode
}) {
  const input = (
    <Input
      {...rest}
      {...typed.inputProps}
      autoComplete="off"
      onKeyDown={(e) => {
        if (e.key === 'Enter') typed.settle()
        onKeyDown?.(e)
      }}
      onBlur={(e) => {
        typed.inputProps.onBlur()
        onBlur?.(e)
      }}
    />
  )
  return (
    <div style={style}>
      {wrap ? wrap(input) : input}
      {typed.message}
    </div>
  )
}
