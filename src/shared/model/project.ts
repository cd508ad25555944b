import { z } from 'zod'
import { FUNDING_SOURCES, PROJECT_STATUSES, SERVICE_FIELDS } from './constants'
import { dateString, enumOf, nonNegativeInt, numberField, optionalText, requiredText, whenValid, type Stored } from './common'
import { TEXT_LIMITS } from './limits'

const L = TEXT_LIMITS.project

export const annualTargetsSchema = z.object({
  activities: nonNegativeInt('目标活动场次'),
  serviceCount: nonNegativeInt('目标人次'),
  volunteers: nonNegativeInt('目标志愿者人数'),
})

export const projectInputSchema = z
  .object({
    name: requiredText('项目名称', L.name),
    organization: optionalText('承接机构', L.organization),
    street: optionalText('街道', L.street),
    community: requiredText('社区', L.community),
    field: enumOf(SERVICE_FIELDS, '服务领域'),
    beneficiaries: optionalText('服务对象', L.beneficiaries),
    fundingSource: enumOf(FUNDING_SOURCES, '资金来源'),
    startDate: dateString('请填写开始日期'),
    endDate: dateString('请填写结束日期'),
    leaderId: z.string().nullable().default(null),
    targets: annualTargetsSchema,
    status: enumOf(PROJECT_STATUSES, '状态'),
    note: optionalText('备注', L.note),
  })
  .refine((p) => p.endDate >= p.startDate, {
    message: '结束日期不能早于开始日期',
    path: ['endDate'],
    ...whenValid(z.object({ startDate: dateString(), endDate: dateString() })),
  })
export type ProjectInput = z.input<typeof projectInputSchema>
export type ProjectData = z.output<typeof projectInputSchema>
export type Project = Stored<ProjectData>

/** Quarter codes such as 2025Q1: progress is entered per quarter. */
export const QUARTER_RE = /^\d{4}Q[1-4]$/

export const progressInputSchema = z
  .object({
    projectId: z.string().min(1),
    period: z.string().regex(QUARTER_RE, { message: '请选择季度' }),
    activities: nonNegativeInt('实际活动场次'),
    serviceCount: nonNegativeInt('服务人次'),
    volunteers: nonNegativeInt('参与志愿者人数'),
    volunteerHours: numberField('志愿服务时长须为非负数')
      .min(0, { message: '志愿服务时长须为非负数' })
      .max(1_000_000, { message: '志愿服务时长过大' }),
    needsCollected: nonNegativeInt('收集需求条数'),
    needsResolved: nonNegativeInt('办结诉求条数'),
    satisfaction: numberField('满意度须在 0 到 100 之间')
      .min(0, { message: '满意度须在 0 到 100 之间' })
      .max(100, { message: '满意度须在 0 到 100 之间' })
      .nullable()
      .default(null),
    note: optionalText('备注', TEXT_LIMITS.progress.note),
  })
  .refine((p) => p.needsResolved <= p.needsCollected, {
    message: '办结诉求条数不能多于收集需求条数',
    path: ['needsResolved'],
    ...whenValid(z.object({ needsCollected: z.number(), needsResolved: z.number() })),
  })
export type ProgressInput = z.input<typeof progressInputSchema>
export type ProgressData = z.output<typeof progressInputSchema>
export type ProjectProgress = Stored<ProgressData>
