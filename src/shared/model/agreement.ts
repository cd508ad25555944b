/**
 * 督导协议 (supervision agreement): who supervises whom, for how long, how often by which 督导方式,
 * how many hours, towards which learning goals (docs/domain.md, "Supervision plans"). The figures
 * it leads to (planned vs held, what is due) are pure rules in domain/plans/.
 */
import { z } from 'zod'
import { SESSION_MODES } from './constants'
import { dateString, enumOf, optionalText, whenValid, type Stored } from './common'
import { confirmationSchema } from './session'
import { evaluationSchema, type GoalEvaluation } from './agreement-evaluation'

export const AGREEMENT_STATUSES = ['草稿', '生效', '已到期', '已终止'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

/** The unit a frequency or an hour target is counted in, and its length in months. */
export const PLAN_UNITS = ['月', '季度', '半年', '年'] as const
export type PlanUnit = (typeof PLAN_UNITS)[number]
export const PLAN_UNIT_MONTHS: Record<PlanUnit, 1 | 3 | 6 | 12> = { 月: 1, 季度: 3, 半年: 6, 年: 12 }
/** '每月', '每季度'… as the form and the documents say it. */
export const PLAN_UNIT_LABELS: Record<PlanUnit, string> = { 月: '每月', 季度: '每季度', 半年: '每半年', 年: '每年' }

export const MAX_GOALS = 20

export const frequencySchema = z.object({
  mode: enumOf(SESSION_MODES, '督导方式'),
  count: z
    .number({ error: '请填写次数' })
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 31, { message: '次数应为 1–31 的整数' }),
  per: enumOf(PLAN_UNITS, '周期'),
})
export type PlanFrequency = z.output<typeof frequencySchema>

export const goalSchema = z.object({
  /** Stable id, so a 督导记录 can say which goals it addressed even after the text is edited. */
  id: z.string().min(1).max(100),
  text: z.string({ error: '学习目标必填' }).trim().min(1, { message: '学习目标必填' }).max(200, { message: '学习目标不能超过 200 字' }),
})
export type LearningGoal = z.output<typeof goalSchema>

/** Hours in tenths at most (6 minutes): what the statistics can show exactly. */
const plannedHours = z
  .number({ error: '计划时数应为数字' })
  .refine((h) => h > 0 && h <= 500 && Math.abs(h * 10 - Math.round(h * 10)) < 1e-9, {
    message: '计划时数应大于 0，最多一位小数',
  })
  .nullable()
  .default(null)

const agreementShape = {
  title: optionalText('协议名称', 100),
  supervisorIds: z.array(z.string()).min(1, { message: '请至少选择一位督导者' }),
  superviseeIds: z.array(z.string()).min(1, { message: '请至少选择一位被督导者' }),
  startDate: dateString('请填写开始日期'),
  endDate: dateString('请填写结束日期'),
  frequencies: z.array(frequencySchema).default([]),
  plannedHours,
  hoursPer: z.enum(PLAN_UNITS).default('季度'),
  goals: z.array(goalSchema).max(MAX_GOALS, { message: `学习目标最多 ${MAX_GOALS} 条` }).default([]),
  responsibilities: optionalText('双方职责', 5000),
  confidentiality: optionalText('保密约定', 5000),
  note: optionalText('备注', 2000),
  status: z.enum(AGREEMENT_STATUSES).default('草稿'),
  /** 已终止: the day it ended; the term counts up to it. */
  terminatedOn: dateString('终止日期格式不正确').nullable().default(null),
  supervisorConfirmation: confirmationSchema.nullable().default(null),
  superviseeConfirmation: confirmationSchema.nullable().default(null),
  /** 中期 and 期末 督导评估 of the goals; optional so records saved before it existed stay valid. */
  evaluations: z.array(evaluationSchema).max(2).optional(),
}

/** Where an evaluation breaks a rule that needs the rest of the agreement, with the message for that field. */
function evaluationProblems(a: { startDate: string; goals: { id: string }[]; evaluations?: GoalEvaluation[] }): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = []
  const evaluations = a.evaluations ?? []
  const goalIds = new Set(a.goals.map((g) => g.id))
  for (const [i, e] of evaluations.entries()) {
    if (evaluations.findIndex((x) => x.kind === e.kind) !== i) out.push({ path: ['evaluations', i, 'kind'], message: `${e.kind}评估只能有一次` })
    if (e.date < a.startDate) out.push({ path: ['evaluations', i, 'date'], message: '评估日期不能早于协议开始日期' })
    for (const [j, item] of e.items.entries()) {
      if (!goalIds.has(item.goalId)) out.push({ path: ['evaluations', i, 'items', j, 'goalId'], message: '评估的学习目标已不在协议中' })
      else if (e.items.findIndex((x) => x.goalId === item.goalId) !== j) out.push({ path: ['evaluations', i, 'items', j, 'goalId'], message: '同一学习目标只能评一次' })
    }
  }
  const mid = evaluations.find((e) => e.kind === '中期')
  const end = evaluations.findIndex((e) => e.kind === '期末')
  if (mid && end >= 0 && evaluations[end]!.date < mid.date) out.push({ path: ['evaluations', end, 'date'], message: '期末评估日期不能早于中期评估' })
  return out
}

