import { Alert, Empty } from 'antd'
import { Link } from 'react-router-dom'
import { rankStudios } from '@shared/domain/district'
import { periodLabel } from '@shared/domain/period'
import { formatTimestamp } from '@shared/text/format'
import { districtScreen } from './district-screen'
import { DistrictToolbar } from './DistrictToolbar'
import { DistrictTotalsBar } from './DistrictTotalsBar'
import { DistrictGrid } from './DistrictGrid'
import { DistrictTrend } from './DistrictTrend'
import { DistrictRanking } from './DistrictRanking'
import { BelowTargetCard, RedProjectsCard } from './DistrictLists'
import '../dashboard/dashboard.css'
import './district.css'

/** 区级看板: every granted studio × period from their roll-ups, the period's sums, trend, ranking. */
export function DistrictPage() {
  const { config, lastSync, board, period, ofPeriod, totals } = districtScreen.useData()
  const trendStudios = period ? rankStudios(ofPeriod, 'minutes').slice(0, 3).map((r) => r.figures.studioCode) : board.studios.slice(0, 3).map((s) => s.code)
  return (
    <section aria-labelledby="district-title" data-district-ready="true">
      <div className="toolbar">
        <h1 className="page-title" id="district-title" style={{ margin: 0 }}>
          区级看板
        </h1>
        <span className="spacer" />
        <DistrictToolbar board={board} period={period} config={config} />
      </div>
      {!config ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<>这台电脑尚未设为区级汇总：请在 <Link to="/settings#district">设置 → 区级汇总</Link> 中设置。</>} />
      ) : null}
      <p className="muted" style={{ margin: '0 0 12px' }}>
        {lastSync ? `最近同步：${formatTimestamp(lastSync.at)}，${lastSync.studios} 个工作室。` : config?.serverUrl ? '尚未同步。' : ''}
        数据来自各工作室报送的汇总（不含督导记录正文和人员信息），离线时显示最近一次同步或导入的数据。
      </p>
      {lastSync && lastSync.problems.length > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="上次同步时以下工作室未能同步" description={<ul style={{ margin: 0 }}>{lastSync.problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
      ) : null}
      {!period || !totals ? (
        <Empty description="尚无汇总数据：请同步或导入工作室的汇总数据文件（.sgrollup）" />
      ) : (
        <>
          <h2 className="district-h2">{periodLabel(period)}全区合计</h2>
          <DistrictTotalsBar totals={totals} />
          <h2 className="district-h2">各工作室各期汇总</h2>
          <DistrictGrid board={board} period={period} />
          <div className="district-row">
            <DistrictTrend key={board.kind} board={board} initial={trendStudios} />
            <DistrictRanking figures={ofPeriod} period={period} />
          </div>
          <div className="district-row">
            <RedProjectsCard totals={totals} />
            <BelowTargetCard figures={ofPeriod} period={period} />
          </div>
        </>
      )}
    </section>
  )
}
