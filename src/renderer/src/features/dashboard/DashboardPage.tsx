import { useMemo, useState } from 'react'
import { Button, Empty, Space } from 'antd'
import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { chartThresholds } from '@shared/domain/dashboard'
import { nextPeriod, parsePeriod, periodOf, previousPeriod } from '@shared/domain/period'
import { todayString } from '../../db/clock'
import { ExportReportButton } from '../reports/ExportReportButton'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'
import { ColourTiles } from './ColourTiles'
import { dashboardScreen, latestFinalPeriod } from './dashboard-screen'
import { PeriodSelect } from './PeriodSelect'
import { ProjectCards } from './ProjectCards'
import { ProjectDetail } from './ProjectDetail'
import { RankingCard } from './RankingCard'
import './dashboard.css'

/** 指数看板: every project of a period in its colour, counts, ranking, per-project radar and trend. */
export function DashboardPage() {
  const [, setSearch] = useSearchParams()
  const navigate = useNavigate()
  const today = todayString()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  // Read and shaped by the route's loader (see dashboard-screen.ts); the selected project's trend
  // is read by the detail panel unless it is the project shown first.
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
                setPeriod(latestFinalPeriod(known.final.filter((p) => parsePeriod(p)?.kind === nk), previousPeriod(periodOf(today, nk)))),
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

      <ColourTiles data={data} />
      <p className="muted" style={{ margin: '0 0 12px' }}>
        {data.periodLabel}：{data.counts.total} 个项目，已定稿评估 {data.assessedCount} 个。变化与{data.previousLabel}相比；颜色已含逾期降级与一票否决。
      </p>

      {data.rows.length === 0 ? (
        <Empty description={`${data.periodLabel}没有进行中的项目`} />
      ) : (
        <div className="db-layout">
          <ProjectCards rows={data.rows} period={period} selectedId={selected?.projectId} onSelect={setSelectedId} />
          <div className="db-side">
            {selected ? (
              <ProjectDetail
                row={selected}
                data={data}
                periodAssessments={periodAssessments}
                thresholds={currentThresholds}
                base={base}
                preloaded={loaded.firstTrend?.projectId === selected.projectId ? loaded.firstTrend.assessments : null}
              />
            ) : null}
          </div>
        </div>
      )}

      <RankingCard data={data} thresholds={thresholds} onSelect={setSelectedId} />
    </section>
  )
}
