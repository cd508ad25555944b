import { Card, Empty, Table } from 'antd'
import { studiosBelowTarget, studiosWithoutPlan, type DistrictTotals, type StudioPeriodFigures } from '@shared/domain/district'
import { formatTenths } from '@shared/domain/supervision-index/scoring'

/** 红色项目: every red project of the period by studio, with the index's reasons. */
export function RedProjectsCard({ totals }: { totals: DistrictTotals }) {
  return (
    <Card title={`红色（预警）项目 ${totals.redProjects.length} 个`} size="small" className="district-card">
      {totals.redProjects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期没有红色项目" />
      ) : (
        <Table
          size="small"
          pagination={totals.redProjects.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
          rowKey={(r) => `${r.studioCode}/${r.projectId}`}
          dataSource={totals.redProjects}
          aria-label="红色项目"
          columns={[
            { title: '工作室', dataIndex: 'studioName', render: (name: string, r) => <a href={`#/district/studios/${r.studioCode}?period=${totals.period}`}>{name}</a> },
            { title: '项目', dataIndex: 'name' },
            { title: '总分', dataIndex: 'totalTenths', width: 70, render: (t: number | null) => (t === null ? '—' : formatTenths(t)) },
            { title: '原因', dataIndex: 'reasons', render: (reasons: string[]) => (reasons.length ? reasons.join('；') : '总分低于黄色线') },
          ]}
        />
      )}
    </Card>
  )
}

/** 低于督导计划: the studios under their own 督导协议's plan, furthest below first. */
export function BelowTargetCard({ figures, period }: { figures: readonly StudioPeriodFigures[]; period: string }) {
  const below = studiosBelowTarget(figures)
  const noPlan = studiosWithoutPlan(figures)
  return (
    <Card title={`低于督导计划的工作室 ${below.length} 个`} size="small" className="district-card">
      {below.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本期各工作室均按计划完成督导" />
      ) : (
        <ul className="district-below" aria-label="低于督导计划的工作室">
          {below.map((b) => (
            <li key={b.figures.studioCode}>
              <a href={`#/district/studios/${b.figures.studioCode}?period=${period}`}>{b.figures.studioName}</a>：{b.reason}
            </li>
          ))}
        </ul>
      )}
      {noPlan.length > 0 ? <p className="muted">未制订督导计划（无目标可比）：{noPlan.map((f) => f.studioName).join('、')}</p> : null}
    </Card>
  )
}
