import { Button, Card, Empty, Table, Tag } from 'antd'
import { BarChartOutlined, CheckSquareOutlined, FileAddOutlined, FileTextOutlined, FormOutlined } from '@ant-design/icons'
import { Link, useNavigate } from 'react-router-dom'
import type { DashboardRow } from '@shared/domain/dashboard'
import { periodLabel, previousPeriod } from '@shared/domain/period'
import { dropReasonsText } from '@shared/domain/supervision-index/drop-reasons'
import { formatDate, formatDateInText, formatMonth } from '@shared/text/format'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { homeSummary, type OverdueRow } from '../../db/home'
import { getPreferences } from '../../db/settings'
import { screen } from '../../app/screen-data'
import { ColourTag } from '../../charts/ColourTag'
import { dueSummary } from '../../db/plan-figures'
import { DueCard } from '../plans/DueCard'
import { StudioStart } from './StudioStart'
import './home.css'

/** The 工作台's data: this quarter at a glance, read again when any record it sums up changes. */
export const homeScreen = screen(['sessions', 'followUps', 'projects', 'assessments', 'frameworks', 'persons', 'settings', 'agreements'], async () => {
  const [summary, prefs, due] = await Promise.all([homeSummary(db, todayString()), getPreferences(db), dueSummary(db, todayString())])
  return { ...summary, overdueDropDays: prefs.overdueDropDays, due }
})

/** 工作台: this quarter's supervision at a glance, red projects, overdue follow-ups, quick links. */
export function HomePage() {
  const navigate = useNavigate()
  const data = homeScreen.useData()
  const { quarterStats: q, board, overdueDropDays } = data
  const monthLabel = formatMonth(data.month)
  // Every figure names its period: this quarter's counts beside last quarter's, overdue as of
  // today, the colours of the latest assessed quarter (which is not this one).
  const lastLabel = periodLabel(previousPeriod(data.quarter))
  const asOf = formatDateInText(todayString())

  return (
    <section aria-labelledby="home-title">
      <h1 className="page-title" id="home-title">
        工作台
      </h1>
      <StudioStart />
      <nav className="home-links" aria-label="快捷入口">
        <Button type="primary" size="large" icon={<FileAddOutlined />} href="#/sessions/new">
          新建督导记录
        </Button>
        <Button size="large" icon={<FormOutlined />} onClick={() => navigate('/assessments/new')}>
          新建项目评估
        </Button>
        <Button size="large" icon={<BarChartOutlined />} onClick={() => navigate('/dashboard')}>
          指数看板
        </Button>
        <Button size="large" icon={<CheckSquareOutlined />} onClick={() => navigate('/follow-ups')}>
          跟进事项
        </Button>
        <Button size="large" icon={<FileTextOutlined />} onClick={() => navigate('/sessions')}>
          督导记录
        </Button>
      </nav>

      <div className="home-stats">
        <Card size="small" className="home-stat" aria-label="本季度督导次数">
          <div className="home-stat-label">{periodLabel(data.quarter)} 督导次数</div>
          <div className="home-stat-value">
            {q.count}
            <small> 次</small>
          </div>
          <div className="muted">
            其中{monthLabel} {data.monthBucket?.count ?? 0} 次；{lastLabel} {data.lastStats.count} 次
          </div>
        </Card>
        <Card size="small" className="home-stat" aria-label="本季度督导时数">
          <div className="home-stat-label">{periodLabel(data.quarter)} 督导时数</div>
          <div className="home-stat-value">
            {q.hours}
            <small> 小时</small>
          </div>
          <div className="muted">
            其中{monthLabel} {data.monthBucket?.hours ?? '0.0'} 小时；{lastLabel} {data.lastStats.hours} 小时
          </div>
        </Card>
        <Card size="small" className="home-stat" aria-label="逾期跟进事项数">
          <div className="home-stat-label">逾期跟进事项（截至{asOf}）</div>
          <div className={`home-stat-value ${data.overdue.length > 0 ? 'home-warn' : ''}`}>
            {data.overdue.length}
            <small> 项</small>
          </div>
          <div className="muted">
            逾期超过 {overdueDropDays} 天：{data.overdue.filter((o) => o.daysOverdue > overdueDropDays).length} 项
          </div>
        </Card>
        <Card size="small" className="home-stat" aria-label="红色预警项目数">
          <div className="home-stat-label">红色预警项目（{board.periodLabel}）</div>
          <div className={`home-stat-value ${data.red.length > 0 ? 'home-warn' : ''}`}>
            {data.red.length}
            <small> 个</small>
          </div>
          <div className="muted">
            绿 {board.counts.绿色} · 蓝 {board.counts.蓝色} · 黄 {board.counts.黄色} · 红 {board.counts.红色} · 未评估 {board.counts.未评估}
          </div>
        </Card>
      </div>

      <DueCard items={data.due.items} names={data.due.names} noSessionDays={data.due.noSessionDays} />

      <div className="home-grid">
        <Card
          size="small"
          title={`红色预警项目 · ${board.periodLabel}`}
          extra={<Link to={`/dashboard?period=${board.period}`}>查看指数看板</Link>}
        >
          {data.red.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={board.assessedCount > 0 ? '本期没有红色预警项目' : '本期尚无定稿的评估'} />
          ) : (
            <Table<DashboardRow>
              rowKey="projectId"
              size="small"
              pagination={false}
              dataSource={data.red}
              aria-label="红色预警项目"
              columns={[
                { title: '项目', dataIndex: 'name', render: (_, r) => (r.assessmentId ? <Link to={`/assessments/${r.assessmentId}`}>{r.name}</Link> : r.name) },
                { title: '总分', dataIndex: 'totalText', width: 70, align: 'right' },
                { title: '颜色', key: 'colour', width: 110, render: (_, r) => <ColourTag colour={r.colour} grade={r.grade} /> },
                { title: '较上期', key: 'change', width: 80, render: (_, r) => r.change.text },
                {
                  title: '原因',
                  key: 'why',
                  render: (_, r) => (r.dropReasons.length > 0 ? <span style={{ fontSize: 12 }}>{dropReasonsText(r.dropReasons)}</span> : <span className="muted">总分未达合格线</span>),
                },
              ]}
            />
          )}
        </Card>
        <Card size="small" title={`逾期跟进事项（${data.overdue.length} 项）`} extra={<Link to="/follow-ups">全部跟进事项</Link>}>
          {data.overdue.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有逾期的跟进事项" />
          ) : (
            <Table<OverdueRow>
              rowKey={(r) => r.followUp.id}
              size="small"
              pagination={false}
              dataSource={data.overdue.slice(0, 10)}
              aria-label="逾期跟进事项"
              columns={[
                { title: '事项', key: 'content', render: (_, r) => r.followUp.content },
                { title: '负责人', dataIndex: 'owner', width: 80 },
                { title: '期限', key: 'due', width: 100, render: (_, r) => formatDate(r.followUp.dueDate) },
                {
                  title: '逾期',
                  dataIndex: 'daysOverdue',
                  width: 80,
                  render: (d: number) => <Tag color={d > overdueDropDays ? 'red' : 'orange'}>{d} 天</Tag>,
                },
                { title: '来自', key: 'session', width: 120, render: (_, r) => <Link to={`/sessions/${r.session.id}`}>{r.session.code}</Link> },
              ]}
              footer={data.overdue.length > 10 ? () => <Link to="/follow-ups">还有 {data.overdue.length - 10} 项，查看全部</Link> : undefined}
            />
          )}
        </Card>
      </div>
    </section>
  )
}
