import type { Assessment } from '@shared/model'
import { listAssessments } from './assessments'
import type { StudioDatabase } from './schema'

/** An assessment as the 项目评估 list shows it: with its project's name and its framework version. */
export interface AssessmentListRow extends Assessment {
  projectName: string
  frameworkLabel: string
  frameworkName: string
}

/** Every live assessment (newest period first), named: projects and frameworks in the 回收站 too. */
export async function listAssessmentRows(db: StudioDatabase): Promise<AssessmentListRow[]> {
  const [assessments, projects, frameworks] = await Promise.all([listAssessments(db), db.projects.toArray(), db.frameworks.toArray()])
  const pn = new Map(projects.map((p) => [p.id, p.name]))
  const fw = new Map(frameworks.map((f) => [f.id, f]))
  return assessments.map<AssessmentListRow>((a) => {
    const f = fw.get(a.frameworkId)
    return { ...a, projectName: pn.get(a.projectId) ?? '（项目已删除）', frameworkLabel: f ? `v${f.version}` : '—', frameworkName: f?.name ?? '' }
  })
}
