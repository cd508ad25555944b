import { Table, Typography } from 'antd'
import { evaluationSummaries, goalProgress, latestRating, progressionText, type GoalProgress } from '@shared/domain/plans/goal-progress'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { RATING_MEANINGS, type Rating, type SupervisionAgreement } from '@shared/model'
import { formatDate } from '@shared/text/format'

function latestText(p: GoalProgress): string {
  const latest = latestRating(p)
  return latest ? `${latest.item.rating} 分 · ${RATING_MEANINGS[latest.item.rating as Rating]}（${latest.kind}）` : '尚未评估'
}

/** The self-rating given with the latest rating. */
function selfText(p: GoalProgress): string {
  const self = latestRating(p)?.item.selfRating
  return self == null ? '—' : `${self} 分`
}

/** The agreement's learning goals on the person page: each goal's latest rating and its way from the 中期 to the 期末 督导评估. */
export function GoalProgressTable({ agreement }: { agreement: Pick<SupervisionAgreement, 'goals' | 'evaluations'> }) {
  const summaries = evaluationSummaries(agreement)
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">
        {summaries.length === 0
          ? '学习目标（尚未进行中期、期末评估）'
          : `学习目标评估：${summaries.map((s) => `${s.kind}评估 ${formatDate(s.date)}，平均 ${s.meanTenths === null ? '—' : formatTenths(s.meanTenths)} 分`).join('；')}`}
      </Typography.Text>
      <Table<GoalProgress>
        rowKey="goalId"
        size="small"
        pagination={false}
        dataSource={goalProgress(agreement)}
        aria-label="学习目标评估"
        style={{ marginTop: 4 }}
        columns={[
          { title: '学习目标', key: 'goal', render: (_, r, i) => `${i + 1}. ${r.text}` },
          { title: '最新评分', key: 'latest', width: 190, render: (_, r) => latestText(r) },
          { title: '被督导者自评', key: 'self', width: 110, render: (_, r) => selfText(r) },
          { title: '中期 → 期末', key: 'progression', width: 130, render: (_, r) => progressionText(r) },
        ]}
      />
    </div>
  )
}
