import type { AssessmentForm, DataSource, IndexFramework, Suggestion, VetoType } from '@shared/model'
import type { PeriodKind } from '@shared/domain/period'
import { parsePeriod } from '@shared/domain/period'
import { alignItems } from '@shared/domain/supervision-index/assessment-rules'

/** What the antd form holds. */
export interface AssessmentFormValues {
  projectId: string | null
  periodKind: PeriodKind
  period: string | null
  frameworkId: string
  assessor: string
  /** 'YYYY-MM-DD', or the text typed while it is not a date (DateInput). */
  assessDate: string | null
  items: { indicatorCode: string; rating: number | null; basis: string }[]
  vetoOn: boolean
  veto: { type: VetoType | null; note: string }
  achievements: string
  problems: string
  improvements: string
}

/** The draft as stored in the drafts table (plain JSON: the form's values as they are). */
export type AssessmentDraftData = AssessmentFormValues

export function emptyValues(framework: IndexFramework, today: string, over: Partial<AssessmentFormValues> = {}): AssessmentFormValues {
  return {
    projectId: null,
    periodKind: 'Q',
    period: null,
    frameworkId: framework.id,
    assessor: '',
    assessDate: today,
    items: alignItems(framework, []).map(({ indicatorCode, rating, basis }) => ({ indicatorCode, rating, basis })),
    vetoOn: false,
    veto: { type: null, note: '' },
    achievements: '',
    problems: '',
    improvements: '',
    ...over,
  }
}

export function formToValues(form: AssessmentForm, framework: IndexFramework): AssessmentFormValues {
  return {
    projectId: form.projectId,
    periodKind: parsePeriod(form.period)?.kind ?? 'Q',
    period: form.period,
    frameworkId: form.frameworkId,
    assessor: form.assessor,
    assessDate: form.assessDate,
    items: alignItems(framework, form.items).map(({ indicatorCode, rating, basis }) => ({ indicatorCode, rating, basis })),
    vetoOn: form.veto !== null,
    veto: { type: form.veto?.type ?? null, note: form.veto?.note ?? '' },
    achievements: form.achievements,
    problems: form.problems,
    improvements: form.improvements,
  }
}

/**
 * The form content for the data layer. Suggestions are the ones on screen (the data layer
 * recomputes them from the stored data anyway).
 */
export function valuesToForm(
  v: AssessmentFormValues,
  framework: IndexFramework,
  suggestions: Partial<Record<DataSource, Suggestion | null>>,
): AssessmentForm {
  const items = alignItems(framework, v.items ?? [], suggestions).map((item) => ({
    ...item,
    basis: (item.basis ?? '').trim(),
  }))
  return {
    projectId: v.projectId ?? '',
    frameworkId: v.frameworkId,
    period: v.period ?? '',
    assessor: (v.assessor ?? '').trim(),
    assessDate: v.assessDate ?? '',
    items,
    veto: v.vetoOn && v.veto?.type ? { type: v.veto.type, note: (v.veto.note ?? '').trim() } : null,
    achievements: (v.achievements ?? '').trim(),
    problems: (v.problems ?? '').trim(),
    improvements: (v.improvements ?? '').trim(),
  }
}

export function valuesToDraft(v: AssessmentFormValues): AssessmentDraftData {
  return { ...v }
}

export function draftToValues(d: unknown, framework: IndexFramework | null): Partial<AssessmentFormValues> {
  const data = (d ?? {}) as Partial<AssessmentDraftData>
  const items = framework ? alignItems(framework, data.items ?? []).map(({ indicatorCode, rating, basis }) => ({ indicatorCode, rating, basis })) : data.items
  return { ...data, items } as Partial<AssessmentFormValues>
}
