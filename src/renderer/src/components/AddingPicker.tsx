import { useState, type ReactNode } from 'react'
import { Button, type SelectProps } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { matchesName } from '@shared/text/pinyin-match'
import { TabFriendlySelect } from './TabFriendlySelect'

/** An option of a picker of records: the record's id, its name and a line that tells it apart. */
export interface RecordOption {
  value: string
  label: string
  desc: string
}

export type RecordPickerProps = Omit<SelectProps<string | string[]>, 'options' | 'filterOption'>

/**
 * A picker of records (人员, 服务项目) that finds them by name or pinyin initials, Enter taking
 * the first found, and that adds in place: with nothing to offer — a new studio, a name not
 * entered yet — its list offers 新增人员“王芳” (Enter does the same), `renderAdd` shows the
 * record's dialog with what was typed, and the record added is chosen.
 */
export function AddingPicker({
  options,
  loaded,
  noun,
  what,
  renderAdd,
  ...rest
}: RecordPickerProps & {
  options: RecordOption[]
  /** False until the records are read (no 新增 offer before that). */
  loaded: boolean
  /** 人员 / 项目: 新增人员. */
  noun: string
  /** 人员 / 服务项目: 还没有服务项目. */
  what: string
  /** The dialog that adds a record named `name`; it calls `done` with the new id, or nothing when cancelled. */
  renderAdd: (name: string, done: (id?: string) => void) => ReactNode
}) {
  const [search, setSearch] = useState('')
  const [adding, setAdding] = useState<string | null>(null)
  const typed = search.trim()
  const found = typed === '' ? options.length > 0 : options.some((o) => matchesName(o.label, typed))
  const multiple = rest.mode === 'multiple'

  const choose = (id: string) => {
    const value = rest.value
    const list = Array.isArray(value) ? value : value ? [value] : []
    rest.onChange?.(multiple ? (list.includes(id) ? list : [...list, id]) : id, [])
  }

  return (
    <>
      <TabFriendlySelect<string | string[]>
        showSearch={{ filterOption: (input, option) => matchesName(String(option?.label ?? ''), input), onSearch: setSearch }}
        optionRender={(o) => (
          <span>
            {o.label} <span className="muted" style={{ fontSize: 12 }}>{(o.data as RecordOption).desc}</span>
          </span>
        )}
        options={options}
        notFoundContent={
          loaded ? (
            <div style={{ padding: '4px 0' }}>
              <div className="muted" style={{ marginBottom: 4 }}>
                {options.length === 0 ? `还没有${what}` : `没有找到“${typed}”`}
              </div>
              <Button size="small" type="primary" ghost icon={<PlusOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => setAdding(typed)}>
                {`新增${noun}${typed ? `“${typed}”` : ''}（回车）`}
              </Button>
            </div>
          ) : undefined
        }
        {...rest}
        onInputKeyDown={(e) => {
          // Enter with nothing found adds: there is nothing else it could choose.
          if (e.key === 'Enter' && loaded && !found) {
            e.preventDefault()
            e.stopPropagation()
            setAdding(typed)
          }
          rest.onInputKeyDown?.(e)
        }}
        onChange={(next, option) => {
          setSearch('')
          rest.onChange?.(next, option)
        }}
        onBlur={(e) => {
          setSearch('')
          rest.onBlur?.(e)
        }}
      />
      {adding !== null
        ? renderAdd(adding, (id) => {
            setAdding(null)
            setSearch('')
            if (id) choose(id)
          })
        : null}
    </>
  )
}
