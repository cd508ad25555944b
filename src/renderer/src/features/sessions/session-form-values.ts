import type { Dayjs } from 'dayjs'
import type { SessionInput } from '@shared/model'
import { normalizeTime } from '../../components/time-input'
import { fromDateString, toDateString } from '../../components/dates'

/** What the antd form holds: dates as dayjs, everything else as in SessionInput. */
export interface SessionFormValues extends Omit<SessionInput, 'date' | 'nextDate' | 'followUps' | 'confirmation'> {
  date: Dayjs | null
  nextDate: Dayjs | null
  confirmName: string
  confirmAt: string | null
  followUps: { id?: string; content: string; ownerId: string | null; dueDate: Dayjs | null; status: string; completedDate: string | null; completionNote: string }[]
}

export function emptySessionValues(today: string): SessionFormValues {
  return {
    date: fromDateString(today),
    startTime: '',
    endTime: '',
    location: '',
    mode: '个别督导',
    functions: [],
    kind: '内部督导',
    supervisorIds: [],
    superviseeIds: [],
    projectIds: [],
    topics: [],
    questions: '',
    process: '',
    advice: '',
    supervisorReflection: '',
    superviseeReflection: '',
    feedbackScore: null,
    riskLevel: '无',
    riskNote: '',
    sensitive: false,
    nextDate: null,
    confirmName: '',
    confirmAt: null,
    followUps: [],
    goalIds: [],
  }
}

export function valuesToInput(v: SessionFormValues): SessionInput {
  const name = (v.confirmName ?? '').trim()
  return {
    ...v,
    date: toDateString(v.date),
    startTime: normalizeTime(v.startTime ?? ''),
    endTime: normalizeTime(v.endTime ?? ''),
    nextDate: v.nextDate ? toDateString(v.nextDate) : null,
    confirmation: name ? { name, at: v.confirmAt ?? new Date().toISOString() } : null,
    followUps: (v.followUps ?? []).map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      content: f.content ?? '',
      ownerId: f.ownerId ?? '',
      dueDate: toDateString(f.dueDate),
      status: (f.status ?? '待办') as never,
      completedDate: f.completedDate ?? null,
      completionNote: f.completionNote ?? '',
    })),
  }
}

export function inputToValues(i: SessionInput): SessionFormValues {
  return {
    ...emptySessionValues(i.date),
    ...i,
    date: fromDateString(i.date),
    nextDate: fromDateString(i.nextDate),
    sensitive: i.sensitive ?? false,
    confirmName: i.confirmation?.name ?? '',
    confirmAt: i.confirmation?.at ?? null,
    followUps: (i.followUps ?? []).map((f) => ({
      id: f.id,
      content: f.content,
      ownerId: f.ownerId || null,
      dueDate: fromDateString(f.dueDate),
      status: f.status ?? '待办',
      completedDate: f.completedDate ?? null,
      completionNote: f.completionNote ?? '',
    })),
  } as SessionFormValues
}

/** The draft is stored as plain JSON: the form input shape, nothing React- or dayjs-specific. */
export const valuesToDraft = (v: SessionFormValues): SessionInput => valuesToInput(v)
export const draftToValues = (d: unknown): SessionFormValues => inputToValues(d as SessionInput)

/** A new record from a template keeps when, where, how and with whom; not what was said. */
export function templateValues(t: SessionInput, today: string): SessionFormValues {
  return {
    ...emptySessionValues(today),
    startTime: t.startTime,
    endTime: t.endTime,
    location: t.location ?? '',
    mode: t.mode,
    functions: t.functions,
    kind: t.kind,
    supervisorIds: t.supervisorIds,
    superviseeIds: t.superviseeIds,
    projectIds: t.projectIds,
    topics: t.topics,
  }
}
