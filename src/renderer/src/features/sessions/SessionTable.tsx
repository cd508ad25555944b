import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react'
import { CopyOutlined, DeleteOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons'
import { useVirtualizer } from '@tanstack/react-virtual'
import { searchExcerpt, type SessionListRow, type SessionSort } from '@shared/domain/session-filter'
import { formatDate, formatDuration, formatWeekday } from '@shared/text/format'
import { namesOf } from './session-format'

export interface SessionTableProps {
  rows: readonly SessionListRow[]
  persons: ReadonlyMap<string, string>
  projects: ReadonlyMap<string, string>
  /** Search terms: when present, each row shows where the first one was found. */
  terms: readonly string[]
  sort: SessionSort
  initialScroll?: number
  onScroll?: (offset: number) => void
  /** When this changes (another filter or order) the list goes back to its top. */
  scrollKey?: string
  onTemplate: (r: SessionListRow) => void
  onDelete: (r: SessionListRow) => void
  empty: ReactNode
}

const ROW = 44
const ROW_WITH_EXCERPT = 64

const COLUMNS: { key: string; title: string; width: string; className?: string; sortKey?: SessionSort['key'] }[] = [
  { key: 'code', title: '编号', width: '158px', className: 'code', sortKey: 'code' },
  { key: 'date', title: '日期', width: '124px', sortKey: 'date' },
  { key: 'duration', title: '时长', width: '112px', className: 'num' },
  { key: 'mode', title: '方式', width: '82px' },
  { key: 'supervisors', title: '督导者', width: 'minmax(72px, 0.8fr)' },
  { key: 'supervisees', title: '被督导者', width: 'minmax(96px, 1.3fr)' },
  { key: 'projects', title: '关联项目', width: 'minmax(96px, 1.3fr)' },
  { key: 'topics', title: '议题', width: 'minmax(96px, 1.2fr)' },
  { key: 'status', title: '状态', width: '72px' },
  { key: 'actions', title: '操作', width: '136px', className: 'actions' },
]
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ')

/**
 * The 督导记录 list: a virtualised ARIA table (only the rows in view are in the DOM), so 20,000
 * records scroll as smoothly as 20. A 敏感 record never shows any of its text here.
 */
export const SessionTable = memo(function SessionTable(props: SessionTableProps) {
  const { rows, persons, projects, terms, sort, onTemplate, onDelete } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const scrolled = useRef(props.initialScroll ?? 0)
  const withExcerpt = terms.length > 0
  const rowHeight = withExcerpt ? ROW_WITH_EXCERPT : ROW
  // Stable while the rows and their height are: the virtualiser lays out every row again (100,000
  // keys) whenever it changes, and then with the height of now. A new height thus re-lays the rows
  // in the same render (a measure() after the commit drew the whole table a second time per search).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rowHeight: see above
  const getItemKey = useCallback((i: number) => rows[i]!.id, [rows, rowHeight])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    initialOffset: props.initialScroll ?? 0,
    getItemKey,
  })
  // Another filter or order: back to the top (only if not there already: no layout read).
  const scrollKey = props.scrollKey
  const lastKey = useRef(scrollKey)
  useEffect(() => {
    if (scrollKey === lastKey.current) return
    lastKey.current = scrollKey
    if (scrolled.current !== 0 && scrollRef.current) scrollRef.current.scrollTop = 0
  }, [scrollKey])
  const onScroll = props.onScroll
  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const handler = () => {
      scrolled.current = el.scrollTop
      onScroll?.(el.scrollTop)
    }
    el.addEventListener('scroll', handler, { passive: true })
    return () => el.removeEventListener('scroll', handler)
  }, [onScroll])

  return (
    <div className="vt" role="table" aria-label="督导记录列表" aria-rowcount={rows.length + 1}>
      <div className="vt-head" role="rowgroup">
        <div className="vt-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: TEMPLATE }}>
          {COLUMNS.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={`vt-cell ${c.className ?? ''}`}
              aria-sort={c.sortKey && c.sortKey === sort.key ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.title}
              {c.sortKey === sort.key ? <span className="sort-mark">{sort.order === 'asc' ? '↑' : '↓'}</span> : null}
            </div>
          ))}
        </div>
      </div>
      <div className="vt-body" role="rowgroup" ref={scrollRef}>
        {rows.length === 0 ? (
          <div className="vt-empty">{props.empty}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => (
              <SessionRow
                key={v.key}
                row={rows[v.index]!}
                index={v.index}
                start={v.start}
                height={rowHeight}
                persons={persons}
                projects={projects}
                terms={withExcerpt ? terms : null}
                onTemplate={onTemplate}
                onDelete={onDelete}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  )
})

