import { Alert, Button, Select, Space, Table, Tag } from 'antd'
import type { ProjectDecision, ProjectNameMatch } from '@shared/excel'
import type { Project } from '@shared/model'

interface Props {
  projects: ProjectNameMatch[]
  decisions: Record<string, ProjectDecision>
  existing: Project[]
  onDecide: (name: string, d: ProjectDecision | null) => void
  onDecideAll: (kind: 'confirm' | 'create' | 'none') => void
}

const value = (d: ProjectDecision | undefined) => (!d ? undefined : d.kind === 'link' ? `link:${d.projectId}` : d.kind)
const decisionOf = (v: string): ProjectDecision => (v.startsWith('link:') ? { kind: 'link', projectId: v.slice(5) } : v === 'create' ? { kind: 'create' } : { kind: 'none' })

/** 项目对应: each project name of the sheet, its match, and what the user decided for the others. */
export function ExcelProjectsPanel({ projects, decisions, existing, onDecide, onDecideAll }: Props) {
  const open = projects.filter((p) => p.match.kind !== 'exact')
  if (projects.length === 0) return null
  const pending = open.filter((p) => !decisions[p.name])
  const created = open.filter((p) => decisions[p.name]?.kind === 'create')
  const live = existing.filter((p) => p.deletedAt === null)
  const nameOf = (id: string) => live.find((p) => p.id === id)?.name ?? ''
  return (
    <div aria-label="项目对应" style={{ marginBottom: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <strong>项目对应</strong>
        {pending.length > 0 ? <Tag color="orange">待确认 {pending.length}</Tag> : <Tag color="green">已全部确认</Tag>}
        {open.some((p) => p.match.kind === 'candidates' && p.match.projects.length === 1 && !decisions[p.name]) && (
          <Button size="small" onClick={() => onDecideAll('confirm')}>
            确认全部候选
          </Button>
        )}
        {pending.length > 0 && (
          <>
            <Button size="small" onClick={() => onDecideAll('create')}>
              其余全部新建
            </Button>
            <Button size="small" onClick={() => onDecideAll('none')}>
              其余全部不关联
            </Button>
          </>
        )}
      </Space>
      <Table<ProjectNameMatch>
        size="small"
        rowKey="name"
        pagination={false}
        aria-label="项目名称"
        scroll={{ y: 200 }}
        dataSource={projects}
        columns={[
          { title: '表格中的名称', dataIndex: 'name', ellipsis: true },
          { title: '行数', dataIndex: 'rows', width: 60 },
          {
            title: '对应的服务项目',
            key: 'match',
            width: 430,
            render: (_: unknown, p) => {
              if (p.match.kind === 'exact') return <Tag color="green">名称相同：{p.match.project.name}</Tag>
              const candidates = p.match.kind === 'candidates' ? p.match.projects : []
              return (
                <Select
                  aria-label={`项目“${p.name}”对应`}
                  style={{ width: 400 }}
                  placeholder={candidates.length ? `候选：${candidates.map((c) => c.name).join('、')}（请确认）` : '未找到同名项目，请选择'}
                  status={decisions[p.name] ? undefined : 'warning'}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={value(decisions[p.name])}
                  onChange={(v: string) => onDecide(p.name, decisionOf(v))}
                  options={[
                    ...candidates.map((c) => ({ value: `link:${c.id}`, label: `对应到候选“${c.name}”` })),
                    { value: 'create', label: `新建项目“${p.name}”` },
                    { value: 'none', label: '不关联项目' },
                    ...live.filter((x) => !candidates.some((c) => c.id === x.id)).map((x) => ({ value: `link:${x.id}`, label: `对应到“${x.name}”` })),
                  ]}
                />
              )
            },
          },
        ]}
      />
      {created.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          title={`导入时将新建 ${created.length} 个服务项目：${created.map((p) => `“${p.name}”`).join('、')}（服务领域、资金来源记为“其他”，导入后请到“服务项目”中补充）`}
        />
      )}
      {Object.entries(decisions).some(([, d]) => d.kind === 'link' && !nameOf(d.projectId)) && <Alert type="warning" title="有项目已被删除，请重新选择。" />}
    </div>
  )
}
