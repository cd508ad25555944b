import { Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { completionText, hoursPlanText, modeText } from '@shared/domain/plans/plan-text'
import type { PlanVsDone } from '@shared/domain/plans/plan-vs-done'

/** The figures of a plan-vs-done row, as the list and the person page show them. */
export const PLAN_FIGURE_COLUMNS: ColumnsType<PlanVsDone> = [
  { title: '督导次数（已开展/计划）', key: 'modes', render: (_, r) => r.modes.map(modeText).join('；') || '—' },
  { title: '督导时数', key: 'hours', width: 190, render: (_, r) => hoursPlanText(r) },
  { title: '完成率', key: 'rate', width: 80, render: (_, r) => completionText(r) },
  { title: '状态', key: 'state', width: 90, render: (_, r) => (r.behind ? <Tag color="red">低于计划</Tag> : <Tag color="green">按计划</Tag>) },
]
