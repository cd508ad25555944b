import { useState, type CSSProperties } from 'react'
import { Button, Calendar, Popover } from 'antd'
import { CalendarOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { isRealDate, readDate } from '@shared/model'
import { TypedTextInput, useTypedText } from './use-typed-text'

const isDate = (v: unknown): v is string => typeof v === 'string' && isRealDate(v)
const show = (v: string) => v

interface Props {
  /** 'YYYY-MM-DD'; the typed text while it is not a date; null when empty. Set by a Form.Item. */
  value?: string | null
  onChange?: (value: string | null) => void
  id?: string
  disabled?: boolean
  autoFocus?: boolean
  placeholder?: string
  style?: CSSProperties
  'aria-label'?: string
  /** Days the calendar does not offer (a typed one is checked by the form's schema). */
  disabledDate?: (date: string) => boolean
}

/**
 * A date field that takes what studios type — 2025-3-8, 2025/3/8, 2025年3月8日, 20250308 — and
 * shows it as 2025-03-08 when the cursor leaves; a date that does not exist stays as typed with
 * its reason (「日期无效：2025年2月没有30日」) and the form refuses to save it. The calendar button
 * is for the mouse and no Tab stop: from the keyboard the date is typed.
 */
export function DateInput({ value, onChange, id, disabled, autoFocus, placeholder = '年-月-日', style, 'aria-label': ariaLabel, disabledDate }: Props) {
  const typed = useTypedText<string>({ value, onChange: onChange as (v: string | null) => void, read: readDate, show, isValue: isDate })
  const [open, setOpen] = useState(false)
  const current = isDate(value) ? dayjs(value) : undefined

  const calendar = (
    <div style={{ width: 280 }} onMouseDown={(e) => e.preventDefault()}>
      <Calendar
        fullscreen={false}
        value={current}
        disabledDate={disabledDate ? (d: Dayjs) => disabledDate(d.format('YYYY-MM-DD')) : undefined}
        onSelect={(d, info) => {
          if (info.source !== 'date') return
          typed.choose(d.format('YYYY-MM-DD'))
          setOpen(false)
        }}
      />
    </div>
  )

  return (
    <TypedTextInput
      typed={typed}
      style={style}
      id={id}
      disabled={disabled}
      autoFocus={autoFocus}
      placeholder={placeholder}
      aria-label={ariaLabel}
      inputMode="numeric"
      onKeyDown={(e) => {
        // Enter confirms the date, as in a date picker; it does not save the dialog around it.
        if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.stopPropagation()
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          setOpen(false)
        }
        if (e.key === 'ArrowDown' && e.altKey) setOpen(true)
      }}
      onBlur={() => setOpen(false)}
      suffix={
        <Button
          type="text"
          size="small"
          tabIndex={-1}
          aria-label="打开日历"
          disabled={disabled}
          icon={<CalendarOutlined />}
          onMouseDown={(e) => e.preventDefault()}
          style={{ marginInlineEnd: -6, height: 22, width: 22, minWidth: 22 }}
        />
      }
      wrap={(input) => (
        <Popover content={calendar} open={open && !disabled} onOpenChange={setOpen} trigger="click" placement="bottomLeft" arrow={false}>
          {input}
        </Popover>
      )}
    />
  )
}
