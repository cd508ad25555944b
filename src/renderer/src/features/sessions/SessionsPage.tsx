import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, App, Button, Spin } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router-dom'
import { DEFAULT_TOPICS } from '@shared/model'
import {
  DEFAULT_SORT,
  hasActiveFilter,
  searchTerms,
  sessionTotals,
  sortSessions,
  totalsText,
  type SessionFilter,
  type SessionListRow,
  type SessionSort,
} from '@shared/domain/session-filter'
import type { GramStore } from '@shared/domain/session-grams'
import { filterView, listView, warmUpSteps, type SessionListView } from '@shared/domain/session-list-view'
import { db } from '../../db/connection'
import { softDelete } from '../../db/records'
import { getPreferences } from '../../db/settings'
import { describeError } from '../../app/errors'
import { useLive } from '../../db/use-live'
import { rememberedListState, rememberListState } from './list-state'
import { SessionFilters } from './SessionFilters'
import { SessionTable } from './SessionTable'
import { useNameMaps, useSessionIndex } from './use-session-index'
import { useFillHeight } from './use-fill-height'
import { whenIdle } from '../../components/when-idle'
import './sessions.css'

/**
 * The last sorted view (rows in order, with their postings and bigram columns), kept across visits:
 * coming back to the list does not sort 100,000 rows again, and a pick or a search reads only
 * the rows that can match (session-list-view.ts).
 */
let viewCache: { rows: readonly SessionListRow[]; grams: GramStore; key: string; view: SessionListView } | null = null
function sortedView(rows: readonly SessionListRow[], sort: SessionSort, grams: GramStore): SessionListView {
  const key = `${sort.key}-${sort.order}`
  if (viewCache?.rows !== rows || viewCache.grams !== grams || viewCache.key !== key) viewCache = { rows, grams, key, view: listView(sortSessions(rows, sort), grams) }
  return viewCache.view
}

/**
 * 督导记录: the one screen without a route loader (docs/architecture.md, "Reading"). Its rows are
 * the session index (use-session-index.ts), the names and topics beside them small live reads: the
 * list opens at once, with the newest rows, and never waits for a read before it is drawn.
 */
