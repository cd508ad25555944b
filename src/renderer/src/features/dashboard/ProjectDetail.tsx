import { memo, useMemo } from 'react'
import { Alert, Button, Card, Empty } from 'antd'
import { Link } from 'react-router-dom'
import { buildDashboard, chartThresholds, projectDimensions, type DashboardData, type DashboardRow } from '@shared/domain/dashboard'
import { dropReasonsText } from '@shared/domain/supervision-index/drop-reasons'
import type { Assessment, Thresholds } from '@shared/model'
import { db } from '../../db/connection'
import { assessmentsOfProject } from '../../db/assessments'
import { useLive } from '../../db/use-live'
import { ColourTag } from '../../charts/ColourTag'
import { RadarSvg } from '../../charts/RadarSvg'
import { TrendSvg } from '../../charts/TrendSvg'
import { ChangeText } from './ChangeText'
import type { Base } from './dashboard-screen'

/**
 * The width of the detail panel's charts when the panel is the 400 px side column (dashboard.css:
 * .db-layout, wider windows than 1200 px): 400 less the card's padding and border. The charts draw
 * at this width without measuring first; in a narrower window they measure and redraw.
 */
function expectedChartWidth(): number | undefined {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1201px)').matches ? 374 : undefined
}

/**
 * The side panel: the chosen project's total, radar and trend. Memoised: the live queries' first
 * answers redraw the page around it, not its charts.
 */
export const ProjectDetail = memo(function ProjectDetail({
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