interface RowProps {
  row: SessionListRow
  index: number
  start: number
  height: number
  persons: ReadonlyMap<string, string>
  projects: ReadonlyMap<string, string>
  terms: readonly string[] | null
  onTemplate: (r: SessionListRow) => void
  onDelete: (r: SessionListRow) => void
}

/**
 * One row, in plain elements (no antd components, no router links): rendering a screenful must
 * cost next to nothing. Links are plain hash anchors, which the HashRouter follows.
 */
const SessionRow = memo(function SessionRow({ row: r, index, start, height, persons, projects, terms, onTemplate, onDelete }: RowProps) {
  const excerpt = terms ? searchExcerpt(r, terms) : null
  const href = `#/sessions/${encodeURIComponent(r.id)}`
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="vt-row"
      data-session-id={r.id}
      style={{ gridTemplateColumns: TEMPLATE, gridTemplateRows: terms ? '40px 20px' : `${ROW - 1}px`, height, transform: `translateY(${start}px)` }}
    >
      <div role="cell" className="vt-cell code">
        <a href={href}>{r.code}</a>
        {r.sensitive === 1 ? (
          <span className="mark sensitive" title="敏感记录：列表中不显示其内容" role="img" aria-label="敏感">
            <LockOutlined />
          </span>
        ) : null}
        {r.riskLevel !== '无' ? (
          <span className={`mark risk-${r.riskLevel === '严重' ? 'high' : 'watch'}`} title={`风险/伦理提示：${r.riskLevel}`} role="img" aria-label={`风险${r.riskLevel}`}>
            <WarningOutlined />
          </span>
        ) : null}
      </div>
      <div role="cell" className="vt-cell" title={`${r.startTime}–${r.endTime}`}>
        {formatDate(r.date)}
        <span className="weekday">{formatWeekday(r.date)}</span>
      </div>
      <div role="cell" className="vt-cell num">{formatDuration(r.durationMinutes)}</div>
      <div role="cell" className="vt-cell">{r.mode}</div>
      <NamesCell ids={r.supervisorIds} names={persons} />
      <NamesCell ids={r.superviseeIds} names={persons} />
      <NamesCell ids={r.projectIds} names={projects} />
      <div role="cell" className="vt-cell" title={r.topics.join('、')}>
        {r.topics.length ? r.topics.join('、') : <span className="muted">—</span>}
      </div>
      <div role="cell" className="vt-cell">
        <span className={`vt-tag ${r.status === '已定稿' ? 'final' : 'draft'}`}>{r.status}</span>
      </div>
      <div role="cell" className="vt-cell actions">
        <a href={href} aria-label={`打开 ${r.code}`} className="vt-link">打开</a>
        <button type="button" className="vt-link" title="以此为模板新建" aria-label={`以此为模板新建 ${r.code}`} onClick={() => onTemplate(r)}>
          <CopyOutlined /> 模板
        </button>
        <button type="button" className="vt-link danger" title="删除（移入回收站）" aria-label={`删除 ${r.code}`} onClick={() => onDelete(r)}>
          <DeleteOutlined />
        </button>
      </div>
      {terms ? (
        <div className="vt-excerpt" role="cell" aria-colspan={COLUMNS.length}>
          {excerpt ? (
            <>
              <span className="field">{excerpt.field}：</span>
              {excerpt.before}
              <mark>{excerpt.match}</mark>
              {excerpt.after}
            </>
          ) : r.sensitive === 1 ? (
            <span className="muted">敏感记录，内容不在列表中显示</span>
          ) : (
            <span className="muted">编号匹配</span>
          )}
        </div>
      ) : null}
    </div>
  )
})

function NamesCell({ ids, names }: { ids: readonly string[]; names: ReadonlyMap<string, string> }) {
  if (ids.length === 0)
    return (
      <div role="cell" className="vt-cell">
        <span className="muted">—</span>
      </div>
    )
  const text = namesOf(ids, names)
  return (
    <div role="cell" className="vt-cell" title={text}>
      {text}
    </div>
  )
}
