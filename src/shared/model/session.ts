import { z } from 'zod'
import {
  FOLLOW_UP_STATUSES,
  RECORD_STATUSES,
  RISK_LEVELS,
  SESSION_FUNCTIONS,
  SESSION_MODES,
  SUPERVISION_KINDS,
} from './constants'
import { dateString, enumOf, optionalText, requiredText, timeString, whenValid, type Stored } from './common'
import { TEXT_LIMITS } from './limits'

const L = TEXT_LIMITS.session

export const MAX_SESSION_MINUTES = 8 * 60

/** Minutes between two HH:mm times on the same day; negative when end is before start. */
export function minutesBetween(start: string, end: string): number {
  const toMin = (t: string) => {
    const [h, m] = t.split(':').map(Number) as [number, number]
    return h * 60 + m
  }
  return toMin(end) - toMin(start)
}

export const followUpInputSchema = z.object({
  id: z.string().optional(),
  content: requiredText('跟进事项内容', TEXT_LIMITS.followUp.content),
  ownerId: z.string({ error: '请选择负责人' }).min(1, { message: '请选择负责人' }),
  dueDate: dateString('请填写期限'),
  status: z.enum(FOLLOW_UP_STATUSES).default('待办'),
  completedDate: dateString('完成日期格式不正确').nullable().default(null),
  completionNote: optionalText('完成说明', TEXT_LIMITS.followUp.completionNote),
})
export type FollowUpInput = z.input<typeof followUpInputSchema>
export type FollowUpData = z.output<typeof followUpInputSchema>
export interface FollowUp extends Stored<Omit<FollowUpData, 'id'>> {
  sessionId: string
}

export const confirmationSchema = z.object({ name: requiredText('被督导者确认', L.confirmName), at: z.string() })

/** The record form's content, validated against "today" (日期不能晚于今天). */
export function sessionInputSchema(today: string) {
  return z
    .object({
      date: dateString('请填写督导日期').refine((d) => d <= today, { message: '督导日期不能晚于今天' }),
      startTime: timeString('请填写开始时间'),
      endTime: timeString('请填写结束时间'),
      location: optionalText('地点', L.location),
      mode: enumOf(SESSION_MODES, '督导方式'),
      functions: z.array(z.enum(SESSION_FUNCTIONS)).min(1, { message: '请至少选择一项督导功能' }),
      kind: z.enum(SUPERVISION_KINDS).default('内部督导'),
      supervisorIds: z.array(z.string()).min(1, { message: '请至少选择一位督导者' }),
      superviseeIds: z.array(z.string()).min(1, { message: '请至少选择一位被督导者' }),
      projectIds: z.array(z.string()).default([]),
      topics: z.array(requiredText('议题', L.topic)).default([]),
      questions: optionalText('被督导者提出的问题', L.questions),
      process: optionalText('督导过程', L.process),
      advice: optionalText('督导意见与建议', L.advice),
      supervisorReflection: optionalText('督导者反思', L.supervisorReflection),
      superviseeReflection: optionalText('被督导者反思', L.superviseeReflection),
      feedbackScore: z.number().int().min(1).max(5).nullable().default(null),
      riskLevel: z.enum(RISK_LEVELS).default('无'),
      riskNote: optionalText('风险/伦理说明', L.riskNote),
      sensitive: z.boolean().default(false),
      nextDate: dateString('下次督导日期格式不正确').nullable().default(null),
      confirmation: confirmationSchema.nullable().default(null),
      followUps: z.array(followUpInputSchema).default([]),
      /** The 学习目标 this meeting worked on, as '<督导协议 id>:<goal id>' (goal ids are unique within their agreement). */
      // Optional, no default: a record from before (or naming no goal) passes every check unchanged.
      goalIds: z.array(z.string().min(1).max(100)).max(50).optional(),
    })
    .refine((s) => minutesBetween(s.startTime, s.endTime) > 0, {
      path: ['endTime'],
      message: '结束时间须晚于开始时间',
      ...whenValid(z.object({ startTime: timeString(), endTime: timeString() })),
    })
    .refine((s) => minutesBetween(s.startTime, s.endTime) <= MAX_SESSION_MINUTES, {
      path: ['endTime'],
      message: '督导时长不能超过 8 小时',
      ...whenValid(z.object({ startTime: timeString(), endTime: timeString() })),
    })
    .refine((s) => !s.supervisorIds.some((id) => s.superviseeIds.includes(id)), {
      path: ['superviseeIds'],
      message: '同一人不能既是督导者又是被督导者',
      ...whenValid(z.object({ supervisorIds: z.array(z.string()), superviseeIds: z.array(z.string()) })),
    })
    .refine((s) => s.riskLevel === '无' || s.riskNote.trim().length > 0, {
      path: ['riskNote'],
      message: '请说明风险或伦理问题',
      ...whenValid(z.object({ riskLevel: z.enum(RISK_LEVELS), riskNote: z.string() })),
    })
    .refine((s) => s.nextDate === null || s.nextDate === undefined || s.nextDate >= s.date, {
      path: ['nextDate'],
      message: '下次督导日期不能早于本次',
      ...whenValid(z.object({ date: dateString(), nextDate: dateString().nullable().optional() })),
    })
}
export type SessionInput = z.input<ReturnType<typeof sessionInputSchema>>
export type SessionForm = z.output<ReturnType<typeof sessionInputSchema>>

