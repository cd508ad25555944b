import { useMemo } from 'react'
import { Form, type FormInstance } from 'antd'
import { isRealDate, type Assessment, type DataSource, type IndexFramework, type Suggestion } from '@shared/model'
import { gradeAssessment } from '@shared/domain/supervision-index/grading'
import { computeScores } from '@shared/domain/supervision-index/scoring'
import { isPeriodCode, previousPeriod, type PeriodKind } from '@shared/domain/period'
import { db } from '../../db/connection'
import { findAssessment, loadAssessmentContext } from '../../db/assessments'
import { frameworkIndicators } from '@shared/domain/supervision-index/assessment-rules'
import { getProject } from '../../db/projects'
import { useLive } from '../../db/use-live'
import type { AssessmentFormValues } from './assessment-form-values'

/**
 * What an assessment form shows beside its fields, kept current while it is edited: the project,
 * the suggestions from its records, the scores and the colour. A 已定稿 assessment shows what was
 * stored when it was finalised.
 */
export function useAssessmentFigures(
  form: FormInstance<AssessmentFormValues>,
  framework: IndexFramework | null,
  record: Assessment | null,
  locked: boolean,
) {
  const projectId = Form.useWatch('projectId', form) as string | null | undefined
  const period = Form.useWatch('period', form) as string | null | undefined
  const periodKind = (Form.useWatch('periodKind', form) as PeriodKind | undefined) ?? 'Q'
  const assessDate = Form.useWatch('assessDate', form) as string | null | undefined
  const items = Form.useWatch('items', form) as AssessmentFormValues['items'] | undefined
  const vetoOn = Form.useWatch('vetoOn', form) as boolean | undefined
  const veto = Form.useWatch('veto', form) as AssessmentFormValues['veto'] | undefined
  // A date still being typed (or impossible) counts as none: the figures wait for a real one.
  const dateStr = assessDate && isRealDate(assessDate) ? assessDate : ''

  const project = useLive(projectId ? () => getProject(db, projectId) : null, [projectId])
  const context = useLive(
    () => (projectId && period && !locked ? loadAssessmentContext(db, projectId, period, dateStr) : Promise.resolve(null)),
    // The preferences it depends on are read inside: the live read follows them by itself.
    [projectId, period, dateStr, locked],
  )

  /** The project's final assessment of the period before, which 沿用上期评分 takes ratings from. */
  const previous = useLive(
    () =>
      projectId && period && isPeriodCode(period) && !locked
        ? findAssessment(db, projectId, previousPeriod(period)).then((a) => (a?.status === '已定稿' ? a : null))
        : Promise.resolve(null),
    [projectId, period, locked],
  )

  const indicators = useMemo(() => (framework ? frameworkIndicators(framework) : []), [framework])

  /** The suggestion of each data source as shown: stored ones for a final assessment, live ones otherwise. */
  const suggestions = useMemo<Partial<Record<DataSource, Suggestion | null>>>(() => {
    if (locked && record) {
      const out: Partial<Record<DataSource, Suggestion | null>> = {}
      for (const ind of indicators) {
        if (ind.dataSource) out[ind.dataSource] = record.items.find((i) => i.indicatorCode === ind.code)?.suggestion ?? null
      }
      return out
    }
    return context?.suggestionSet.suggestions ?? {}
  }, [locked, record, indicators, context])

  const grading = useMemo(() => {
    if (!framework) return null
    const ratings = (items ?? []).map((i) => ({ indicatorCode: i?.indicatorCode ?? '', rating: i?.rating ?? null }))
    if (locked && record) return { scores: computeScores(framework, record.items), grade: null }
    return gradeAssessment(framework, ratings, {
      overdue: context?.overdue ?? [],
      overdueDropDays: context?.overdueDropDays,
      veto: vetoOn && veto?.type ? { type: veto.type, note: veto.note ?? '' } : null,
    })
  }, [framework, items, locked, record, context, vetoOn, veto])

  return { projectId, period, periodKind, items, vetoOn, project, context, previous: previous ?? null, indicators, suggestions, grading }
}

export type AssessmentFigures = ReturnType<typeof useAssessmentFigures>
