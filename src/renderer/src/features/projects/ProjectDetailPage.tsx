import { useMemo, useState } from 'react'
import { Button, Card, Descriptions, Empty, Space, Table } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { ProjectProgress } from '@shared/model'
import { hoursText, sessionStatistics } from '@shared/domain/statistics'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { newestFirst, QuarterHoursCard, quartersToShow, RelatedSessionsCard } from '../sessions/RelatedSessions'
import { getProject, listProgress, sessionsOfProject } from '../../db/projects'
import { getPerson } from '../../db/persons'
import { screen } from '../../app/screen-data'
import { formatDateRange } from '@shared/text/format'
import { periodLabel } from '@shared/domain/period'
import { ProjectFormModal } from './ProjectFormModal'
import { ProgressFormModal } from './ProgressFormModal'
import { ExportReportButton } from '../reports/ExportReportButton'

/** A project's page: the project, its leader, its quarterly progress and its live sessions, newest first. */
export const projectDetailScreen = screen(['projects', 'persons', 'progress', 'sessions'], async ({ params }) => {
  const id = params.id ?? ''
  const [project, progress, sessions] = await Promise.all([getProject(db, id), listProgress(db, id), sessionsOfProject(db, id)])
  const leader = project?.leaderId ? await getPerson(db, project.leaderId) : undefined
  return { project, progress, leader, sessions: newestFirst(sessions) }
})

export function ProjectDetailPage() {
  const navigate = useNavigate()
  const { project, progress, leader, sessions } = projectDetailScreen.useData()
  const today = todayString()
  // Hours per quarter count each session once, however many supervisees (DOMAIN: D2).
  const quarters = useMemo(() => {
    if (!project) return []
    const end = project.endDate < today ? project.endDate : today
    return quartersToShow(sessions, project.startDate <= end ? project.startDate : null, end).map((period) => {
      const st = sessionStatistics(sessions, period)
      return { period, count: st.count, hours: st.hours }
    })
  }, [project, sessions, today])
  const allTime = useMemo(() => {
    const minutes = sessions.reduce((m, s) => m + s.durationMinutes, 0)
    return { count: sessions.length, hours: hoursText(minutes) }
  }, [sessions])
  const [editing, setEditing] = useState(false)
  const [progressRow, setProgressRow] = useState<ProjectProgress | null>(null)
  const [progressOpen, setProgressOpen] = useState(false)

  if (!project || project.deletedAt) return <Empty description="该项目不存在或已移入回收站" />

  return (
    <section aria-labelledby="project-title">
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate('/projects')}>返回项目列表</Button>
        <Button type="primary" onClick={() => setEditing(true)}>编辑项目</Button>
        <ExportReportButton kind="project" id={project.id} />
      </Space>
      <h1 className="page-title" id="project-title">{project.name}</h1>
      <Card title="基本信息" style={{ marginBottom: 16 }}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label="承接机构">{project.organization || '—'}</Descriptions.Item>
          <Descriptions.Item label="街道/社区">{[project.street, project.community].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label="服务领域">{project.field}</Descriptions.Item>
          <Descriptions.Item label="服务对象">{project.beneficiaries || '—'}</Descriptions.Item>
          <Descriptions.Item label="资金来源">{project.fundingSource}</Descriptions.Item>
          <Descriptions.Item label="项目负责人">{leader?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="起止日期">{formatDateRange(project.startDate, project.endDate)}</Descriptions.Item>
          <Descriptions.Item label="状态">{project.status}</Descriptions.Item>
          <Descriptions.Item label="年度目标">
            活动 {project.targets.activities} 场 · 服务 {project.targets.serviceCount} 人次 · 志愿者 {project.targets.volunteers} 人
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <QuarterHoursCard
        title="各季度督导时数"
        summary={<span className="muted">共 {allTime.count} 次 · {allTime.hours} 小时</span>}
        rows={quarters}
        columns={[
          { key: 'count', title: '督导次数' },
          { key: 'hours', title: '督导时数（小时）' },
        ]}
      />
      <Card
        title="项目进展"
        style={{ marginBottom: 16 }}
        extra={<Button type="primary" onClick={() => { setProgressRow(null); setProgressOpen(true) }}>录入进展</Button>}
      >
        <Table<ProjectProgress>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={progress}
          locale={{ emptyText: '尚未录入任何季度的进展' }}
          columns={[
            { title: '季度', dataIndex: 'period', render: periodLabel },
            { title: '活动场次', dataIndex: 'activities' },
            { title: '服务人次', dataIndex: 'serviceCount' },
            { title: '志愿者人数', dataIndex: 'volunteers' },
            { title: '志愿服务时长', dataIndex: 'volunteerHours', render: (v: number) => `${v} 小时` },
            { title: '收集需求', dataIndex: 'needsCollected' },
            { title: '办结诉求', dataIndex: 'needsResolved' },
            { title: '满意度', dataIndex: 'satisfaction', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
            {
              title: '操作',
              key: 'a',
              render: (_, r) => (
                <Button size="small" aria-label={`编辑${periodLabel(r.period)}进展`} onClick={() => { setProgressRow(r); setProgressOpen(true) }}>
                  编辑
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <RelatedSessionsCard title="关联的督导记录" sessions={sessions} />
      <ProjectFormModal open={editing} project={project} onClose={() => setEditing(false)} />
      <ProgressFormModal
        open={progressOpen}
        project={project}
        row={progressRow}
        taken={progress.map((p) => p.period)}
        onClose={() => setProgressOpen(false)}
      />
    </section>
  )
}
