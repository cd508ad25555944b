/**
 * The 督导评估 of an agreement's learning goals as the 督导协议书 and the 被督导者督导档案 print
 * them: each goal's 中期 and 期末 rating (self-rating beside it), the change, the comments.
 */
import type { SupervisionAgreement } from '../../model/agreement'
import { RATING_MEANINGS, type EvaluationItem, type Rating } from '../../model/agreement-evaluation'
import { changeText, evaluationSummaries, goalProgress } from '../../domain/plans/goal-progress'
import { formatTenths } from '../../domain/supervision-index/scoring'
import { formatDateInText } from '../../text/format'
import { paragraph, type Block } from '../report-model'
import { EMPTY_TEXT } from './common'

const ratingText = (i: EvaluationItem | null) => (i ? `${i.rating}（${RATING_MEANINGS[i.rating as Rating]}）${i.selfRating !== null ? `\n自评 ${i.selfRating}` : ''}` : '未评')
const comments = (mid: EvaluationItem | null, end: EvaluationItem | null) =>
  [mid?.comment.trim() ? `中期：${mid.comment.trim()}` : '', end?.comment.trim() ? `期末：${end.comment.trim()}` : ''].filter(Boolean).join('\n') || EMPTY_TEXT

/** Nothing when the agreement has no evaluation yet. */
export function goalEvaluationBlocks(a: Pick<SupervisionAgreement, 'goals' | 'evaluations'>): Block[] {
  const summaries = evaluationSummaries(a)
  if (summaries.length === 0 || a.goals.length === 0) return []
  const said = summaries.map(
    (s) =>
      `${s.kind}评估于${formatDateInText(s.date)}${s.by.trim() ? `由${s.by.trim()}` : ''}进行，评估学习目标 ${s.rated} 项，督导者平均评分 ${s.meanTenths === null ? EMPTY_TEXT : formatTenths(s.meanTenths)} 分${s.selfMeanTenths !== null ? `，被督导者平均自评 ${formatTenths(s.selfMeanTenths)} 分` : ''}`,
  )
  return [
    paragraph(`${said.join('；')}。`),
    {
      kind: 'table',
      caption: '学习目标评估（1–5 分）',
      columns: [
        { header: '学习目标', width: { weight: 2.2 } },
        { header: '中期评分', width: { mm: 31 }, align: 'center' },
        { header: '期末评分', width: { mm: 31 }, align: 'center' },
        { header: '变化', width: { mm: 12 }, align: 'center' },
        { header: '督导者评语', width: { weight: 2.4 } },
      ],
      rows: goalProgress(a).map((r, i) => [`${i + 1}. ${r.text}`, ratingText(r.mid), ratingText(r.end), changeText(r.change), comments(r.mid, r.end)]),
    },
    paragraph(`注：评分 ${([1, 2, 3, 4, 5] as Rating[]).map((n) => `${n} 分为${RATING_MEANINGS[n]}`).join('，')}；变化为期末评分减中期评分。`, { style: 'note' }),
  ]
}
