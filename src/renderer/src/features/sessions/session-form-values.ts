import type { SessionInput } from '@shared/model'
import { normalizeTime } from '../../components/time-input'

/**
 * What the antd form holds: as in SessionInput, with the 被督导者确认 as its two fields. A date
 * field holds 'YYYY-MM-DD', or the text typed there while it is not a date (DateInput), or null.
 */
export interface SessionFormValues extends Omit<SessionInput, 'date' | 'nextDate' | 'followUps' | 'confirmation'> {
  date: string | null
  nextDate: string | null
  confirmName: string
  confirmAt: string | null
  followUps: { id?: string; content: string; ownerId: string | null; dueDate: string | null; status: string; completedDate: string | null; completionNote: string }[]
}

export function emptySessionValues(today: string): SessionFormValues {
  return {
    date: today,
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
    date: v.date ?? '',
    startTime: normalizeTime(v.startTime ?? ''),
    endTime: normalizeTime(v.endTime ?? ''),
    nextDate: v.nextDate || null,
    confirmation: name ? { name, at: v.confirmAt ?? new Date().toISOString() } : null,
    followUps: (v.followUps ?? []).map((f) => ({
      ...(f.id ? { id: f.id } : {}),
      content: f.content ?? '',
      ownerId: f.ownerId ?? '',
      dueDate: f.dueDate ?? '',
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
    date: i.date || null,
    nextDate: i.nextDate || null,
    sensitive: i.sensitive ?? false,
    confirmName: i.confirmation?.name ?? '',
    confirmAt: i.confirmation?.at ?? null,
    followUps: (i.followUps ?? []).map((f) => ({
      id: f.id,
      content: f.content,
      ownerId: f.ownerId || null,
      dueDate: f.dueDate || null,
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
