import { useMemo, useState } from 'react'
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { Link, useNavigate } from 'react-router-dom'
import { assessedPeriods } from '@shared/domain/supervision-index/assessment-rules'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { periodLabel, periodRange } from '@shared/domain/period'
import { matchesName } from '@shared/text/pinyin-match'
import { formatDate } from '@shared/text/format'
import { db } from '../../db/connection'
import { listAssessmentRows, type AssessmentListRow as Row } from '../../db/assessment-list'
import { softDelete } from '../../db/records'
import { describeError } from '../../app/errors'
import { screen } from '../../app/screen-data'
import { ColourTag } from '../../charts/ColourTag'

/** 项目评估's data: every live assessment, named, newest period first. */
export const assessmentsScreen = screen(['assessments', 'projects', 'frameworks'], () => listAssessmentRows(db))

/** 项目评估: every assessment, newest period first. */
export function AssessmentsPage() {
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [period, setPeriod] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const data = assessmentsScreen.useData()
  const periods = useMemo(() => assessedPeriods(data), [data])
  const rows = useMemo(
    () =>
      data
        .filter((r) => (period ? r.period === period : true))
        .filter((r) => (query.trim() ? matchesName(r.projectName, query.trim()) : true))
        .sort(
          (a, b) =>
            periodRange(b.period).end.localeCompare(periodRange(a.period).end) ||
            (b.totalTenths ?? -1) - (a.totalTenths ?? -1) ||
            a.projectName.localeCompare(b.projectName, 'zh-CN'),
        ),
    [data, period, query],
  )

  const remove = async (a: Row) => {
    try {
      await softDelete(db, 'assessments', a.id)
      message.success(`已将 ${a.projectName} ${periodLabel(a.period)} 的评估移入回收站`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }

  return (
    <section aria-labelledby="assessments-title">
      <h1 className="page-title" id="assessments-title">项目评估</h1>
      <div className="toolbar">
        <Input.Search aria-label="搜索项目" placeholder="项目名称或拼音首字母" allowClear style={{ width: 240 }} onChange={(e) => setQuery(e.target.value)} />
        <Select
          aria-label="按评估周期筛选"
          placeholder="评估周期"
          allowClear
          style={{ width: 170 }}
          value={period}
          onChange={(v) => setPeriod(v ?? null)}
          options={periods.map((p) => ({ value: p, label: periodLabel(p) }))}
        />
        <span className="spacer" />
        <span className="muted" aria-live="polite">共 {rows.length} 份评估</span>
        <Button onClick={() => navigate('/dashboard')}>指数看板</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/assessments/new')}>
          新建评估
        </Button>
      </div>
      <Table<Row>
        rowKey="id"
        size="middle"
        dataSource={rows}
        pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无评估。点击“新建评估”为项目打分。' }}
        columns={[
          { title: '项目', dataIndex: 'projectName', ellipsis: false, render: (_, r) => <Link to={`/assessments/${r.id}`}>{r.projectName}</Link> },
          { title: '评估周期', dataIndex: 'period', width: 140, render: (v: string) => periodLabel(v) },
          {
            title: '总分',
            dataIndex: 'totalTenths',
            width: 90,
            align: 'right',
            render: (v: number | null) => (v === null ? <span className="muted">—</span> : <strong>{formatTenths(v)}</strong>),
          },
          { title: '颜色等级', dataIndex: 'colour', width: 130, render: (_, r) => (r.status === '已定稿' ? <ColourTag colour={r.colour} grade={r.grade} /> : <span className="muted">定稿后确定</span>) },
          { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => <Tag color={v === '已定稿' ? 'green' : 'default'}>{v}</Tag> },
          { title: '评估人', dataIndex: 'assessor', width: 100 },
          { title: '评估日期', dataIndex: 'assessDate', width: 110, render: formatDate },
          {
            title: '框架版本',
            dataIndex: 'frameworkLabel',
            width: 90,
            render: (v: string, r) => (
              <Link to={`/frameworks/${r.frameworkId}`} title={`${r.frameworkName} ${v}`}>
                {v}
              </Link>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 130,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => navigate(`/assessments/${r.id}`)}>
                  {r.status === '已定稿' ? '查看' : '继续评估'}
                </Button>
                {r.status === '草稿' ? (
                  <Popconfirm title="将这份评估草稿移入回收站？" okText="删除" cancelText="取消" onConfirm={() => void remove(r)}>
                    <Button size="small" danger aria-label={`删除 ${r.projectName} 的评估`}>
                      删除
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </section>
  )
}
