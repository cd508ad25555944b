import type { SelectProps } from 'antd'
import { TabFriendlySelect } from './TabFriendlySelect'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Person } from '@shared/model'
import { matchesName } from '@shared/text/pinyin-match'
import { db } from '../db/connection'

type Props = Omit<SelectProps<string | string[]>, 'options' | 'filterOption'> & {
  /** Only people of these roles are offered. */
  roles?: readonly string[]
}

/** Picks people by name or pinyin initials (输入 "zxm" 找到 张晓明). */
export function PersonSelect({ roles, ...rest }: Props) {
  const persons = useLiveQuery(() => db.persons.toArray(), []) ?? []
  const value = rest.value
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : [])
  const options = persons
    // Keep people already chosen even if they were deleted or changed role since.
    .filter((p: Person) => selected.has(p.id) || (p.deletedAt === null && (!roles || roles.includes(p.role))))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((p) => ({ value: p.id, label: p.name, desc: `${p.role}${p.org ? ` · ${p.org}` : ''}` }))
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
