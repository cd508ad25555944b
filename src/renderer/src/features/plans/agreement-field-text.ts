import { PLAN_UNIT_LABELS, type GoalEvaluationInput, type LearningGoal, type PlanFrequency } from '@shared/model'
import { EMPTY_TEXT, formatDate, formatTimestamp } from '@shared/text/format'
import { fieldText, type NameMaps } from '../../components/field-format'

const CONFIRMATIONS = new Set(['supervisorConfirmation', 'superviseeConfirmation'])

/**
 * A field of a 督导协议 as people read it, in its 修改历史 and in the 冲突 dialog: names for the
 * people, 个别督导每月 1 次 for a frequency, the goals numbered, an evaluation by its kind, date and
 * ratings, a confirmation as the typed name and when it was given.
 */
export function agreementFieldText(names: NameMaps) {
  const common = fieldText(names)
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY_TEXT
    if (field === 'frequencies') return (value as PlanFrequency[]).map((f) => `${f.mode}${PLAN_UNIT_LABELS[f.per]} ${f.count} 次`).join('；')
    if (field === 'goals') return (value as LearningGoal[]).map((g, i) => `${i + 1}. ${g.text}`).join('；')
    if (field === 'evaluations')
      return (value as GoalEvaluationInput[]).map((e) => `${e.kind}评估（${formatDate(e.date)}，评分 ${e.items.map((i) => i.rating).join('/')}）`).join('；')
    if (field === 'hoursPer') return PLAN_UNIT_LABELS[value as keyof typeof PLAN_UNIT_LABELS] ?? String(value)
    if (field === 'terminatedOn') return formatDate(String(value))
    if (CONFIRMATIONS.has(field)) {
      const c = value as { name: string; at?: string | null }
      return c.at ? `${c.name}（${formatTimestamp(c.at)}）` : c.name
    }
    return common(field, value)
  }
}
