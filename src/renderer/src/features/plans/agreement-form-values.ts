import type { Dayjs } from 'dayjs'
import type { AgreementInput, AgreementTemplate, EvaluationKind, GoalEvaluationInput, LearningGoal, PlanFrequency, SupervisionAgreement } from '@shared/model'
import { fromDateString, toDateOrNull, toDateString } from '../../components/dates'

/** One 督导评估 in the form: the ratings by goal id, so adding or removing a goal never shifts them. */
export interface EvaluationFormValues {
  kind: EvaluationKind
  date: Dayjs | null
  by: string
  ratings: Record<string, { rating?: number | null; comment?: string; selfRating?: number | null } | undefined>
}

/** What the antd form holds: dates as dayjs, confirmations as typed names, the rest as in AgreementInput. */
export interface AgreementFormValues {
  title: string
  supervisorIds: string[]
  superviseeIds: string[]
  startDate: Dayjs | null
  endDate: Dayjs | null
  frequencies: Partial<PlanFrequency>[]
  plannedHours: number | null
  hoursPer: AgreementInput['hoursPer']
  goals: Partial<LearningGoal>[]
  responsibilities: string
  confidentiality: string
  note: string
  status: NonNullable<AgreementInput['status']>
  terminatedOn: Dayjs | null
  supervisorConfirmName: string
  supervisorConfirmAt: string | null
  superviseeConfirmName: string
  superviseeConfirmAt: string | null
  evaluations: EvaluationFormValues[]
}

export function emptyAgreementValues(today: string, template: AgreementTemplate, prefill: { superviseeIds?: string[]; supervisorIds?: string[] } = {}): AgreementFormValues {
  const year = today.slice(0, 4)
  return {
    title: '',
    supervisorIds: prefill.supervisorIds ?? [],
    superviseeIds: prefill.superviseeIds ?? [],
    startDate: fromDateString(today),
    endDate: fromDateString(`${year}-12-31`),
    frequencies: [{ mode: '个别督导', count: 1, per: '月' }],
    plannedHours: null,
    hoursPer: '季度',
    goals: [],
    responsibilities: template.responsibilities,
    confidentiality: template.confidentiality,
    note: '',
    status: '草稿',
    terminatedOn: null,
    supervisorConfirmName: '',
    supervisorConfirmAt: null,
    superviseeConfirmName: '',
    superviseeConfirmAt: null,
    evaluations: [],
  }
}

const confirmation = (name: string | undefined, at: string | null) => {
  const n = (name ?? '').trim()
  return n ? { name: n, at: at ?? new Date().toISOString() } : null
}

let goalSeq = 0
/** A new goal's id: stable once saved, so sessions can point at it. */
export const newGoalId = () => `g-${Date.now().toString(36)}-${(goalSeq++).toString(36)}`

const rated = (r: EvaluationFormValues['ratings'][string]) => !!r && (r.rating != null || (r.comment ?? '').trim() !== '' || r.selfRating != null)

/** The goals an evaluation rated (or commented on), in the goals' order; goals left blank were not evaluated. */
function evaluationInput(e: EvaluationFormValues, goals: readonly LearningGoal[]): GoalEvaluationInput {
  const ratings = e.ratings ?? {}
  return {
    kind: e.kind,
    date: toDateString(e.date),
    by: e.by ?? '',
    items: goals
      .filter((g) => rated(ratings[g.id]))
      .map((g) => ({ goalId: g.id, rating: ratings[g.id]!.rating as number, comment: ratings[g.id]!.comment ?? '', selfRating: ratings[g.id]!.selfRating ?? null })),
  }
}

export function valuesToAgreementInput(v: AgreementFormValues): AgreementInput {
  const goals = (v.goals ?? []).filter((g) => (g.text ?? '').trim() !== '' || g.id).map((g) => ({ id: g.id ?? newGoalId(), text: g.text ?? '' }))
  return {
    title: v.title ?? '',
    supervisorIds: v.supervisorIds ?? [],
    superviseeIds: v.superviseeIds ?? [],
    startDate: toDateString(v.startDate),
    endDate: toDateString(v.endDate),
    frequencies: (v.frequencies ?? []).map((f) => ({ mode: f.mode as PlanFrequency['mode'], count: f.count as number, per: f.per as PlanFrequency['per'] })),
    plannedHours: v.plannedHours ?? null,
    hoursPer: v.hoursPer,
    goals,
    responsibilities: v.responsibilities ?? '',
    confidentiality: v.confidentiality ?? '',
    note: v.note ?? '',
    status: v.status,
    terminatedOn: toDateOrNull(v.terminatedOn),
    supervisorConfirmation: confirmation(v.supervisorConfirmName, v.supervisorConfirmAt),
    superviseeConfirmation: confirmation(v.superviseeConfirmName, v.superviseeConfirmAt),
    evaluations: (v.evaluations ?? []).map((e) => evaluationInput(e, goals)),
  }
}

export function agreementToValues(a: SupervisionAgreement | AgreementInput): AgreementFormValues {
  return {
    title: a.title ?? '',
    supervisorIds: [...a.supervisorIds],
    superviseeIds: [...a.superviseeIds],
    startDate: fromDateString(a.startDate),
    endDate: fromDateString(a.endDate),
    frequencies: (a.frequencies ?? []).map((f) => ({ ...f })),
    plannedHours: a.plannedHours ?? null,
    hoursPer: a.hoursPer ?? '季度',
    goals: (a.goals ?? []).map((g) => ({ ...g })),
    responsibilities: a.responsibilities ?? '',
    confidentiality: a.confidentiality ?? '',
    note: a.note ?? '',
    status: a.status ?? '草稿',
    terminatedOn: fromDateString(a.terminatedOn ?? null),
    supervisorConfirmName: a.supervisorConfirmation?.name ?? '',
    supervisorConfirmAt: a.supervisorConfirmation?.at ?? null,
    superviseeConfirmName: a.superviseeConfirmation?.name ?? '',
    superviseeConfirmAt: a.superviseeConfirmation?.at ?? null,
    evaluations: (a.evaluations ?? []).map((e) => ({
      kind: e.kind,
      date: fromDateString(e.date),
      by: e.by ?? '',
      ratings: Object.fromEntries(e.items.map((i) => [i.goalId, { rating: i.rating, comment: i.comment ?? '', selfRating: i.selfRating ?? null }])),
    })),
  }
}

/**
 * The schema names an evaluation's problem by the item's place (evaluations.0.items.1.rating); the
 * form holds ratings by goal id. Moves each message to the field the person sees; a problem of the
 * whole list of items goes to the first goal's rating.
 */
export function evaluationErrorsAtFields(errors: Record<string, string>, input: AgreementInput): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(errors)) {
    const m = /^evaluations\.(\d+)\.items(?:\.(\d+)\.(\w+))?$/.exec(path)
    if (!m) {
      out[path] = message
      continue
    }
    const e = input.evaluations?.[Number(m[1])]
    const goalId = m[2] !== undefined ? e?.items[Number(m[2])]?.goalId : input.goals?.[0]?.id
    const field = m[3] === undefined || m[3] === 'goalId' ? 'rating' : m[3]
    out[goalId ? `evaluations.${m[1]}.ratings.${goalId}.${field}` : `evaluations.${m[1]}.date`] = message
  }
  return out
}

/** The draft as plain JSON (the form's input shape), and back. */
export const agreementValuesToDraft = (v: AgreementFormValues): unknown => valuesToAgreementInput(v)
export const agreementDraftToValues = (data: unknown): AgreementFormValues => agreementToValues(data as AgreementInput)
