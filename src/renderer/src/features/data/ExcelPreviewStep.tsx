import { useState } from 'react'
import { Alert, Button, Radio, Space, Table, Tag } from 'antd'
import { ROW_STATUS_LABELS, YEAR_SOURCE_LABELS, type ImportSetup, type PreviewRow, type ProjectDecision, type SheetPreview } from '@shared/excel'
import type { Project } from '@shared/model'
import { ExcelProjectsPanel } from './ExcelProjectsPanel'

const STATUS_COLORS: Record<PreviewRow['status'], string> = { ok: 'green', error: 'red', duplicate: 'default', summary: 'blue' }

interface Props {
  sp: SheetPreview
  setup: ImportSetup
  decisions: Record<string, ProjectDecision>
  yearConfirmed: boolean
  projects: Project[]
  onDecide: (name: string, d: ProjectDecision | null) => void
  onDecideAll: (kind: 'confirm' | 'create' | 'none') => void
  onConfirmYear: () => void
  onChangeYear: () => void
  onEdit: (row: PreviewRow) => void
}

/** 预览与检查: counts, the year to confirm, project decisions, and every row with its problems and a 修改 button. */
export function ExcelPreviewStep({ sp, setup, decisions, yearConfirmed, projects, onDecide, onDecideAll, onConfirmYear, onChangeYear, onEdit }: Props) {
  const { preview } = sp
  const [filter, setFilter] = useState<'all' | PreviewRow['status']>(preview.counts.error > 0 ? 'error' : 'all')
  const rows = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.status === filter)
  const year = setup.year
  return (
    <div aria-label="预览">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="green">可导入 {preview.counts.ok}</Tag>
        <Tag color="red">有错误 {preview.counts.error}</Tag>
        <Tag>重复 {preview.counts.duplicate}</Tag>
        <Tag color="blue">合计行 {preview.counts.summary}</Tag>
        <Tag>空行 {preview.counts.empty}</Tag>
      </Space>
      {preview.dateColumnSuspect && <Alert type="error" showIcon style={{ marginBottom: 8 }} title="所有行的日期都无法识别：请返回上一步检查“督导日期”对应的列是否正确。" />}
      {preview.assumedYears > 0 && (
        <Alert
          type={yearConfirmed ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 8 }}
          title={
            year
              ? `有 ${preview.assumedYears} 行的日期没有写年份，按 ${year.year} 年导入（依据：${YEAR_SOURCE_LABELS[year.source]}${year.text ? `“${year.text}”` : ''}）。`
              : `有 ${preview.assumedYears} 行的日期没有写年份，按相邻行的年份推定（见各行“年份推定”）。`
          }
          action={
            yearConfirmed ? (
              <Tag color="green">已确认</Tag>
            ) : (
              <Space>
                <Button size="small" type="primary" onClick={onConfirmYear}>
                  确认年份
                </Button>
                <Button size="small" onClick={onChangeYear}>
                  修改年份
                </Button>
              </Space>
            )
          }
        />
      )}
      {preview.newPersons.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`将新建 ${preview.newPersons.length} 位人员（按姓名未找到）：${preview.newPersons.map((p) => `${p.name}（${p.role}）`).join('、')}`}
        />
      )}
      <ExcelProjectsPanel projects={preview.projects} decisions={decisions} existing={projects} onDecide={onDecide} onDecideAll={onDecideAll} />
      <Radio.Group
        aria-label="筛选"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        style={{ marginBottom: 8 }}
        optionType="button"
        options={[
          { value: 'all', label: `全部 ${preview.counts.rows}` },
          { value: 'ok', label: `可导入 ${preview.counts.ok}` },
          { value: 'error', label: `有错误 ${preview.counts.error}` },
          { value: 'duplicate', label: `重复 ${preview.counts.duplicate}` },
          { value: 'summary', label: `合计行 ${preview.counts.summary}` },
        ]}
      />
      <Table<PreviewRow>
        size="small"
        rowKey="rowNumber"
        aria-label="预览表"
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ y: 340 }}
        columns={[
          { title: '行', dataIndex: 'rowNumber', width: 52 },
          ...(preview.rows.some((r) => r.sourceNo) ? [{ title: '序号', dataIndex: 'sourceNo', width: 56 }] : []),
          {
            title: '状态',
            key: 'status',
            width: 92,
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={2}>
                <Tag color={STATUS_COLORS[r.status]}>{ROW_STATUS_LABELS[r.status]}</Tag>
                {r.fixed && <Tag color="purple">已修改</Tag>}
                {r.assumedYear && r.status !== 'summary' && <Tag color="orange">年份推定</Tag>}
              </Space>
            ),
          },
          { title: '日期', key: 'date', width: 100, render: (_: unknown, r) => r.display.date },
          { title: '时间', key: 'time', width: 96, render: (_: unknown, r) => r.display.time },
          { title: '方式', key: 'mode', width: 72, render: (_: unknown, r) => r.display.mode },
          { title: '督导者', key: 'sup', width: 80, render: (_: unknown, r) => r.display.supervisors },
          { title: '被督导者', key: 'see', width: 110, render: (_: unknown, r) => r.display.supervisees },
          { title: '项目', key: 'projects', width: 120, ellipsis: true, render: (_: unknown, r) => r.display.projects },
          { title: '跟进', key: 'fu', width: 52, render: (_: unknown, r) => (r.display.followUps ? `${r.display.followUps} 条` : '') },
          {
            title: '问题与说明',
            key: 'errors',
            render: (_: unknown, r) => (
              <>
                {r.errors.map((e) => (
                  <div key={e} style={{ color: r.status === 'error' ? '#cf1322' : undefined }}>
                    {e}
                  </div>
                ))}
                {r.warnings.map((w) => (
                  <div key={w} style={{ color: '#ad6800' }}>
                    {w}
                  </div>
                ))}
              </>
            ),
          },
          {
            title: '',
            key: 'edit',
            width: 64,
            render: (_: unknown, r) =>
              r.status === 'error' || r.status === 'ok' ? (
                <Button size="small" type={r.status === 'error' ? 'primary' : 'default'} aria-label={`修改第 ${r.rowNumber} 行`} onClick={() => onEdit(r)}>
                  修改
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  )
}
