import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, Button, Card, Empty, Select, Space } from 'antd'
import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import {
  buildDashboard,
  chartThresholds,
  latestAssessedPeriod,
  projectDimensions,
  rankingForChart,
  type DashboardData,
  type DashboardRow,
} from '@shared/domain/dashboard'
import { defaultAssessmentPeriod } from '@shared/domain/supervision-index/assessment-rules'
import { dropReasonsText } from '@shared/domain/supervision-index/drop-reasons'
import { COLOURS, GRADE_OF } from '@shared/domain/supervision-index/grading'
import {
  nextPeriod,
  parsePeriod,
  periodLabel,
  periodOf,
  periodRange,
  periodsEndingWith,
  previousPeriod,
  type PeriodKind,
} from '@shared/domain/period'
import type { Assessment, IndexFramework, Project, Thresholds } from '@shared/model'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { getPreferences } from '../../db/settings'
import { assessmentPeriods, assessmentsOfPeriods, assessmentsOfProject } from '../../db/assessments'
import { allFrameworks } from '../../db/frameworks'
import { allProjects } from '../../db/projects'
import { screen } from '../../app/screen-data'
import { useLive } from '../../db/use-live'
import { ColourSwatch, ColourTag } from '../../charts/ColourTag'
import { COLOUR_STYLES, NEUTRAL_STYLE } from '../../charts/index-colours'
import { RadarSvg } from '../../charts/RadarSvg'
import { RankingBars } from '../../charts/RankingBars'
import { TrendSvg } from '../../charts/TrendSvg'
import { ExportReportButton } from '../reports/ExportReportButton'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'
import './dashboard.css'

interface Base {
  projects: Project[]
  frameworks: IndexFramework[]
}

/** Periods with live assessments / with final ones (from the period index). */
type AssessedPeriods = { all: string[]; final: string[] }

/** What the screen shows for one period, read and shaped before the first paint. */
interface Loaded {
  base: Base
  /** The periods with assessments (the period menu's marks), read once per load when first asked for. */
  assessedRead: () => Promise<AssessedPeriods>
  period: string
  /** Live assessments of the period and the one before. */
  periodAssessments: Assessment[]
  data: DashboardData
  /** The studio's current framework (its grade lines where an assessment's own framework has none). */
  currentFrameworkId: string | null
  /** The assessments (every period) of the project shown first, for its trend line. */
  firstTrend: { projectId: string; assessments: Assessment[] } | null
}

/**
 * Everything the first paint needs, in as few waits as the reads allow: the projects and
 * frameworks; this period's and the previous one's assessments (cards, counts, changes, ranking,
 * radar), started at once when the period is in the address; then the assessments of the project
 * shown first (its trend), so the detail panel does not wait for a second render. The list of
 * assessed periods (two round trips, the slowest read) is waited for only when it decides the
 * period; otherwise it only labels the period menu and arrives after the first paint.
 */
async function loadDashboard(period: string | null, today: string, assessed: () => Promise<AssessedPeriods>): Promise<Loaded> {
  const periodsOf = (p: string) => assessmentsOfPeriods(db, [p, previousPeriod(p)])
  const early = period ? periodsOf(period) : null
  // The preferences are read here too: arriving after the data, they redrew the ranking and the
  // trend with the current framework's grade lines in a second frame (about 40 ms).
  const [projects, frameworks, prefs] = await Promise.all([allProjects(db), allFrameworks(db), getPreferences(db)])
  const base: Base = { projects, frameworks }
  const p = period ?? latestAssessedPeriod((await assessed()).final.map((x) => ({ period: x, status: '已定稿' as const, deletedAt: null })), defaultAssessmentPeriod(today))
  const periodAssessments = await (early ?? periodsOf(p))
  // The radar's dimension scores are computed for the project shown, not for all 200 (see Detail).
  const data = buildDashboard({ projects, assessments: periodAssessments, frameworks, period: p, trendLength: 1, withDimensions: false })
  const first = data.rows[0]
  const firstTrend = first ? { projectId: first.projectId, assessments: await assessmentsOfProject(db, first.projectId) } : null
  return { base, assessedRead: assessed, period: p, periodAssessments, data, currentFrameworkId: prefs.currentFrameworkId, firstTrend }
}

