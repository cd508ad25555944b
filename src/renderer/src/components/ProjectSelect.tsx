import type { SelectProps } from 'antd'
import { TabFriendlySelect } from './TabFriendlySelect'
import { matchesName } from '@shared/text/pinyin-match'
import { db } from '../db/connection'
import { allProjects } from '../db/projects'
import { useLive } from '../db/use-live'

type Props = Omit<SelectProps<string | string[]>, 'options' | 'filterOption'>

/** Picks service projects by name or pinyin initials. */
export function ProjectSelect(props: Props) {
  const projects = useLive(() => allProjects(db), []) ?? []
  const value = props.value
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : [])
  const options = projects
    .filter((p) => selected.has(p.id) || p.deletedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((p) => ({ value: p.id, label: p.name, desc: p.community }))
  return (
    <TabFriendlySelect<string | string[]>
      showSearch={{ filterOption: (input, option) => matchesName(String(option?.label ?? ''), input) }}
      optionRender={(o) => (
        <span>
          {o.label} <span className="muted" style={{ fontSize: 12 }}>{(o.data as { desc: string }).desc}</span>
        </span>
      )}
      options={options}
      {...props}
    />
  )
}
