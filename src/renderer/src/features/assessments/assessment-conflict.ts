import type { Assessment, IndexFramework } from '@shared/model'
import { frameworkIndicators } from '@shared/domain/supervision-index/assessment-rules'
import { formatDate } from '@shared/text/format'
import { db } from '../../db/connection'
import { getFramework } from '../../db/frameworks'
import { loadAssessment, toAssessmentForm } from '../../db/assessments'
import { restore, storedVersion } from '../../db/records'
import { plainValue } from '../../components/ConflictDialog'
import type { RecordConflict } from '../../components/use-record-page'
import { draftToValues, formToValues, valuesToDraft, type AssessmentFormValues } from './assessment-form-values'

const ITEM = 'item:'

const LABELS: Record<string, string> = {
  projectId: '服务项目',
  periodKind: '周期类型',
  period: '评估周期',
  frameworkId: '指数框架',
  assessor: '评估人',
  assessDate: '评估日期',
  vetoOn: '一票否决',
  veto: '否决事项',
  achievements: '主要成效',
  problems: '存在问题',
  improvements: '改进建议',
}

/**
 * The form's content as compared in a conflict: the draft shape (plain JSON), each indicator a
 * field of its own (评分 and 评分依据), so two people rating different indicators both keep theirs.
 */
function fieldsOf(values: AssessmentFormValues): Record<string, unknown> {
  const { items, ...rest } = valuesToDraft(values)
  return { ...rest, ...Object.fromEntries(items.map((i) => [`${ITEM}${i.indicatorCode}`, { rating: i.rating, basis: i.basis }])) }
}

function valuesOf(framework: IndexFramework, fields: Record<string, unknown>): AssessmentFormValues {
  const items = Object.entries(fields)
    .filter(([k]) => k.startsWith(ITEM))
    .map(([k, v]) => ({ indicatorCode: k.slice(ITEM.length), ...(v as { rating: number | null; basis: string }) }))
  const rest = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith(ITEM)))
  return draftToValues({ ...rest, items }, framework) as AssessmentFormValues
}

/** How the 项目评估 form settles a save that met a newer stored version (see useRecordPage). */
export function assessmentConflict(framework: IndexFramework | null): RecordConflict<Assessment, AssessmentFormValues> | undefined {
  if (!framework) return undefined
  const labels = { ...LABELS, ...Object.fromEntries(frameworkIndicators(framework).map((i) => [`${ITEM}${i.code}`, `${i.code} ${i.name}`])) }
  return {
    fieldsOf,
    valuesOf: (fields) => valuesOf(framework, fields),
    reload: async (id) => {
      const a = await loadAssessment(db, id)
      const fw = a ? await getFramework(db, a.frameworkId) : undefined
      return a && fw ? { record: a, values: formToValues(toAssessmentForm(a), fw) } : null
    },
    stored: (id) => storedVersion(db, 'assessments', id),
    restore: (id) => restore(db, 'assessments', id),
    labels,
    format: (field, value) => {
      if (field.startsWith(ITEM)) {
        const v = value as { rating: number | null; basis: string } | null
        return v ? `${v.rating === null ? '未评分' : `${v.rating} 分`}${v.basis ? `；依据：${v.basis}` : ''}` : '—'
      }
      if (field === 'assessDate') return value ? formatDate(String(value)) : '—'
      if (field === 'veto') return (value as { type: string | null } | null)?.type ?? '—'
      return plainValue(value)
    },
  }
}