/**
 * The route's data: the router reads it when the screen is opened, when the period in the address
 * changes and when projects, assessments, frameworks or the preferences change. Until it has read,
 * the screen before stays shown (with the shell's progress bar when it takes long): the dashboard
 * is drawn once, with data, not first as a spinner that then makes way for 200 cards.
 */
export const dashboardScreen = screen(
  ['projects', 'assessments', 'frameworks', 'settings'],
  ({ request }) => {
    const q = new URL(request.url).searchParams.get('period')
    return loadDashboard(q && parsePeriod(q) ? q : null, todayString(), onDemand(() => assessmentPeriods(db)))
  },
  { readsSearch: true },
)

/** A read that starts the first time it is asked for; later askers share it. */
function onDemand<T>(read: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | null = null
  return () => (started ??= read())
}

/**
 * The width of the detail panel's charts when the panel is the 400 px side column (dashboard.css:
 * .db-layout, wider windows than 1200 px): 400 less the card's padding and border. The charts draw
 * at this width without measuring first; in a narrower window they measure and redraw.
 */
function expectedChartWidth(): number | undefined {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1201px)').matches ? 374 : undefined
}

function ChangeText({ row }: { row: DashboardRow }) {
  const d = row.change.direction
  const cls = d === 'up' ? 'db-change db-up' : d === 'down' ? 'db-change db-down' : 'db-change muted'
  return (
    <span className={cls} title={`较${periodLabel(row.change.previousPeriod)}`}>
      {`较上期 ${row.change.text}`}
    </span>
  )
}

/**
 * One project's card. Its parts are direct children of the article, placed by the card's grid
 * (dashboard.css), not wrapped in rows: three elements fewer on each of 200 cards.
 */
function ProjectCard({ row, selected, onSelect, period }: { row: DashboardRow; selected: boolean; onSelect: () => void; period: string }) {
  // Focusable, Enter or Space shows it in the side panel as a click does: keyboard users can
  // choose a project too (aria-current marks the one shown).
  return (
    <article
      role="listitem"
      tabIndex={0}
      className={`db-card${selected ? ' db-card-selected' : ''}`}
      aria-label={`${row.name} ${row.colourLabel}`}
      aria-current={selected ? 'true' : undefined}
      data-colour={row.colour ?? ''}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return
        e.preventDefault()
        onSelect()
      }}
    >
      <span className="db-rank">{row.rank !== null ? `第 ${row.rank} 名` : ''}</span>
      <ColourTag colour={row.colour} grade={row.grade} empty={row.state === '草稿' ? '草稿（未定稿）' : '未评估'} />
      <h3 className="db-card-name" title={row.name}>
        {row.name}
      </h3>
      <div className="muted db-card-community">{row.community}</div>
      {/* 分 is the span's ::after (dashboard.css): one element fewer on each of 200 cards. */}
      <span className={row.totalTenths !== null ? 'db-total db-total-points' : 'db-total'} aria-label="总分">
        {row.totalText}
      </span>
      {row.totalTenths !== null ? <ChangeText row={row} /> : null}
      {row.dropReasons.length > 0 ? (
        <span className="db-drop" title={dropReasonsText(row.dropReasons)}>
          {row.dropReasons.some((r) => r.kind === 'veto') ? '一票否决' : row.dropReasons.some((r) => r.kind === 'overdueDrop') ? '逾期降级' : '跟进逾期'}
        </span>
      ) : null}
      {/* Plain links: 200 router <Link>s cost more than the cards around them. */}
      {row.assessmentId ? (
        <a className="db-card-link" href={`#/assessments/${row.assessmentId}`} onClick={(e) => e.stopPropagation()}>
          {row.state === '草稿' ? '继续评估' : '打开评估'}
        </a>
      ) : (
        <a className="db-card-link" href={`#/assessments/new?project=${row.projectId}&period=${period}`} onClick={(e) => e.stopPropagation()}>
          去评估
        </a>
      )}
    </article>
  )
}

