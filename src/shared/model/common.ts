import { z } from 'zod'
import { isRealDate } from '../domain/dates'
import { dateProblem, groupDigits, numberProblem, timeProblem } from './typed-input'

/** Re-exported for the schemas' callers: what a real date is, is decided in domain/dates.ts. */
export { isRealDate }

/** Fields every stored record carries. `deletedAt` non-null means the record is in the 回收站. */
export const recordMeta = {
  id: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  rev: z.number().int().min(1),
}
export interface RecordMeta {
  id: string
  createdAt: string
  updatedAt: string
  deletedAt: string | null
  /** Writes of this record on this laptop: 1 when created, one more on every write (domain/record-version.ts). */
  rev: number
  /** At which `rev` each field last changed, for fields changed after creation. */
  fieldRevs?: Record<string, number>
}
export type Stored<T> = T & RecordMeta

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * A stored date ('YYYY-MM-DD' of a day that exists). `message` is for a missing date; a date typed
 * wrong says what is wrong with it (「日期无效：2025年2月没有30日」), as the field itself does.
 */
export const dateString = (message = '日期格式应为 年-月-日') =>
  z.string({ error: message }).superRefine((s, ctx) => {
    if (!isRealDate(s)) ctx.addIssue({ code: 'custom', message: dateProblem(s) || message })
  })
/** A stored time of day ('HH:mm'); like dateString, a time typed wrong says why (「时间无效：没有25点」). */
export const timeString = (message = '时间格式应为 时:分') =>
  z.string({ error: message }).superRefine((s, ctx) => {
    if (!TIME_RE.test(s)) ctx.addIssue({ code: 'custom', message: timeProblem(s) || message })
  })

/** `label不能超过 5,000 字（现为 5,012 字）`: the limit and how far over it the text is. */
const tooLong = (label: string, max: number) => (issue: { input?: unknown }) =>
  `${label}不能超过 ${groupDigits(max)} 字${typeof issue.input === 'string' ? `（现为 ${groupDigits(issue.input.length)} 字）` : ''}`

/** Text with a length limit the database enforces (counted after trimming, as stored). */
export const limitedText = (label: string, max: number) => z.string({ error: `${label}应为文字` }).trim().max(max, { error: tooLong(label, max) })

/** Trimmed text with a Chinese "required" message; empty after trim counts as missing. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label}必填` })
    .trim()
    .min(1, { message: `${label}必填` })
    .max(max, { error: tooLong(label, max) })

export const optionalText = (label: string, max = 5000) => limitedText(label, max).default('')

/**
 * A number from a number field: what was typed and could not be read as a number arrives as the
 * text itself and is named (「数字无效：“12a”不是数字」); a missing one gets `message`.
 */
export const numberField = (message: string) =>
  z.number({ error: (issue) => numberProblem(issue.input) || message })

export const nonNegativeInt = (label: string) =>
  numberField(`${label}须为非负整数`)
    // A refine rather than .int(): zod's int issue aborts the object, which would hide
    // cross-field messages (结束日期不能早于开始日期) shown alongside it.
    .refine((n) => Number.isInteger(n) && n >= 0, { message: `${label}须为非负整数` })

export const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `请选择${label}` })

/**
 * For cross-field checks: run once the fields they read are themselves valid, even while
 * other fields still have errors — so a form shows every problem at once.
 */
export const whenValid = (shape: z.ZodType) => ({
  when: (payload: { value: unknown }) => shape.safeParse(payload.value).success,
})

/** Field path → first Chinese message, for showing errors at the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    if (!(key in out)) out[key] = issue.message
  }
  return out
}

/** Thrown by every write whose input fails validation; carries the message for each field. */
export class ValidationError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields)[0] ?? '输入有误')
    this.name = 'ValidationError'
  }
}

/** Parses with a zod schema or throws a ValidationError keyed by field path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw new ValidationError(fieldErrors(result.error))
  return result.data
}
