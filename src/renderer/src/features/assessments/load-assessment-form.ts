import type { Assessment, IndexFramework } from '@shared/model'
import { defaultAssessmentPeriod } from '@shared/domain/supervision-index/assessment-rules'
import type { PeriodKind } from '@shared/domain/period'
import { db } from '../../db/connection'
import { findAssessment, loadAssessment, toAssessmentForm } from '../../db/assessments'
import { ensureDefaultFramework, getFramework } from '../../db/frameworks'
import { getPreferences, getStudioInfo } from '../../db/settings'
import type { RecordLoad } from '../../components/use-record-page'
import { emptyValues, formToValues, type AssessmentFormValues } from './assessment-form-values'

/**
 * What the 项目评估 form opens on: the stored assessment with the framework it was made with, or
 * a new one on the studio's current framework (`?project=&period=` filled in; when that project
 * and period has an assessment already, that one). `showFramework` receives the framework when
 * the form shows it.
 */
export async function loadAssessmentForm(
  recordId: string | null,
  query: { project: string | null; period: string | null },
  today: string,
  showFramework: (framework: IndexFramework) => void,
): Promise<RecordLoad<Assessment, AssessmentFormValues>> {
  if (recordId) {
    const a = await loadAssessment(db, recordId)
    const fw = a ? await getFramework(db, a.frameworkId) : undefined
    if (!a || a.deletedAt || !fw) return { missing: true }
    return { record: a, values: formToValues(toAssessmentForm(a), fw), apply: () => showFramework(fw) }
  }
  if (query.project && query.period) {
    const existing = await findAssessment(db, query.project, query.period)
    if (existing) return { moveTo: `/assessments/${existing.id}` }
  }
  const fw = await ensureDefaultFramework(db)
  const [p, studio] = await Promise.all([getPreferences(db), getStudioInfo(db)])
  const period = query.period ?? defaultAssessmentPeriod(today)
  const values = emptyValues(fw, today, {
    projectId: query.project,
    period,
    periodKind: (period.match(/[QHY]/)?.[0] as PeriodKind) ?? 'Q',
    assessor: p.operatorName || studio.lead || '',
  })
  return { record: null, values, apply: () => showFramework(fw) }
}

/**
 * The framework a draft was written on, when it still exists; else the one the form was loaded with.
 */
export async function draftFramework(data: unknown, loaded: IndexFramework): Promise<IndexFramework> {
  const id = (data as { frameworkId?: string }).frameworkId
  const found = id && id !== loaded.id ? await getFramework(db, id) : loaded
  return found && !found.deletedAt ? found : loaded
}
