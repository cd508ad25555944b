import type { Assessment, IndexFramework } from '@shared/model'
import { quarterToAssess } from '@shared/domain/supervision-index/assessment-rules'
import type { PeriodKind } from '@shared/domain/period'
import { db } from '../../db/connection'
import { findAssessment, listAssessments, loadAssessment, toAssessmentForm } from '../../db/assessments'
import { allProjects } from '../../db/projects'
import { ensureDefaultFramework, getFramework } from '../../db/frameworks'
import { getPreferences, getStudioInfo } from '../../db/settings'
import type { RecordLoad } from '../../components/use-record-page'
import { emptyValues, formToValues, type AssessmentFormValues } from './assessment-form-values'

/**
 * What the 项目评估 form opens on: the stored assessment with the framework it was made with, or
 * a new one on the studio's current framework (`?project=&period=` filled in; when that project
 * and period has an assessment already, that one). A new one's period is the quarter that most
 * needs assessing. `showFramework` receives the framework when
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
  const [p, studio, projects, assessments] = await Promise.all([getPreferences(db), getStudioInfo(db), allProjects(db), listAssessments(db)])
  const period = query.period ?? quarterToAssess(today, projects, assessments, query.project)
  const values = emptyValues(fw, today, {
    projectId: query.project,
    period,
    periodKind: (period.match(/[QHY]/)?.[0] as PeriodKind) ?? 'Q',
    // Who assesses: the one using the app, the studio's lead, else whoever assessed last.
    assessor: p.operatorName || studio.lead || assessments[0]?.assessor || '',
  })
  return { record: null, values, apply: () => showFramework(fw) }
}

/** The quarter that most needs assessing, for one project or for any (quarterToAssess). */
export async function periodToAssess(today: string, projectId: string | null): Promise<string> {
  const [projects, assessments] = await Promise.all([allProjects(db), listAssessments(db)])
  return quarterToAssess(today, projects, assessments, projectId)
}

/**
 * The framework a draft was written on, when it still exists; else the one the form was loaded with.
 */
export async function draftFramework(data: unknown, loaded: IndexFramework): Promise<IndexFramework> {
  const id = (data as { frameworkId?: string }).frameworkId
  const found = id && id !== loaded.id ? await getFramework(db, id) : loaded
  return found && !found.deletedAt ? found : loaded
}
