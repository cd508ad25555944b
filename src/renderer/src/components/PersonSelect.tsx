import { useMemo } from 'react'
import type { SelectProps } from 'antd'
import { TabFriendlySelect } from './TabFriendlySelect'
import type { Person } from '@shared/model'
import { matchesName } from '@shared/text/pinyin-match'
import { db } from '../db/connection'
import { allPersons } from '../db/persons'
import { useLive } from '../db/use-live'

type Props = Omit<SelectProps<string | string[]>, 'options' | 'filterOption'> & {
  /** Only people of these roles are offered. */
  roles?: readonly string[]
}

const byName = new Intl.Collator('zh-CN')

/** Picks people by name or pinyin initials (输入 "zxm" 找到 张晓明). */
export function PersonSelect({ roles, ...rest }: Props) {
  const persons = useLive(() => allPersons(db), [])
  const value = rest.value
  const selectedKey = (Array.isArray(value) ? value : value ? [value] : []).join('\u0001')
  const rolesKey = roles?.join('\u0001') ?? null
  // The form re-renders on every keystroke; the options change only with the people or the choice.
  const options = useMemo(() => {
    const selected = new Set(selectedKey ? selectedKey.split('\u0001') : [])
    const allowed = rolesKey === null ? null : rolesKey.split('\u0001')
    return (persons ?? [])
      // Keep people already chosen even if they were deleted or changed role since.
      .filter((p: Person) => selected.has(p.id) || (p.deletedAt === null && (!allowed || allowed.includes(p.role))))
      .sort((a, b) => byName.compare(a.name, b.name))
      .map((p) => ({ value: p.id, label: p.name, desc: `${p.role}${p.org ? ` · ${p.org}` : ''}` }))
  }, [persons, selectedKey, rolesKey])
  return (
    <TabFriendlySelect<string | string[]>
      showSearch={{
        filterOption: (input, option) => matchesName(String(option?.label ?? ''), input),
      }}
      optionRender={(o) => (
        <span>
          {o.label} <span className="muted" style={{ fontSize: 12 }}>{(o.data as { desc: string }).desc}</span>
        </span>
      )}
      options={options}
      {...rest}
    />
  )
}
