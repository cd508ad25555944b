import { useMemo, useState } from 'react'
import { Table, Tag } from 'antd'
import { Link } from 'react-router-dom'
import { PROJECT_STATUSES, SERVICE_FIELDS, type Project } from '@shared/model'
import { matchesName } from '@shared/text/pinyin-match'
import { db } from '../../db/connection'
import { allProjects, filterProjects, type ProjectFilter } from '../../db/projects'
import { allPersons } from '../../db/persons'
import { screen } from '../../app/screen-data'
import { RegistryToolbar } from '../../components/RegistryToolbar'
import { useRegistryRows } from '../../components/use-registry-rows'
import { formatDateRange } from '@shared/text/format'
import { ProjectFormModal } from './ProjectFormModal'

const STATUS_COLOR: Record<string, string> = { 进行中: 'green', 已结项: 'default', 暂停: 'orange' }

/** 服务项目's data: every project (the list shows those not in the 回收站) and the people who lead them. */
export const projectsScreen = screen(['projects', 'persons'], async () => {
  const [projects, persons] = await Promise.all([allProjects(db), allPersons(db)])
  return { projects, persons }
})

export function ProjectsPage() {
  const { projects, persons } = projectsScreen.useData()
  const [filter, setFilter] = useState<ProjectFilter>({})
  const { editing, open, add, close, actions } = useRegistryRows<Project>('projects', {
    confirm: (p) => `将项目 ${p.name} 移入回收站？`,
    deleted: (p) => `项目 ${p.name} 已移入回收站`,
  })

  const names = useMemo(() => new Map(persons.map((p) => [p.id, p.name])), [persons])
  const communities = useMemo(
    () => [...new Set(projects.filter((p) => !p.deletedAt).map((p) => p.community))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [projects],
  )
  const rows = useMemo(() => filterProjects(projects, filter, matchesName), [projects, filter])

  return (
    <section aria-labelledby="projects-title">
      <h1 className="page-title" id="projects-title">服务项目</h1>
      <RegistryToolbar
        searchLabel="搜索项目"
        searchPlaceholder="项目名称或拼音首字母"
        onSearch={(query) => setFilter((f) => ({ ...f, query }))}
        filters={[
          { label: '按社区筛选', placeholder: '社区', width: 150, values: communities, onChange: (community) => setFilter((f) => ({ ...f, community })) },
          { label: '按服务领域筛选', placeholder: '服务领域', width: 130, values: SERVICE_FIELDS, onChange: (field) => setFilter((f) => ({ ...f, field })) },
          { label: '按状态筛选', placeholder: '状态', width: 120, values: PROJECT_STATUSES, onChange: (status) => setFilter((f) => ({ ...f, status })) },
        ]}
        countText={`共 ${rows.length} 个项目`}
        addText="新增项目"
        onAdd={add}
      />
      <Table<Project>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: '项目名称', dataIndex: 'name', render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
          { title: '社区', dataIndex: 'community', render: (_, p) => [p.street, p.community].filter(Boolean).join(' · ') },
          { title: '服务领域', dataIndex: 'field' },
          { title: '资金来源', dataIndex: 'fundingSource' },
          { title: '负责人', dataIndex: 'leaderId', render: (v: string | null) => (v ? names.get(v) ?? '—' : '—') },
          { title: '起止日期', key: 'dates', render: (_, p) => formatDateRange(p.startDate, p.endDate) },
          { title: '状态', dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLOR[v]}>{v}</Tag> },
          actions,
        ]}
      />
      <ProjectFormModal open={open} project={editing} onClose={close} />
    </section>
  )
}
