import { Alert, Button, Space } from 'antd'
import { CheckOutlined, HistoryOutlined } from '@ant-design/icons'
import { periodLabel } from '@shared/domain/period'
import { suggestedCount } from './adopt-suggestions'
import type { AssessmentFigures } from './use-assessment-figures'

/**
 * Above the indicators of a draft: how many have a suggestion from the records (采用全部建议),
 * which are left for the assessor, and 沿用上期评分 for those when the project was assessed last
 * period. So a quarter's assessment is one pass down the form.
 */
export function AdoptSuggestionsBar({
  figures,
  onAdopt,
  onCarry,
}: {
  figures: Pick<AssessmentFigures, 'indicators' | 'suggestions' | 'items' | 'projectId' | 'context' | 'previous'>
  onAdopt: () => void
  onCarry: () => void
}) {
  const { indicators, suggestions, items, previous } = figures
  if (!figures.projectId || !figures.context) return null
  const suggested = suggestedCount(indicators, suggestions)
  const unrated = indicators.filter((_, i) => (items?.[i]?.rating ?? null) === null)
  const forAssessor = unrated.filter((ind) => !(ind.dataSource && suggestions[ind.dataSource]))
  const pending = unrated.length - forAssessor.length
  const rated = new Set(previous?.items.filter((i) => i.rating !== null).map((i) => i.indicatorCode) ?? [])
  const carryable = forAssessor.filter((ind) => !ind.dataSource && rated.has(ind.code))
  return (
    <Alert
      className="as-adopt"
      type={suggested > 0 ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      message={
        suggested > 0
          ? `${suggested} 项指标有依据数据的建议评分${pending > 0 ? `，其中 ${pending} 项尚未评分` : '，均已评分'}`
          : '本期没有依据数据的建议评分'
      }
      description={
        <>
          {forAssessor.length > 0 ? `尚待评估人评分：${forAssessor.map((i) => `${i.code} ${i.name}`).join('、')}。` : '全部指标均已评分。'}
          采用的建议评分与数据一致，无需另填评分依据。
          {carryable.length > 0 && previous ? `可沿用${periodLabel(previous.period)}定稿评估中 ${carryable.map((i) => i.code).join('、')} 的评分及依据，再按本期情况修改。` : null}
        </>
      }
      action={
        <Space direction="vertical">
          {suggested > 0 ? (
            <Button type="primary" icon={<CheckOutlined />} onClick={onAdopt}>
              采用全部建议
            </Button>
          ) : null}
          {carryable.length > 0 ? (
            <Button icon={<HistoryOutlined />} onClick={onCarry}>
              沿用上期评分
            </Button>
          ) : null}
        </Space>
      }
    />
  )
}