export function SessionsPage() {
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const index = useSessionIndex()
  const names = useNameMaps()
  const prefs = useLive(() => getPreferences(db), [])
  const [initial] = useState(rememberedListState)
  const pageRef = useRef<HTMLElement>(null)
  const height = useFillHeight(pageRef)
  const [filter, setFilter] = useState<SessionFilter>(initial.filter)
  const [sort, setSort] = useState<SessionSort>(initial.sort)
  // A search reads the texts the index's bigram bits do not rule out (all of them for a one-character
  // term): while it is quick the list follows each keystroke at once; once a search has taken longer
  // (over 40 ms), the list catches up with the search
  // box in the background so typing stays responsive. A picked filter always applies at once.
  const deferredQuery = useDeferredValue(filter.query ?? '')
  const searchIsSlow = useRef(false)
  const query = searchIsSlow.current ? deferredQuery : (filter.query ?? '')
  // Keyed on its content: while the list catches up with the search box, a keystroke's first
  // render keeps the applied filter, and with it the rows, instead of filtering everything again.
  const appliedKey = JSON.stringify({ ...filter, query })
  const applied = useMemo(() => JSON.parse(appliedKey) as SessionFilter, [appliedKey])

  useEffect(() => rememberListState({ filter, sort }), [filter, sort])
  // The rows first, the dozen filter controls a frame later: the list is what the user came for.
  const [controls, setControls] = useState(false)
  const rowsKnown = index.phase !== 'loading'
  useEffect(() => {
    if (controls || !rowsKnown) return
    let timer = 0
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setControls(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [controls, rowsKnown])
  const onScroll = useCallback((scroll: number) => rememberListState({ scroll }), [])

  const view = useMemo(() => sortedView(index.rows, sort, index.grams), [index.rows, sort, index.grams])
  const rows = useMemo(() => {
    const t0 = performance.now()
    const out = filterView(view, applied)
    if (applied.query) searchIsSlow.current = performance.now() - t0 > 40
    return out
  }, [view, applied])
  // The bigram columns a search reads and the postings a pick of a person, project or topic reads,
  // built one per idle moment once every record is in (each is a pass over all rows), so the
  // search or the pick itself reads only what it needs.
  const ready = index.phase === 'ready'
  useEffect(() => {
    if (!ready) return
    const steps = warmUpSteps(view)
    let next = 0
    let idle = whenIdle(function build() {
      steps[next++]!()
      if (next < steps.length) idle = whenIdle(build)
    })
    return () => idle.cancel()
  }, [view, ready])
  const totals = useMemo(() => sessionTotals(rows), [rows])
  const terms = useMemo(() => searchTerms(applied.query), [applied.query])
  const topics = useMemo(() => {
    const all = new Set<string>([...DEFAULT_TOPICS, ...(prefs?.customTopics ?? [])])
    for (const r of index.rows) for (const t of r.topics) all.add(t)
    return [...all]
  }, [index.rows, prefs])

  // Before every record is in, only the newest ones are known: show them only where they are
  // exactly the top of the final list (default order, nothing filtered).
  const partialUsable = index.phase === 'partial' && !hasActiveFilter(applied) && sort.key === DEFAULT_SORT.key && sort.order === DEFAULT_SORT.order
  // Rows wait for the names of people and projects (a small read), so no row shows an id.
  const shown = names.loaded && (ready || partialUsable) ? rows : []

  const patch = useCallback((p: Partial<SessionFilter>) => setFilter((f) => ({ ...f, ...p })), [])
  const reset = useCallback(() => setFilter((f) => ({ includeSensitive: f.includeSensitive })), [])
  const onTemplate = useCallback((r: SessionListRow) => navigate(`/sessions/new?from=${encodeURIComponent(r.id)}`), [navigate])

  const remove = useCallback((r: SessionListRow) => {
    modal.confirm({
      title: `将 ${r.code} 移入回收站？`,
      content: '该记录的跟进事项会一并移入回收站，可随时在回收站恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await softDelete(db, 'sessions', r.id)
          message.success(`${r.code} 已移入回收站`)
        } catch (e) {
          message.error(describeError(e, 'save'))
        }
      },
    })
  }, [modal, message])

  const nothingYet = ready && index.rows.length === 0
  const empty = useMemo(() => (!ready || !names.loaded ? (
    <Spin tip="正在载入督导记录…"><div style={{ height: 60 }} /></Spin>
  ) : nothingYet ? (
    <div>
      <p className="muted">还没有督导记录。</p>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sessions/new')}>新建督导记录</Button>
    </div>
  ) : (
    <div>
      <p className="muted">没有符合条件的督导记录。</p>
      <Button onClick={reset}>清除筛选</Button>
    </div>
  )), [ready, names.loaded, nothingYet, navigate, reset])

  return (
    <section className="sessions-page" aria-labelledby="sessions-title" ref={pageRef} style={{ height }}>
      <div className="toolbar" style={{ marginBottom: 12 }}>
        <h1 className="page-title" id="sessions-title" style={{ margin: 0 }}>督导记录</h1>
        <span className="spacer" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sessions/new')}>
          新建督导记录
        </Button>
      </div>
      {controls ? (
        <SessionFilters filter={filter} onChange={patch} sort={sort} onSort={setSort} topics={topics} />
      ) : (
        <div className="filters-placeholder" aria-hidden="true" />
      )}
      {index.error ? <Alert type="error" showIcon message="读取督导记录失败，请重新打开软件后再试。" description={String((index.error as Error)?.message ?? index.error)} style={{ marginBottom: 8 }} /> : null}
      <div className="session-summary">
        <span className="count" aria-live="polite" data-testid="session-count">
          {ready ? totalsText(totals) : '正在载入全部记录…'}
        </span>
        {ready && hasActiveFilter(applied) ? <span className="muted">（全部 {index.rows.length} 条）</span> : null}
        {ready && terms.length > 0 && !applied.includeSensitive ? <span className="muted">未搜索敏感记录的内容</span> : null}
        {hasActiveFilter(filter) ? (
          <Button type="link" size="small" onClick={reset}>
            清除筛选
          </Button>
        ) : null}
      </div>
      <SessionTable
        rows={shown}
        persons={names.persons}
        projects={names.projects}
        terms={terms}
        sort={sort}
        initialScroll={initial.scroll}
        onScroll={onScroll}
        scrollKey={`${appliedKey}|${sort.key}-${sort.order}`}
        onTemplate={onTemplate}
        onDelete={remove}
        empty={empty}
      />
    </section>
  )
}
