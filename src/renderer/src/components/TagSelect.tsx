import { useMemo, useState } from 'react'
import type { SelectProps } from 'antd'
import { matchesName } from '@shared/text/pinyin-match'
import { TabFriendlySelect } from './TabFriendlySelect'

type Option = { value: string; label: string; create?: true }

type Props = Omit<SelectProps<string[], Option>, 'mode' | 'options' | 'showSearch' | 'value' | 'onChange'> & {
  value?: string[]
  onChange?: (value: string[]) => void
  /** The choices offered (the default list and the studio's own). */
  choices: readonly string[]
  /** What a new entry is called in the list: 议题 → 新增议题“…”. */
  noun: string
}

/**
 * Several choices from a list the user may extend (议题). Typing finds a choice by its text or
 * pinyin initials, and Enter takes the first one found: 「个案」 + Enter is 个案工作, never a new
 * 「个案」. Only when nothing matches does the list offer 新增议题“…” — the one case Enter adds
 * what was typed.
 */
export function TagSelect({ value, onChange, choices, noun, ...rest }: Props) {
  const [search, setSearch] = useState('')
  const chosen = useMemo(() => value ?? [], [value])
  const typed = search.trim()
  const options = useMemo(() => {
    const all = [...new Set([...choices, ...chosen])].map((v): Option => ({ value: v, label: v }))
    const found = typed !== '' && all.some((o) => matchesName(o.value, typed))
    return found || typed === '' ? all : [...all, { value: typed, label: `新增${noun}“${typed}”`, create: true as const }]
  }, [choices, chosen, typed, noun])
  return (
    <TabFriendlySelect<string[], Option>
      {...rest}
      mode="multiple"
      value={chosen}
      onChange={(next) => {
        setSearch('')
        onChange?.(next)
      }}
      options={options}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterOption: (input, option) => option?.create === true || matchesName(String(option?.value ?? ''), input),
      }}
      optionRender={(o) => (o.data.create ? <span className="muted">{o.label}</span> : o.label)}
    />
  )
}
