import { memo } from 'react'
import { Form, Input, Radio } from 'antd'
import { TEXT_LIMITS, type Indicator, type Suggestion } from '@shared/model'
import type { SuggestionSources } from '@shared/domain/supervision-index/suggestions'
import { formatHundredths, formatTenths, weightHundredths } from '@shared/domain/supervision-index/scoring'
import { RubricList } from '../index-framework/FrameworkView'
import { DATA_SOURCE_SHORT, LEVELS_DESC, ratingText } from '../index-framework/labels'
import { SuggestionSourceLinks } from './SuggestionSourceLinks'
import { textCount } from '../../components/text-count'

export interface IndicatorBlockProps {
  index: number
  indicator: Indicator
  rating: number | null
  /** The suggested rating on screen (live for a draft, as stored for a final assessment). */
  suggestion: Suggestion | null
  /** The records behind the suggestion (a draft's live one), to link to. */
  sources: SuggestionSources | null
  projectId: string | null
  /** Why there is no suggestion for a data-backed indicator. */
  noSuggestionReason: string | null
  /** Why 评分依据 is required now, or null. */
  basisNeed: string | null
  scoreTenths: number
  maxTenths: number
  locked: boolean
}

/** One indicator of the assessment: rubric, suggestion with its figures, rating 5–0, 评分依据, score. */
export const IndicatorBlock = memo(function IndicatorBlock(p: IndicatorBlockProps) {
  const { indicator: ind, index } = p
  const label = `${ind.code} ${ind.name}`
  return (
    <section className="as-indicator" aria-label={label} data-code={ind.code}>
      <header className="as-indicator-head">
        <h3>
          <span className="as-code">{ind.code}</span> {ind.name}
          <span className="muted as-weight">权重 {formatHundredths(weightHundredths(ind.weight))}</span>
        </h3>
        <span className="as-score" aria-label={`${ind.code} 得分`}>
          得分 <strong>{p.rating === null ? '—' : formatTenths(p.scoreTenths)}</strong> / {formatTenths(p.maxTenths)}
        </span>
      </header>
      {ind.description ? <p className="muted as-desc">{ind.description}</p> : null}
      <div className="as-indicator-body">
        <RubricList indicator={ind} highlight={p.rating} />
        <div className="as-rate">
          {ind.dataSource ? (
            <div className={`as-suggest ${p.suggestion ? '' : 'none'}`} aria-label={`${ind.code} 建议评分`}>
              {p.suggestion ? (
                <>
                  <div>
                    建议评分：<strong>{ratingText(p.suggestion.rating)}</strong>
                    <span className="muted">（{DATA_SOURCE_SHORT[ind.dataSource]}）</span>
                  </div>
                  <div className="as-figures">{p.suggestion.figures}</div>
                  <SuggestionSourceLinks sources={p.sources} projectId={p.projectId} code={ind.code} />
                </>
              ) : (
                <div>
                  暂无建议评分：{p.noSuggestionReason ?? '缺少数据'}
                  {!p.locked && p.noSuggestionReason?.includes('项目进展') ? '（可在上方“项目进展”中填报）' : null}
                </div>
              )}
            </div>
          ) : null}
          <Form.Item name={['items', index, 'indicatorCode']} hidden>
            <Input />
          </Form.Item>
          {p.locked ? (
            <div className="as-locked" aria-label={`${ind.code} 评分结果`}>
              <Form.Item name={['items', index, 'rating']} hidden>
                <Input />
              </Form.Item>
              <div>
                评分：<strong className="as-locked-rating">{p.rating === null ? '未评分' : ratingText(p.rating)}</strong>
                {p.suggestion && p.rating !== null && p.rating !== p.suggestion.rating ? (
                  <span className="muted">（建议 {ratingText(p.suggestion.rating)}）</span>
                ) : null}
              </div>
              <Form.Item noStyle shouldUpdate={(a, b) => a.items?.[index]?.basis !== b.items?.[index]?.basis}>
                {({ getFieldValue }) => {
                  const basis = (getFieldValue(['items', index, 'basis']) as string | undefined) ?? ''
                  return basis.trim() ? <div className="as-locked-basis">评分依据：{basis}</div> : null
                }}
              </Form.Item>
            </div>
          ) : (
            <>
              <Form.Item name={['items', index, 'rating']} label="评分" style={{ marginBottom: 8 }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  aria-label={`${ind.code} 评分`}
                  options={LEVELS_DESC.map((l) => ({ value: l, label: ratingText(l) }))}
                />
              </Form.Item>
              <Form.Item
                name={['items', index, 'basis']}
                label="评分依据"
                required={p.basisNeed !== null}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  aria-label={`${ind.code} 评分依据`}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  count={textCount(TEXT_LIMITS.assessment.basis)}
                  placeholder={
                    p.basisNeed
                      ? `须填写（${p.basisNeed.replace('，请填写评分依据', '')}）：说明事实、记录或数据`
                      : p.suggestion && p.rating === p.suggestion.rating
                        ? '可选：评分与建议一致，上面的数据即为依据'
                        : '可选'
                  }
                />
              </Form.Item>
            </>
          )}
        </div>
      </div>
    </section>
  )
})