export const agreementInputSchema = z
  .object(agreementShape)
  .refine((a) => a.endDate >= a.startDate, {
    path: ['endDate'],
    message: '结束日期不能早于开始日期',
    ...whenValid(z.object({ startDate: dateString(), endDate: dateString() })),
  })
  .refine((a) => !a.supervisorIds.some((id) => a.superviseeIds.includes(id)), {
    path: ['superviseeIds'],
    message: '同一人不能既是督导者又是被督导者',
    ...whenValid(z.object({ supervisorIds: z.array(z.string()), superviseeIds: z.array(z.string()) })),
  })
  .refine((a) => new Set(a.frequencies.map((f) => f.mode)).size === a.frequencies.length, {
    path: ['frequencies'],
    message: '同一督导方式只能设定一次频率',
    ...whenValid(z.object({ frequencies: z.array(frequencySchema) })),
  })
  .refine((a) => a.status !== '已终止' || (a.terminatedOn !== null && a.terminatedOn !== undefined), {
    path: ['terminatedOn'],
    message: '已终止的协议请填写终止日期',
  })
  .refine((a) => !a.terminatedOn || (a.terminatedOn >= a.startDate && a.terminatedOn <= a.endDate), {
    path: ['terminatedOn'],
    message: '终止日期应在协议期限内',
    ...whenValid(z.object({ startDate: dateString(), endDate: dateString(), terminatedOn: dateString().nullable().optional() })),
  })
  .refine((a) => a.status === '草稿' || a.frequencies.length > 0 || a.plannedHours !== null, {
    path: ['frequencies'],
    message: '生效的协议请至少设定一项督导频率或计划时数',
  })
  .superRefine((a, ctx) => {
    const checked = z.object({ startDate: dateString(), goals: z.array(goalSchema), evaluations: z.array(evaluationSchema).optional() }).safeParse(a)
    if (!checked.success) return
    for (const p of evaluationProblems(checked.data)) ctx.addIssue({ code: 'custom', ...p })
  })

export type AgreementInput = z.input<typeof agreementInputSchema>
export type AgreementData = z.output<typeof agreementInputSchema>
export type SupervisionAgreement = Stored<AgreementData>

/** The shape without the cross-field rules, for the stored-record schema. */
export const agreementShapeSchema = z.object(agreementShape)

/** Chinese labels of the agreement's fields, in the order of the form (revisions list changes in this order). */
export const AGREEMENT_FIELD_LABELS = {
  title: '协议名称',
  supervisorIds: '督导者',
  superviseeIds: '被督导者',
  startDate: '开始日期',
  endDate: '结束日期',
  frequencies: '督导频率',
  plannedHours: '计划时数',
  hoursPer: '时数周期',
  goals: '学习目标',
  responsibilities: '双方职责',
  confidentiality: '保密约定',
  note: '备注',
  status: '协议状态',
  terminatedOn: '终止日期',
  supervisorConfirmation: '督导者确认',
  superviseeConfirmation: '被督导者确认',
  evaluations: '督导评估',
} as const satisfies Record<keyof AgreementData, string>

/** The studio's template of the two texts every agreement starts from (设置 → editable). */
export const agreementTemplateSchema = z.object({
  responsibilities: optionalText('双方职责', 5000),
  confidentiality: optionalText('保密约定', 5000),
})
export type AgreementTemplate = z.output<typeof agreementTemplateSchema>

export const DEFAULT_AGREEMENT_TEMPLATE: AgreementTemplate = {
  responsibilities: [
    '督导者：按约定的频率和方式提供督导，围绕学习目标给予行政、教育和支持性指导，及时记录督导内容和意见，对被督导者的专业成长作出评估。',
    '被督导者：按时参加督导，事先准备需要讨论的个案、小组或社区工作议题，落实督导意见并反馈进展，如实反映工作中遇到的困难和风险。',
    '双方：如需调整督导时间或方式，提前协商；协议执行情况每季度回顾一次。',
  ].join('\n'),
  confidentiality: [
    '督导中涉及的服务对象信息、被督导者的个人情况均予保密，仅用于督导和专业成长。',
    '督导记录按工作室档案管理规定保存；对外报送材料时隐去可识别服务对象身份的信息。',
    '发现服务对象或他人面临严重伤害风险、或涉及违法违规情形时，按机构规定和法律要求报告，不受本保密约定限制。',
  ].join('\n'),
}
