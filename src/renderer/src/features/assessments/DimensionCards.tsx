import { Button, Card, Space } from 'antd'
import type { IndexFramework } from '@shared/model'
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { basisRequirement } from '@shared/domain/supervision-index/assessment-rules'
import { suggestedCount } from './adopt-suggestions'
import { IndicatorBlock } from './IndicatorBlock'
import type { AssessmentFigures } from './use-assessment-figures'

/**
 * One card per dimension of the framework, its score in the corner, its indicators to rate, and
 * 采用本维度建议 where the records suggest ratings for it.
 */
export function DimensionCards({
  framework,
  figures,
  locked,
  onAdopt,
}: {
  framework: IndexFramework | null
  figures: Pick<AssessmentFigures, 'indicators' | 'grading' | 'items' | 'suggestions' | 'context' | 'projectId'>
  locked: boolean
  onAdopt: (dimensionCode: string) => void
}) {
  const { indicators, grading, items, suggestions, context, projectId } = figures
  const dimensionsByCode = new Map(framework?.dimensions.map((d) => [d.code, d]) ?? [])
  const reasonsNoSuggestion = context?.suggestionSet.reasons ?? {}
  const sources = locked ? {} : (context?.suggestionSet.sources ?? {})
  return framework?.dimensions.map((d) => {
    const dimScore = grading?.scores.dimensions.find((x) => x.code === d.code)
    const adoptable = !locked && suggestedCount(indicators, suggestions, d.code) > 0
    return (
      <Card
        key={d.code}
        size="small"
        style={{ marginBottom: 16 }}
        title={`${d.code} ${d.name}`}
        extra={
          <Space size="middle">
            {adoptable ? (
              <Button size="small" onClick={() => onAdopt(d.code)} aria-label={`采用${d.name}的建议评分`}>
                采用本维度建议
              </Button>
            ) : null}
            {dimScore ? (
              <span>
                {formatTenths(dimScore.scoreTenths)} / {formatTenths(dimScore.maxTenths)}（{dimScore.percentText}）
              </span>
            ) : null}
          </Space>
        }
      >
        {indicators
          .map((ind, index) => ({ ind, index }))
          .filter(({ ind }) => ind.dimensionCode === d.code && dimensionsByCode.has(d.code))
          .map(({ ind, index }) => {
            const rating = items?.[index]?.rating ?? null
            const suggestion = ind.dataSource ? (suggestions[ind.dataSource] ?? null) : null
            const score = grading?.scores.indicators[index]
            return (
              <IndicatorBlock
                key={ind.code}
                index={index}
                indicator={ind}
                rating={rating}
                suggestion={suggestion}
                sources={ind.dataSource ? (sources[ind.dataSource] ?? null) : null}
                projectId={projectId ?? null}
                noSuggestionReason={ind.dataSource ? (reasonsNoSuggestion[ind.dataSource] ?? (projectId ? null : '请先选择项目')) : null}
                basisNeed={basisRequirement({ rating, suggestion })}
                scoreTenths={score?.scoreTenths ?? 0}
                maxTenths={score?.maxTenths ?? 0}
                locked={locked}
              />
            )
          })}
      </Card>
    )
  })
}
