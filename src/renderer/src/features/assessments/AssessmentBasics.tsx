import { useMemo } from 'react'
import { Card, Descriptions, Form, Input, Select } from 'antd'
import { Link } from 'react-router-dom'
import { TEXT_LIMITS, type IndexFramework, type Project } from '@shared/model'
import { listPeriods, periodLabel, type PeriodKind } from '@shared/domain/period'
import { ymd } from '@shared/domain/dates'
import { ProjectSelect } from '../../components/ProjectSelect'
import { DateInput } from '../../components/DateInput'
import { textCount } from '../../components/text-count'
import { PeriodKindPicker } from '../../components/PeriodKindPicker'

/**
 * 基本信息 of an assessment: project and period (fixed once saved), 评估人 and 评估日期, the
 * project's community, field and targets, and the framework it is scored on.
 */
export function AssessmentBasics({
  fixed,
  locked,
  today,
  period,
  periodKind,
  project,
  framework,
  context,
}: {
  /** Saved already: project and period cannot change. */
  fixed: boolean
  locked: boolean
  today: string
  period: string | null | undefined
  periodKind: PeriodKind
  project: Project | undefined
  framework: IndexFramework | null
  /** What the suggestions are drawn from, once a project and period are chosen: its 督导时数 target is shown. */
  context: { hoursPerMonth: number } | null | undefined
}) {
  // Periods from the project's start (at most three years back) to today, newest first.
  const periodOptions = useMemo(() => {
    const to = today
    const from = project?.startDate && project.startDate < today ? project.startDate : ymd(Number(today.slice(0, 4)) - 3, 1, 1)
    const list = listPeriods(from, to, periodKind).reverse()
    if (period && !list.includes(period)) list.unshift(period)
    return list.map((p) => ({ value: p, label: periodLabel(p) }))
  }, [project?.startDate, periodKind, today, period])

  return (
    <Card title="基本信息" size="small" style={{ marginBottom: 16 }}>
      <div className="as-basic">
        <Form.Item label="服务项目" name="projectId" required>
          <ProjectSelect placeholder="项目名称或拼音首字母" disabled={locked || fixed} aria-label="服务项目" />
        </Form.Item>
        <Form.Item label="评估周期" required style={{ marginBottom: 0 }}>
          <div style={{ display: 'flex', gap: 8 }}>
            <Form.Item name="periodKind" noStyle>
              <PeriodKindPicker disabled={locked || fixed} />
            </Form.Item>
            <Form.Item name="period" noStyle>
              <Select aria-label="评估周期" options={periodOptions} style={{ flex: 1, minWidth: 150 }} disabled={locked || fixed} />
            </Form.Item>
          </div>
        </Form.Item>
        <Form.Item label="评估人" name="assessor" required>
          <Input aria-label="评估人" count={textCount(TEXT_LIMITS.assessment.assessor, { quiet: true })} />
        </Form.Item>
        <Form.Item label="评估日期" name="assessDate" required extra="跟进事项是否逾期按评估日期判断">
          <DateInput aria-label="评估日期" />
        </Form.Item>
      </div>
      {project ? (
        <Descriptions size="small" column={3} style={{ marginTop: 4 }}>
          <Descriptions.Item label="社区">{[project.street, project.community].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label="服务领域">{project.field}</Descriptions.Item>
          <Descriptions.Item label="年度目标">
            活动 {project.targets.activities} 场 · 服务 {project.targets.serviceCount} 人次 · 志愿者 {project.targets.volunteers} 人
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {framework ? (
        <p className="muted" style={{ margin: '4px 0 0', fontSize: 12 }}>
          指数框架：<Link to={`/frameworks/${framework.id}`}>{framework.name} v{framework.version}</Link>
          {framework.isTemplate ? '（参考模板）' : ''}
          {context ? `；督导时数目标每月 ${context.hoursPerMonth} 小时` : ''}
        </p>
      ) : null}
    </Card>
  )
}
