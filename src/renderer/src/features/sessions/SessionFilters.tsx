import { memo, type CSSProperties } from 'react'
import { DatePicker, Input, Select, Switch } from 'antd'
import { RECORD_STATUSES, SESSION_FUNCTIONS, SESSION_MODES } from '@shared/model'
import type { SessionFilter, SessionSort } from '@shared/domain/session-filter'
import { PersonSelect } from '../../components/PersonSelect'
import { ProjectSelect } from '../../components/ProjectSelect'
import { toOptions } from '../../components/options'
import { fromDateString, toDateOrNull } from '../../components/dates'

const SORTS: { value: string; label: string; sort: SessionSort }[] = [
  { value: 'date-desc', label: '日期：新→旧', sort: { key: 'date', order: 'desc' } },
  { value: 'date-asc', label: '日期：旧→新', sort: { key: 'date', order: 'asc' } },
  { value: 'code-desc', label: '编号：大→小', sort: { key: 'code', order: 'desc' } },
  { value: 'code-asc', label: '编号：小→大', sort: { key: 'code', order: 'asc' } },
]
const SORT_OPTIONS = SORTS.map((s) => ({ value: s.value, label: s.label }))
const MODE_OPTIONS = toOptions(SESSION_MODES)
const FUNCTION_OPTIONS = toOptions(SESSION_FUNCTIONS)
const STATUS_OPTIONS = toOptions(RECORD_STATUSES)
const w = (width: number): CSSProperties => ({ width })
const W = { search: w(380), sort: w(140), range: w(240), mode: w(110), fn: w(90), person: w(120), project: w(150), topic: w(120), status: w(96) }

type Patch = (patch: Partial<SessionFilter>) => void

interface Props {
  filter: SessionFilter
  /** Must be stable (the controls are memoised: each re-renders only when its own value changes). */
  onChange: Patch
  sort: SessionSort
  onSort: (sort: SessionSort) => void
  topics: readonly string[]
}

/** Search box, the eight filters and the sort order of the 督导记录 list. */
export function SessionFilters({ filter, onChange, sort, onSort, topics }: Props) {
  return (
    <>
      <div className="toolbar" role="search" aria-label="搜索督导记录">
        <SearchBox value={filter.query ?? ''} onChange={onChange} />
        <SensitiveSwitch value={filter.includeSensitive === true} onChange={onChange} />
        <span className="spacer" />
        <SortSelect value={`${sort.key}-${sort.order}`} onSort={onSort} />
      </div>
      <div className="toolbar" aria-label="筛选条件">
        <DateRange from={filter.from ?? null} to={filter.to ?? null} onChange={onChange} />
        <ChoiceFilter label="督导方式" placeholder="方式" field="mode" options={MODE_OPTIONS} style={W.mode} value={filter.mode ?? null} onChange={onChange} />
        <ChoiceFilter label="督导功能" placeholder="功能" field="function" options={FUNCTION_OPTIONS} style={W.fn} value={filter.function ?? null} onChange={onChange} />
        <PersonFilter label="督导者" field="supervisorId" value={filter.supervisorId ?? null} onChange={onChange} />
        <PersonFilter label="被督导者" field="superviseeId" value={filter.superviseeId ?? null} onChange={onChange} />
        <ProjectFilter value={filter.projectId ?? null} onChange={onChange} />
        <TopicFilter topics={topics} value={filter.topic ?? null} onChange={onChange} />
        <ChoiceFilter label="状态" placeholder="状态" field="status" options={STATUS_OPTIONS} style={W.status} value={filter.status ?? null} onChange={onChange} />
      </div>
    </>
  )
}

const SearchBox = memo(function SearchBox({ value, onChange }: { value: string; onChange: Patch }) {
  return (
    <Input.Search
      aria-label="全文搜索"
      placeholder="搜索问题、过程、意见、反思、地点等内容，或编号"
      allowClear
      style={W.search}
      value={value}
      onChange={(e) => onChange({ query: e.target.value })}
    />
  )
})

const SensitiveSwitch = memo(function SensitiveSwitch({ value, onChange }: { value: boolean; onChange: Patch }) {
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Switch size="small" checked={value} onChange={(v) => onChange({ includeSensitive: v })} aria-label="包含敏感记录" />
      <span>包含敏感记录</span>
    </label>
  )
})

const SortSelect = memo(function SortSelect({ value, onSort }: { value: string; onSort: (s: SessionSort) => void }) {
  return <Select aria-label="排序" style={W.sort} value={value} options={SORT_OPTIONS} onChange={(v) => onSort(SORTS.find((s) => s.value === v)!.sort)} />
})

const DateRange = memo(function DateRange({ from, to, onChange }: { from: string | null; to: string | null; onChange: Patch }) {
  return (
    <DatePicker.RangePicker
      aria-label="日期范围"
      placeholder={['开始日期', '结束日期']}
      style={W.range}
      allowEmpty={[true, true]}
      value={[fromDateString(from), fromDateString(to)]}
      onChange={(v) => onChange({ from: toDateOrNull(v?.[0]), to: toDateOrNull(v?.[1]) })}
    />
  )
})

type ChoiceField = 'mode' | 'function' | 'status'
const ChoiceFilter = memo(function ChoiceFilter(props: {
  label: string
  placeholder: string
  field: ChoiceField
  options: { value: string; label: string }[]
  style: CSSProperties
  value: string | null
  onChange: Patch
}) {
  return (
    <Select
      aria-label={props.label}
      placeholder={props.placeholder}
      allowClear
      style={props.style}
      options={props.options}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange({ [props.field]: v ?? null })}
    />
  )
})

const PersonFilter = memo(function PersonFilter(props: { label: string; field: 'supervisorId' | 'superviseeId'; value: string | null; onChange: Patch }) {
  return (
    <PersonSelect
      aria-label={props.label}
      placeholder={props.label}
      allowClear
      style={W.person}
      popupMatchSelectWidth={220}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange({ [props.field]: (v as string | undefined) ?? null })}
    />
  )
})

const ProjectFilter = memo(function ProjectFilter({ value, onChange }: { value: string | null; onChange: Patch }) {
  return (
    <ProjectSelect
      aria-label="关联项目"
      placeholder="项目"
      allowClear
      style={W.project}
      popupMatchSelectWidth={300}
      value={value ?? undefined}
      onChange={(v) => onChange({ projectId: (v as string | undefined) ?? null })}
    />
  )
})

const TopicFilter = memo(function TopicFilter({ topics, value, onChange }: { topics: readonly string[]; value: string | null; onChange: Patch }) {
  return (
    <Select
      aria-label="议题"
      placeholder="议题"
      allowClear
      showSearch
      style={W.topic}
      options={toOptions(topics)}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange({ topic: v ?? null })}
    />
  )
})
