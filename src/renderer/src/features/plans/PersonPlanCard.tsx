import { Button, Card, Empty, Table, Tag } from 'antd'
import { Link, useNavigate } from 'react-router-dom'
import { periodLabel } from '@shared/domain/period'
import { agreementStatusOn, type PlanVsDone } from '@shared/domain/plans/plan-vs-done'
import { PLAN_UNIT_LABELS } from '@shared/model'
import { formatDateRange } from '@shared/text/format'
import type { PersonPlan } from '../../db/plan-figures'
import { PLAN_FIGURE_COLUMNS } from './plan-columns'
import { GoalProgressTable } from './GoalProgressTable'

/** The person's 督导协议 and, quarter by quarter, what was planned and what was held. */
export function PersonPlanCard({ personId, plans, today }: { personId: string; plans: PersonPlan[]; today: string }) {
  const navigate = useNavigate()
  const add = (
    <Button size="small" onClick={() => navigate(`/plans/agreements/new?supervisees=${personId}`)}>
      新建督导协议
    </Button>
  )
  if (plans.length === 0)
    return (
      <Card title="督导计划执行" style={{ marginBottom: 16 }} extra={add}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有督导协议，因此没有计划目标" />
      </Card>
    )
  return (
    <Card title="督导计划执行" style={{ marginBottom: 16 }} extra={add}>
      {plans.map(({ agreement: a, quarters }) => (
        <div key={a.id} style={{ marginBottom: 16 }} aria-label={`协议 ${a.title || formatDateRange(a.startDate, a.endDate)}`} role="group">
          <div style={{ marginBottom: 6 }}>
            <Link to={`/plans/agreements/${a.id}`}>{a.title || '督导协议'}</Link> <Tag>{agreementStatusOn(a, today)}</Tag>
            <span className="muted">
              {formatDateRange(a.startDate, a.endDate)} · {a.frequencies.map((f) => `${f.mode}${PLAN_UNIT_LABELS[f.per]} ${f.count} 次`).join('，') || '未设频率'}
              {a.plannedHours !== null ? ` · ${PLAN_UNIT_LABELS[a.hoursPer]} ${a.plannedHours} 小时` : ''}
            </span>
          </div>
          {a.goals.length > 0 ? <GoalProgressTable agreement={a} /> : null}
          {quarters.length === 0 ? (
            <span className="muted">协议为草稿或尚未开始，暂无计划目标</span>
          ) : (
            <Table<PlanVsDone>
              rowKey="period"
              size="small"
              pagination={false}
              dataSource={quarters}
              aria-label="计划与完成"
              columns={[
                { title: '季度', dataIndex: 'period', width: 130, render: (p: string) => periodLabel(p) },
                ...PLAN_FIGURE_COLUMNS,
              ]}
            />
          )}
        </div>
      ))}
    </Card>
  )
}
