import { Button, Input, Select } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { toOptions } from './options'

/** One drop-down filter of a register's toolbar ("按角色筛选"). */
export interface RegistryFilter {
  /** The accessible name, e.g. 按角色筛选. */
  label: string
  placeholder: string
  width: number
  values: readonly string[]
  onChange: (value: string | null) => void
}

/**
 * The toolbar above a register (人员, 服务项目): a search by name or pinyin initials, drop-down
 * filters, how many rows are shown (announced to screen readers) and the 新增 button.
 */
export function RegistryToolbar({
  searchLabel,
  searchPlaceholder,
  onSearch,
  filters,
  countText,
  addText,
  onAdd,
}: {
  searchLabel: string
  searchPlaceholder: string
  onSearch: (query: string) => void
  filters: readonly RegistryFilter[]
  countText: string
  addText: string
  onAdd: () => void
}) {
  return (
    <div className="toolbar">
      <Input.Search aria-label={searchLabel} placeholder={searchPlaceholder} allowClear style={{ width: 240 }} onChange={(e) => onSearch(e.target.value)} />
      {filters.map((f) => (
        <Select key={f.label} aria-label={f.label} placeholder={f.placeholder} allowClear style={{ width: f.width }} options={toOptions(f.values)} onChange={(v?: string) => f.onChange(v ?? null)} />
      ))}
      <span className="spacer" />
      <span className="muted" aria-live="polite">
        {countText}
      </span>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addText}
      </Button>
    </div>
  )
}
