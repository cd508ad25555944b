import type { Dayjs } from 'dayjs'
import type { AgreementInput, AgreementTemplate, LearningGoal, PlanFrequency, SupervisionAgreement } from '@shared/model'
import { fromDateString, toDateOrNull, toDateString } from '../../components/dates'

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
  }
}

const confirmation = (name: string | undefined, at: string | null) => {
  const n = (name ?? '').trim()
  return n ? { name: n, at: at ?? new Date().toISOString() } : null
}

let goalSeq = 0
/** A new goal's id: stable once saved, so sessions can point at it. */
export const newGoalId = () => `g-${Date.now().toString(36)}-${(goalSeq++).toString(36)}`

export function valuesToAgreementInput(v: AgreementFormValues): AgreementInput {
  return {
    title: v.title ?? '',
    supervisorIds: v.supervisorIds ?? [],
    superviseeIds: v.superviseeIds ?? [],
    startDate: toDateString(v.startDate),
    endDate: toDateString(v.endDate),
    frequencies: (v.frequencies ?? []).map((f) => ({ mode: f.mode as PlanFrequency['mode'], count: f.count as number, per: f.per as PlanFrequency['per'] })),
    plannedHours: v.plannedHours ?? null,
    hoursPer: v.hoursPer,
    goals: (v.goals ?? []).filter((g) => (g.text ?? '').trim() !== '' || g.id).map((g) => ({ id: g.id ?? newGoalId(), text: g.text ?? '' })),
    responsibilities: v.responsibilities ?? '',
    confidentiality: v.confidentiality ?? '',
    note: v.note ?? '',
    status: v.status,
    terminatedOn: toDateOrNull(v.terminatedOn),
    supervisorConfirmation: confirmation(v.supervisorConfirmName, v.supervisorConfirmAt),
    superviseeConfirmation: confirmation(v.superviseeConfirmName, v.superviseeConfirmAt),
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
  }
}

/** The draft as plain JSON (the form's input shape), and back. */
export const agreementValuesToDraft = (v: AgreementFormValues): unknown => valuesToAgreementInput(v)
export const agreementDraftToValues = (data: unknown): AgreementFormValues => agreementToValues(data as AgreementInput)
