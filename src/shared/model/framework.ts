import { z } from 'zod'
import { RECORD_STATUSES, VETO_TYPES } from './constants'
import { optionalText, type Stored } from './common'

/** Indicators whose suggested rating is computed from data (docs/domain.md, "Suggested ratings from data"). */
export const DATA_SOURCES = ['A1', 'A2', 'C1', 'C2', 'C3', 'D2', 'D3', 'E1', 'E2'] as const
export type DataSource = (typeof DATA_SOURCES)[number]

export const indicatorSchema = z.object({
  code: z.string().trim().min(1, { message: '指标编号必填' }).max(10),
  name: z.string().trim().min(1, { message: '指标名称必填' }).max(50),
  weight: z.number({ error: '权重须为数字' }).min(0, { message: '权重不能为负' }).max(100),
  description: z.string().max(500).default(''),
  /** 评分标准 for levels 0..5 (index = rating). */
  rubric: z.array(z.string().max(500)).length(6),
  dataSource: z.enum(DATA_SOURCES).nullable().default(null),
})
export type Indicator = z.output<typeof indicatorSchema>

export const dimensionSchema = z.object({
  code: z.string().trim().min(1).max(10),
  name: z.string().trim().min(1, { message: '维度名称必填' }).max(50),
  indicators: z.array(indicatorSchema).min(1, { message: '每个维度至少一个指标' }),
})
export type Dimension = z.output<typeof dimensionSchema>

/** Lower bounds of 绿/蓝/黄 (below yellow is 红). */
export const thresholdsSchema = z
  .object({ green: z.number().min(0).max(100), blue: z.number().min(0).max(100), yellow: z.number().min(0).max(100) })
  .refine((t) => t.green > t.blue && t.blue > t.yellow, { message: '分级阈值须依次递减：绿 > 蓝 > 黄' })
export type Thresholds = z.output<typeof thresholdsSchema>

export const frameworkInputSchema = z.object({
  name: z.string().trim().min(1, { message: '框架名称必填' }).max(100),
  version: z.number().int().min(1),
  /** Shared id of every version of the same framework. */
  lineageId: z.string(),
  note: z.string().max(1000).default(''),
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
  basis: z.string().max(2000).default(''),
  suggestion: suggestionSchema.nullable().default(null),
})
export type AssessmentItem = z.output<typeof assessmentItemSchema>

export const vetoSchema = z.object({ type: z.enum(VETO_TYPES), note: z.string().trim().min(1, { message: '请说明一票否决事件' }) })

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
  assessor: z.string().trim().min(1, { message: '评估人必填' }).max(50),
  assessDate: z.string(),
  items: z.array(assessmentItemSchema),
  veto: vetoSchema.nullable().default(null),
  achievements: optionalText('主要成效'),
  problems: optionalText('存在问题'),
  improvements: optionalText('改进建议'),
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
