import { memo, useEffect, useRef, type ReactNode } from 'react'
import { CopyOutlined, DeleteOutlined, LockOutlined, WarningOutlined } from '@ant-design/icons'
import { Link } from 'react-router-dom'
import { useVirtualizer } from '@tanstack/react-virtual'
import { searchExcerpt, type SessionListRow, type SessionSort } from '@shared/domain/session-filter'
import { durationText, namesOf, weekdayOf } from './session-format'

interface Column {
  key: string
  title: string
  width: string
  className?: string
  sortKey?: SessionSort['key']
  render: (r: SessionListRow) => ReactNode
}

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

/**
 * The 督导记录 list: a virtualised ARIA table (only the rows in view are in the DOM), so 20,000
 * records scroll as smoothly as 20. A 敏感 record never shows any of its text here.
 */
export const SessionTable = memo(function SessionTable(props: SessionTableProps) {
  const { rows, persons, projects, terms, sort } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const withExcerpt = terms.length > 0
  const rowHeight = withExcerpt ? ROW_WITH_EXCERPT : ROW
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialOffset: props.initialScroll ?? 0,
    getItemKey: (i) => rows[i]!.id,
  })
  useEffect(() => {
    virtualizer.measure()
  }, [rowHeight, virtualizer])
  const scrollKey = props.scrollKey
  const lastKey = useRef(scrollKey)
  useEffect(() => {
    if (scrollKey === lastKey.current) return
    lastKey.current = scrollKey
    virtualizer.scrollToOffset(0)
  }, [scrollKey, virtualizer])
  const onScroll = props.onScroll
  useEffect(() => {
    const el = scrollRef.current
    if (!el || !onScroll) return
    const handler = () => onScroll(el.scrollTop)
    el.addEventListener('scroll', handler, { passive: true })
    return () => el.removeEventListener('scroll', handler)
  }, [onScroll])

  const columns: Column[] = [
    {
      key: 'code',
      title: '编号',
      width: '158px',
      className: 'code',
      sortKey: 'code',
      render: (r) => (
        <>
          <Link to={`/sessions/${r.id}`}>{r.code}</Link>
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
        </>
      ),
    },
    {
      key: 'date',
      title: '日期',
      width: '124px',
      sortKey: 'date',
      render: (r) => (
        <span title={`${r.startTime}–${r.endTime}`}>
          {r.date}
          <span className="weekday">{weekdayOf(r.date)}</span>
        </span>
      ),
    },
    { key: 'duration', title: '时长', width: '88px', className: 'num', render: (r) => durationText(r.durationMinutes) },
    { key: 'mode', title: '方式', width: '82px', render: (r) => r.mode },
    { key: 'supervisors', title: '督导者', width: 'minmax(72px, 0.8fr)', render: (r) => names(r.supervisorIds, persons) },
    { key: 'supervisees', title: '被督导者', width: 'minmax(96px, 1.3fr)', render: (r) => names(r.superviseeIds, persons) },
    { key: 'projects', title: '关联项目', width: 'minmax(96px, 1.3fr)', render: (r) => (r.projectIds.length ? names(r.projectIds, projects) : <span className="muted">—</span>) },
    { key: 'topics', title: '议题', width: 'minmax(96px, 1.2fr)', render: (r) => (r.topics.length ? <span title={r.topics.join('、')}>{r.topics.join('、')}</span> : <span className="muted">—</span>) },
    {
      key: 'status',
      title: '状态',
      width: '72px',
      render: (r) => <span className={`vt-tag ${r.status === '已定稿' ? 'final' : 'draft'}`}>{r.status}</span>,
    },
    {
      key: 'actions',
      title: '操作',
      width: '136px',
      className: 'actions',
      // Plain elements, not antd components: a row must cost next to nothing to render.
      render: (r) => (
        <>
          <Link to={`/sessions/${r.id}`} aria-label={`打开 ${r.code}`} className="vt-link">打开</Link>
          <button type="button" className="vt-link" title="以此为模板新建" aria-label={`以此为模板新建 ${r.code}`} onClick={() => props.onTemplate(r)}>
            <CopyOutlined /> 模板
          </button>
          <button type="button" className="vt-link danger" title="删除（移入回收站）" aria-label={`删除 ${r.code}`} onClick={() => props.onDelete(r)}>
            <DeleteOutlined />
          </button>
        </>
      ),
    },
  ]
  const template = columns.map((c) => c.width).join(' ')
  const items = virtualizer.getVirtualItems()

  return (
    <div className="vt" role="table" aria-label="督导记录列表" aria-rowcount={rows.length + 1}>
      <div className="vt-head" role="rowgroup">
        <div className="vt-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={`vt-cell ${c.className ?? ''}`}
              aria-sort={c.sortKey && c.sortKey === sort.key ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.title}
              {c.sortKey === sort.key ? <span className="muted" style={{ marginLeft: 4, fontWeight: 400 }}>{sort.order === 'asc' ? '↑' : '↓'}</span> : null}
            </div>
          ))}
        </div>
      </div>
      <div className="vt-body" role="rowgroup" ref={scrollRef}>
        {rows.length === 0 ? (
          <div className="vt-empty">{props.empty}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const r = rows[v.index]!
              const excerpt = withExcerpt ? searchExcerpt(r, terms) : null
              return (
                <div
                  key={v.key}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className="vt-row"
                  data-session-id={r.id}
                  style={{
                    gridTemplateColumns: template,
                    gridTemplateRows: withExcerpt ? '40px 20px' : `${ROW - 1}px`,
                    height: rowHeight,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={`vt-cell ${c.className ?? ''}`}>
                      {c.render(r)}
                    </div>
                  ))}
                  {withExcerpt ? (
                    <div className="vt-excerpt" role="cell" aria-colspan={columns.length}>
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
            })}
          </div>
        )}
      </div>
    </div>
  )
})

function names(ids: readonly string[], map: ReadonlyMap<string, string>) {
  const text = namesOf(ids, map)
  return <span title={text}>{text}</span>
}
