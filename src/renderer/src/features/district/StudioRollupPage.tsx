import { Button, Card, Descriptions, Empty, Select, Table } from 'antd'
import { LeftOutlined } from '@ant-design/icons'
import { useNavigate, useSearchParams } from 'react-router-dom'
import type { RollupBucket, RollupProject } from '@shared/rollup/document'
import { periodLabel } from '@shared/domain/period'
import { formatMonth } from '@shared/text/format'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { ColourTag } from '../../charts/ColourTag'
import { studioRollupScreen } from './studio-rollup-screen'
import { DistrictTotalsBar } from './DistrictTotalsBar'
import { DistrictTrend } from './DistrictTrend'
import { completionText, hoursText } from './district-text'
import '../dashboard/dashboard.css'
import './district.css'

function BucketTable({ title, keyTitle, rows, label = (k: string) => k }: { title: string; keyTitle: string; rows: RollupBucket[]; label?: (key: string) => string }) {
  return (
    <Card title={title} size="small" className="district-card">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        aria-label={title}
        dataSource={rows}
        columns={[
          { title: keyTitle, dataIndex: 'key', render: label },
          { title: '次数', dataIndex: 'count', width: 70 },
          { title: '时数（小时）', dataIndex: 'minutes', width: 110, render: (m: number) => hoursText(m).replace(' 小时', '') },
        ]}
      />
    </Card>
  )
}

const change = (t: number | null) => (t === null ? '—' : t === 0 ? '持平' : `${t > 0 ? '↑' : '↓'} ${formatTenths(Math.abs(t))}`)

/** One studio's roll-up of a period, as it sent it: no session text, no names unless it opted in. */
export function StudioRollupPage() {
  const { code, name, periods, period, doc, totals, board } = studioRollupScreen.useData()
  const [, setSearch] = useSearchParams()
  const navigate = useNavigate()
  return (
    <section aria-labelledby="studio-rollup-title">
      <div className="toolbar">
        <Button icon={<LeftOutlined />} onClick={() => navigate(`/district${period ? `?period=${period}` : ''}`)}>
          返回区级看板
        </Button>
        <h1 className="page-title" id="studio-rollup-title" style={{ margin: 0 }}>
          {name}
        </h1>
        <span className="muted">{code}</span>
        <span className="spacer" />
        <Select aria-label="汇总周期" style={{ minWidth: 160 }} value={period ?? undefined} options={periods.map((p) => ({ value: p, label: periodLabel(p) }))} onChange={(p) => setSearch({ period: p }, { replace: true })} />
      </div>
      {!doc || !totals || !period ? (
        <Empty description="这个工作室尚未报送汇总数据" />
      ) : (
        <>
          <p className="muted">
            {periodLabel(period)}汇总，工作室于 {doc.generatedAt.slice(0, 10)} 生成；评估 {doc.assessments.projects} 个项目，已定稿 {doc.assessments.finalised} 个，草稿 {doc.assessments.drafts} 个；督导者 {doc.supervisors.count} 人。
          </p>
          <DistrictTotalsBar totals={totals} single />
          <Card title="服务项目的社工督导指数" size="small" className="district-card" style={{ marginTop: 16 }}>
            <Table<RollupProject>
              size="small"
              pagination={false}
              rowKey="id"
              aria-label="服务项目"
              dataSource={doc.projects}
              columns={[
                { title: '项目', dataIndex: 'name' },
                { title: '社区', dataIndex: 'community', width: 120 },
                { title: '总分', dataIndex: 'totalTenths', width: 70, render: (t: number | null, p) => (t === null ? p.state : formatTenths(t)) },
                { title: '等级', dataIndex: 'colour', width: 110, render: (c: RollupProject['colour']) => <ColourTag colour={c} /> },
                { title: '较上期', dataIndex: 'changeTenths', width: 80, render: change },
                { title: '颜色调整原因', dataIndex: 'dropReasons', render: (r: RollupProject['dropReasons']) => r.map((x) => x.text).join('；') || '—' },
              ]}
            />
          </Card>
          <div className="district-row">
            <DistrictTrend board={board} initial={[code]} fixed />
            <Card title="跟进事项与督导计划" size="small" className="district-card">
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="跟进事项">共 {doc.followUps.total} 项：完成 {doc.followUps.done} 项，未完成 {doc.followUps.open} 项</Descriptions.Item>
                <Descriptions.Item label="逾期未完成">{doc.followUps.overdue} 项</Descriptions.Item>
                <Descriptions.Item label="被督导者督导时数">{hoursText(doc.supervisees.minutes)}（团体督导按每人计）</Descriptions.Item>
                <Descriptions.Item label="督导协议">{doc.plan ? `${doc.plan.agreements} 份` : '未制订督导计划'}</Descriptions.Item>
                {doc.plan ? (
                  <Descriptions.Item label="按计划完成率">
                    {completionText(doc.plan.completionTenths)}（计划 {formatTenths(doc.plan.plannedTenths)} 次，完成 {formatTenths(doc.plan.heldTowardPlanTenths)} 次；{doc.plan.behind} 人低于计划）
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
          </div>
          <div className="district-row district-row-3">
            <BucketTable title="督导方式" keyTitle="方式" rows={doc.sessions.byMode} />
            <BucketTable title="督导功能" keyTitle="功能" rows={doc.sessions.byFunction} />
            <BucketTable title="各月督导" keyTitle="月份" rows={doc.sessions.byMonth} label={(k) => formatMonth(k, true)} />
            <BucketTable title="督导议题" keyTitle="议题" rows={doc.topics.slice(0, 12)} />
          </div>
        </>
      )}
    </section>
  )
}