export interface SessionData extends Omit<SessionForm, 'followUps' | 'sensitive' | 'goalIds'> {
  /** Absent on records that name no goal (and on every record from before 督导协议). */
  goalIds?: string[]
  /** DD-<year>-<4 digits>, or DD-<year>-<laptop mark><4 digits> on a laptop that syncs; assigned on first save. */
  code: string
  year: number
  seq: number
  durationMinutes: number
  /** 0/1 so it can be indexed. */
  sensitive: 0 | 1
  status: (typeof RECORD_STATUSES)[number]
  finalizedAt: string | null
  /** Made from a row of an Excel ledger: that row's key, so the same row is never imported twice. */
  importKey?: string
}
export type SupervisionSession = Stored<SessionData>

/**
 * A laptop's mark in the 编号 of the records it creates once it syncs with the studio server
 * (docs/domain.md, 编号): one capital letter, I and O left out so a printed number is never
 * misread as 1 or 0.
 */
export const LAPTOP_MARKS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
export const LAPTOP_MARK_RE = /^[A-HJ-NP-Z]$/

/**
 * 编号: `DD-2026-0042` (a laptop without sync, and every number issued before sync) or
 * `DD-2026-B0042` (laptop B's own sequence of that year): two laptops offline never issue the
 * same number, and no number ever changes once issued.
 */
export function formatSessionCode(year: number, seq: number, mark: string = ''): string {
  return `DD-${year}-${mark}${String(seq).padStart(4, '0')}`
}

export const SESSION_CODE_RE = /^DD-(\d{4})-([A-HJ-NP-Z]?)(\d{4,})$/

/** The parts of a 编号, or null when it is not one. */
export function parseSessionCode(code: string): { year: number; mark: string; seq: number } | null {
  const m = SESSION_CODE_RE.exec(code)
  return m ? { year: Number(m[1]), mark: m[2]!, seq: Number(m[3]) } : null
}

/** Chinese labels of a 督导记录's form fields, in the order of the form (revisions list changes in this order). */
export const SESSION_FIELD_LABELS = {
  date: '日期',
  startTime: '开始时间',
  endTime: '结束时间',
  location: '地点',
  mode: '督导方式',
  functions: '督导功能',
  kind: '内部/外部督导',
  supervisorIds: '督导者',
  superviseeIds: '被督导者',
  projectIds: '关联项目',
  topics: '议题',
  questions: '被督导者提出的问题',
  process: '督导过程',
  advice: '督导意见与建议',
  supervisorReflection: '督导者反思',
  superviseeReflection: '被督导者反思',
  feedbackScore: '被督导者反馈',
  riskLevel: '风险/伦理提示',
  riskNote: '风险/伦理说明',
  sensitive: '敏感',
  nextDate: '下次督导日期',
  confirmation: '被督导者确认',
  goalIds: '涉及的学习目标',
} as const satisfies Record<string, string>
