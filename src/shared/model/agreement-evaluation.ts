/**
 * 督导评估 of a 督导协议's learning goals: at mid-term and at the end of the term the supervisor
 * rates each goal 1–5 with a comment; the supervisee may add a self-rating (docs/domain.md,
 * "Goals evaluated"). Kept on the agreement record: an evaluation belongs to it and nothing
 * looks it up on its own, so no table and no index.
 */
import { z } from 'zod'
import { dateString, optionalText } from './common'

export const EVALUATION_KINDS = ['中期', '期末'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]

/** What each point of the 1–5 scale means; the form and the reports say it the same way. */
export const RATING_MEANINGS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: '尚未达成',
  2: '初步达成',
  3: '部分达成',
  4: '基本达成',
  5: '完全达成',
}
export type Rating = keyof typeof RATING_MEANINGS

const rating = (message: string) =>
  z.number({ error: message }).refine((n) => Number.isInteger(n) && n >= 1 && n <= 5, { message })

export const evaluationItemSchema = z.object({
  goalId: z.string().min(1).max(100),
  rating: rating('请为该目标评分（1–5 分）'),
  comment: optionalText('评语', 500),
  /** The supervisee's own rating; absent when they gave none. */
  selfRating: rating('自评应为 1–5 分').nullable().default(null),
})
export type EvaluationItem = z.output<typeof evaluationItemSchema>

export const evaluationSchema = z.object({
  kind: z.enum(EVALUATION_KINDS, { error: '评估类型应为中期或期末' }),
  date: dateString('请填写评估日期'),
  by: optionalText('评估人', 50),
  items: z.array(evaluationItemSchema).min(1, { message: '请至少为一个学习目标评分' }).max(20),
})
export type GoalEvaluation = z.output<typeof evaluationSchema>
export type GoalEvaluationInput = z.input<typeof evaluationSchema>
