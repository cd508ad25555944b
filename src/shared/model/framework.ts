import { z } from 'zod'
import { RECORD_STATUSES, VETO_TYPES } from './constants'
import { dateString, limitedText, numberField, optionalText, requiredText, type Stored } from './common'
import { TEXT_LIMITS } from './limits'

const F = TEXT_LIMITS.framework
const A = TEXT_LIMITS.assessment

/** At most `places` decimal places, as the field shows them: a weight is kept in hundredths, a threshold in tenths. */
const places = (n: number, digits: number) => Math.abs(n * 10 ** digits - Math.round(n * 10 ** digits)) < 1e-6

/** Indicators whose suggested rating is computed from data (docs/domain.md, "Suggested ratings from data"). */
export const DATA_SOURCES = ['A1', 'A2', 'C1', 'C2', 'C3', 'D2', 'D3', 'E1', 'E2'] as const
export type DataSource = (typeof DATA_SOURCES)[number]

export const indicatorSchema = z.object({
  code: requiredText('指标编号', F.code),
  name: requiredText('指标名称', F.itemName),
  weight: numberField('权重须为数字')
    .min(0, { message: '权重不能为负' })
    .max(100, { message: '权重不能超过 100' })
    .refine((w) => places(w, 2), { message: '权重最多保留两位小数' }),
  description: optionalText('指标说明', F.description),
  /** 评分标准 for levels 0..5 (index = rating). */
  rubric: z.array(limitedText('评分标准', F.rubric)).length(6),
  dataSource: z.enum(DATA_SOURCES).nullable().default(null),
})
export type Indicator = z.output<typeof indicatorSchema>

export const dimensionSchema = z.object({
  code: requiredText('维度编号', F.code),
  name: requiredText('维度名称', F.itemName),
  indicators: z.array(indicatorSchema).min(1, { message: '每个维度至少一个指标' }),
})
export type Dimension = z.output<typeof dimensionSchema>

const threshold = (label: string) =>
  numberField(`${label}须为数字`)
    .min(0, { message: `${label}须在 0 到 100 之间` })
    .max(100, { message: `${label}须在 0 到 100 之间` })
    .refine((t) => places(t, 1), { message: `${label}最多保留一位小数` })

/** Lower bounds of 绿/蓝/黄 (below yellow is 红). */
export const thresholdsSchema = z
  .object({ green: threshold('绿色阈值'), blue: threshold('蓝色阈值'), yellow: threshold('黄色阈值') })
  .refine((t) => t.green > t.blue && t.blue > t.yellow, { message: '分级阈值须依次递减：绿 > 蓝 > 黄' })
export type Thresholds = z.output<typeof thresholdsSchema>

export const frameworkInputSchema = z.object({
  name: requiredText('框架名称', F.name),
  version: z.number().int().min(1),
  /** Shared id of every version of the same framework. */
  lineageId: z.string(),
  note: optionalText('框架说明', F.note),
  isTemplate: z.boolean().default(false),
  dimensions: z.array(dimensionSchema).min(1),
  thresholds: thresholdsSchema,
})
export type FrameworkData = z.output<typeof frameworkInputSchema> & {
  /** 1 once a final assessment uses it: edits then go to a new version. */
  frozen: 0 | 1
}
export type IndexFramework = Stored<FrameworkData>

export const suggestionSchema = z.object({
  rating: z.number().int().min(0).max(5),
  /** The ratio or percentage behind the rating, null when not a ratio. */
  value: z.number().nullable(),
  /** Human-readable figures as they were on the day, e.g. "活动场次 12/15，服务人次 300/400". */
  figures: z.string(),
})
export type Suggestion = z.output<typeof suggestionSchema>

export const assessmentItemSchema = z.object({
  indicatorCode: z.string(),
  rating: z.number().int().min(0).max(5).nullable(),
  basis: optionalText('评分依据', A.basis),
  suggestion: suggestionSchema.nullable().default(null),
})
export type AssessmentItem = z.output<typeof assessmentItemSchema>

export const vetoSchema = z.object({ type: z.enum(VETO_TYPES), note: limitedText('一票否决说明', A.vetoNote).min(1, { message: '请说明一票否决事件' }) })

/**
 * Why a final colour is not (only) the colour of the total. `kind` is what code decides on;
 * `text` is the Chinese sentence screens and reports show (domain/supervision-index/drop-reasons.ts
 * writes both).
 * - veto: 一票否决, the colour is 红色.
 * - overdueDrop: follow-ups overdue too long, the colour dropped one step.
 * - overdueAlreadyRed: the same, but the colour was 红色 already.
 * - overdueAlongsideVeto: follow-ups overdue too long beside a veto (no drop of its own).
 * - other: a text kept from an older version that matches none of these.
 */
export const DROP_REASON_KINDS = ['veto', 'overdueDrop', 'overdueAlreadyRed', 'overdueAlongsideVeto', 'other'] as const
export type DropReasonKind = (typeof DROP_REASON_KINDS)[number]
export const dropReasonSchema = z.looseObject({ kind: z.enum(DROP_REASON_KINDS), text: z.string() })
export interface DropReason {
  kind: DropReasonKind
  text: string
}

export const assessmentInputSchema = z.object({
  projectId: z.string().min(1, { message: '请选择项目' }),
  frameworkId: z.string().min(1),
  /** Period code: 2025Q1, 2025H1, 2025Y. */
  period: z.string().regex(/^\d{4}(Q[1-4]|H[12]|Y)$/, { message: '请选择评估周期' }),
  assessor: requiredText('评估人', A.assessor),
  assessDate: dateString('请填写评估日期'),
  items: z.array(assessmentItemSchema),
  veto: vetoSchema.nullable().default(null),
  achievements: optionalText('主要成效', A.achievements),
  problems: optionalText('存在问题', A.problems),
  improvements: optionalText('改进建议', A.improvements),
})
export type AssessmentForm = z.output<typeof assessmentInputSchema>
export interface AssessmentData extends AssessmentForm {
  status: (typeof RECORD_STATUSES)[number]
  /** Total in tenths of a point, fixed at 定稿 (null while draft). */
  totalTenths: number | null
  colour: '绿色' | '蓝色' | '黄色' | '红色' | null
  grade: string | null
  dropReasons: DropReason[]
  finalizedAt: string | null
}
export type Assessment = Stored<AssessmentData>