/** Memoised: the live queries' first answers redraw the page around it, not its charts. */
const Detail = memo(function Detail({
  row,
  data,
  periodAssessments,
  thresholds,
  base,
  preloaded,
}: {
  row: DashboardRow
  data: DashboardData
  /** Live assessments of this period and the one before (the radar's two lines). */
  periodAssessments: Assessment[]
  /** The current framework's: the trend's lines when the project's assessments have none of their own. */
  thresholds: Thresholds | undefined
  base: Base
  /** This project's assessments when they were read with the page (the project shown first). */
  preloaded: Assessment[] | null
}) {
  // The trend needs this project's assessments of every period: read here, for this project only,
  // and kept live (a handful of records).
  const project = base.projects.find((p) => p.id === row.projectId)
  const fetched = useLive(preloaded ? null : () => assessmentsOfProject(db, row.projectId), [row.projectId, preloaded])
  const projectAssessments = preloaded ?? fetched
  const trend = useMemo(
    () =>
      project && projectAssessments
        ? (buildDashboard({ projects: [project], assessments: projectAssessments, frameworks: base.frameworks, period: data.period, trendLength: 8 }).rows[0]?.trend ?? [])
        : null,
    [project, projectAssessments, base.frameworks, data.period],
  )
  const chartWidth = useMemo(expectedChartWidth, [])
  // This period's dimension scores and the previous period's (dashed), for this project only.
  const [dimensions, previousDims] = useMemo(() => {
    const input = { assessments: periodAssessments, frameworks: base.frameworks }
    return [projectDimensions(input, row.projectId, data.period), projectDimensions(input, row.projectId, data.previousPeriod)]
  }, [periodAssessments, base.frameworks, row.projectId, data.period, data.previousPeriod])
  const trendThresholds = useMemo(() => {
    if (!trend || !projectAssessments) return thresholds
    const periods = new Set(trend.map((t) => t.period))
    return chartThresholds(base.frameworks, projectAssessments.filter((a) => periods.has(a.period)), thresholds)
  }, [trend, projectAssessments, base.frameworks, thresholds])
  return (
    <Card size="small" className="db-detail" title={<span title={row.name}>{row.name}</span>} aria-label={`${row.name} 详情`}>
      <div className="db-detail-head">
        <ColourTag colour={row.colour} grade={row.grade} large empty={row.state === '草稿' ? '草稿（未定稿）' : '未评估'} />
        <span className="db-detail-total">
          {row.totalText}
          {row.totalTenths !== null ? <small> 分</small> : null}
        </span>
        {row.totalTenths !== null ? <ChangeText row={row} /> : null}
      </div>
      {row.dropReasons.length > 0 ? (
        <Alert type="warning" showIcon style={{ margin: '8px 0', padding: '4px 10px' }} message={dropReasonsText(row.dropReasons)} />
      ) : null}
      {dimensions && dimensions.length > 0 ? (
        <>
          <h4 className="db-h4">五个维度得分率（{data.periodLabel}）</h4>
          <RadarSvg
            dimensions={dimensions}
            previous={previousDims}
            seriesLabel={data.periodLabel}
            previousLabel={data.previousLabel}
            height={290}
            expectedWidth={chartWidth}
          />
          <table className="db-dim-table" aria-label="维度得分">
            <tbody>
              {dimensions.map((d) => (
                <tr key={d.code}>
                  <td>
                    {d.code} {d.name}
                  </td>
                  <td>{d.scoreText}</td>
                  <td>{d.percentText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={row.state === '草稿' ? '评估尚未定稿' : '本期尚未评估'} />
      )}
      <h4 className="db-h4">总分趋势</h4>
      {trend === null ? (
        <div style={{ height: 220 }} />
      ) : trend.some((t) => t.total !== null) ? (
        <TrendSvg points={trend} thresholds={trendThresholds} height={220} expectedWidth={chartWidth} />
      ) : (
        <p className="muted">暂无定稿的评估</p>
      )}
      <div style={{ marginTop: 8 }}>
        {row.assessmentId ? (
          <Link to={`/assessments/${row.assessmentId}`}>
            <Button type="primary" block>
              {row.state === '草稿' ? '继续评估' : '打开本期评估'}
            </Button>
          </Link>
        ) : (
          <Link to={`/assessments/new?project=${row.projectId}&period=${data.period}`}>
            <Button block>为本期评估</Button>
          </Link>
        )}
      </div>
    </Card>
  )
})

/** The project cards, in rank order; memoised so choosing a project redraws only two cards' outline. */
const ProjectCards = memo(function ProjectCards({ rows, period, selectedId, onSelect }: { rows: readonly DashboardRow[]; period: string; selectedId: string | undefined; onSelect: (id: string) => void }) {
  return (
    <div className="db-cards" role="list" aria-label="项目">
      {rows.map((row) => (
        <ProjectCard key={row.projectId} row={row} period={period} selected={row.projectId === selectedId} onSelect={() => onSelect(row.projectId)} />
      ))}
    </div>
  )
})

const RankingCard = memo(function RankingCard({ data, thresholds, onSelect }: { data: DashboardData; thresholds: Thresholds | undefined; onSelect: (id: string) => void }) {
  const chart = useMemo(() => rankingForChart(data.ranking), [data.ranking])
  return (
    <Card size="small" className="db-ranking" title={`指数排名（${data.periodLabel}，已定稿 ${data.ranking.length} 个）`} style={{ marginTop: 16 }}>
      {chart.omitted > 0 ? (
        <p className="muted" style={{ margin: '0 0 4px' }}>
          项目较多，图中显示前 {chart.shown / 2} 名和后 {chart.shown / 2} 名；全部名次见上方项目卡片（按名次排列）。
        </p>
      ) : null}
      {data.ranking.length > 0 ? (
        <RankingBars bars={chart.bars} thresholds={thresholds} onSelect={onSelect} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期尚无定稿的评估" />
      )}
    </Card>
  )
})

/** Runs `run` when the browser is next idle (at the latest after a second). */
function whenIdle(run: () => void): { cancel: () => void } {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 1000 })
    return { cancel: () => window.cancelIdleCallback(id) }
  }
  const id = window.setTimeout(run, 0)
  return { cancel: () => window.clearTimeout(id) }
}

/**
 * The period menu. It waits for the assessed periods on its own, so their arrival (after the
 * first paint) redraws the menu and not the 200 cards; until then it lists the recent periods
 * without the （无评估） mark.
 */
function PeriodSelect({ period, kind, today, assessedRead, onChange }: { period: string; kind: PeriodKind; today: string; assessedRead: () => Promise<AssessedPeriods>; onChange: (p: string) => void }) {
  const [assessed, setAssessed] = useState<AssessedPeriods>()
  const wanted = useRef<() => void>(() => undefined)
  // Asked for when the browser is first idle after the page has painted (or when the menu is
  // opened before that): the marks only label the menu, and the read's 30-odd replies would
  // otherwise hold up the frames after the first paint.
  useEffect(() => {
    let cancelled = false
    // assessedRead shares one read among its callers: asking twice costs nothing.
    const ask = () => {
      void assessedRead().then((v) => {
        if (!cancelled) setAssessed(v)
      })
    }
    wanted.current = ask
    const idle = whenIdle(ask)
    return () => {
      cancelled = true
      idle.cancel()
    }
  }, [assessedRead])
  const options = useMemo(() => {
    const withData = assessed?.all.filter((p) => parsePeriod(p)?.kind === kind)
    const recent = periodsEndingWith(periodOf(today, kind), 8)
    const all = [...new Set([...(withData ?? []), ...recent, period])].sort((a, b) => (periodRange(a).start < periodRange(b).start ? 1 : -1))
    return all.map((p) => ({ value: p, label: `${periodLabel(p)}${!withData || withData.includes(p) ? '' : '（无评估）'}` }))
  }, [assessed, period, kind, today])
  // The menu as wide as its longest label: "2025年第4季度（无评估）" does not fit the box.
  return (
    <Select
      aria-label="评估周期"
      value={period}
      options={options}
      onChange={onChange}
      onOpenChange={(open) => open && wanted.current()}
      style={{ width: 190 }}
      popupMatchSelectWidth={false}
    />
  )
}

/** 指数看板: every project of a period in its colour, counts, ranking, per-project radar and trend. */
export function DashboardPage() {
  const [, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const today = todayString()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  // Read and shaped by the route's loader (see loadDashboard); the selected project's trend is
  // read by the detail panel unless it is the project shown first.
  const loaded = dashboardScreen.useData()
  const { base, period, periodAssessments, data, assessedRead, currentFrameworkId } = loaded
  const kind = parsePeriod(period)?.kind ?? 'Q'
  const selected = data.rows.find((r) => r.projectId === selectedId) ?? data.rows[0]

  const currentThresholds = useMemo(() => base.frameworks.find((f) => f.id === currentFrameworkId)?.thresholds, [base, currentFrameworkId])
  // The ranking's grade lines: those of the frameworks this period's assessments were graded with.
  const thresholds = useMemo(
    () => chartThresholds(base.frameworks, periodAssessments.filter((a) => a.period === period), currentThresholds),
    [base, period, periodAssessments, currentThresholds],
  )

  const setPeriod = (p: string) => {
    setSelectedId(null)
    setSearch({ period: p }, { replace: true })
  }
  const c = data.counts

  // data-dashboard-ready: the section is drawn only with its data (the e2e tests and the bench wait for it).
  return (
    <section aria-labelledby="dashboard-title" data-dashboard-ready="true">
      <div className="toolbar">
        <h1 className="page-title" id="dashboard-title" style={{ margin: 0 }}>
          指数看板
        </h1>
        <span className="spacer" />
        <Space wrap>
          <PeriodKindPicker
            aria-label="周期类型"
            value={kind}
            onChange={(nk) => {
              void assessedRead().then((known) =>
                setPeriod(
                  latestAssessedPeriod(
                    known.final.filter((p) => parsePeriod(p)?.kind === nk).map((p) => ({ period: p, status: '已定稿' as const, deletedAt: null })),
                    previousPeriod(periodOf(today, nk)),
                  ),
                ),
              )
            }}
          />
          <Button icon={<LeftOutlined />} aria-label="上一期" onClick={() => setPeriod(previousPeriod(period))} />
          <PeriodSelect period={period} kind={kind} today={today} assessedRead={assessedRead} onChange={setPeriod} />
          <Button icon={<RightOutlined />} aria-label="下一期" onClick={() => setPeriod(nextPeriod(period))} />
          <Button type="primary" onClick={() => navigate(`/assessments/new?period=${period}`)}>
            新建评估
          </Button>
          <ExportReportButton kind="studio" period={period} />
        </Space>
      </div>

      <div className="db-tiles" role="list" aria-label="四色分布">
        {COLOURS.map((colour) => (
          <div key={colour} role="listitem" className="db-tile" style={{ borderTopColor: COLOUR_STYLES[colour].fill }} aria-label={`${colour} ${GRADE_OF[colour]} ${c[colour]} 个`}>
            <div className="db-tile-name">
              <ColourSwatch colour={colour} /> {colour} {GRADE_OF[colour]}
            </div>
            <div className="db-tile-count">
              {c[colour]}
              <small> 个</small>
            </div>
          </div>
        ))}
        <div role="listitem" className="db-tile" style={{ borderTopColor: NEUTRAL_STYLE.fill }} aria-label={`未评估 ${c.未评估} 个`}>
          <div className="db-tile-name">
            <ColourSwatch colour={null} /> 未评估/未定稿
          </div>
          <div className="db-tile-count">
            {c.未评估}
            <small> 个</small>
          </div>
          {data.draftCount > 0 ? <div className="muted" style={{ fontSize: 12 }}>其中草稿 {data.draftCount} 份</div> : null}
        </div>
      </div>
      <p className="muted" style={{ margin: '0 0 12px' }}>
        {data.periodLabel}：{c.total} 个项目，已定稿评估 {data.assessedCount} 个。变化与{data.previousLabel}相比；颜色已含逾期降级与一票否决。
      </p>

      {data.rows.length === 0 ? (
        <Empty description={`${data.periodLabel}没有进行中的项目`} />
      ) : (
        <div className="db-layout">
          <ProjectCards rows={data.rows} period={period} selectedId={selected?.projectId} onSelect={setSelectedId} />
          <div className="db-side">{selected ? <Detail
                row={selected}
                data={data}
                periodAssessments={periodAssessments}
                thresholds={currentThresholds}
                base={base}
                preloaded={loaded.firstTrend?.projectId === selected.projectId ? loaded.firstTrend.assessments : null}
              /> : null}</div>
        </div>
      )}

      <RankingCard data={data} thresholds={thresholds} onSelect={setSelectedId} />
    </section>
  )
}
