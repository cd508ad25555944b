/**
 * Schemas of the records AS STORED, one per table: the record's metadata plus the fields of
 * its input schema (reused from the entity modules) plus what the data layer derives (编号,
 * 时长, status…). Used to validate everything that enters the database from outside — backup
 * files, merge imports, Excel imports — so a damaged or hand-edited file is refused with a
 * Chinese message instead of being written.
 *
 * Objects are `loose`: a field this version does not know is kept, never silently dropped
 * (nothing in a studio's records may be lost on a round trip).
 */
import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'
import {
  FOLLOW_UP_STATUSES,
  RECORD_STATUSES,
} from './constants'
import { fieldErrors, isRealDate } from './common'
import { personInputSchema } from './person'
import { progressInputSchema, projectInputSchema } from './project'
import {
  followUpInputSchema,
  formatSessionCode,
  MAX_SESSION_MINUTES,
  minutesBetween,
  parseSessionCode,
  SESSION_CODE_RE,
  sessionInputSchema,
} from './session'
import { assessmentInputSchema, dropReasonSchema, frameworkInputSchema } from './framework'
import { dropReasonFromText } from '../domain/supervision-index/drop-reasons'
import { preferencesSchema, studioInfoSchema } from './studio'
import { ROLLUP_SETTINGS_KEY, rollupSettingsSchema } from '../rollup/settings'
import { CONFLICT_SOURCES } from './conflict'
import type { Revision } from './revision'
import { agreementShapeSchema } from './agreement'
import { FIELD_LABELS } from './record-labels'

/** Every table a backup carries, in the order of the Dexie schema (test: equals DATA_TABLES). */
export const BACKUP_TABLES = [
  'settings',
  'persons',
  'projects',
  'progress',
  'sessions',
  'followUps',
  'frameworks',
  'assessments',
  'revisions',
  'drafts',
  'conflicts',
  'agreements',
] as const
export type BackupTable = (typeof BACKUP_TABLES)[number]

export const TABLE_LABELS: Record<BackupTable, string> = {
  settings: '设置',
  persons: '人员',
  projects: '服务项目',
  progress: '项目进展',
  sessions: '督导记录',
  followUps: '跟进事项',
  frameworks: '指数框架',
  assessments: '项目评估',
  revisions: '修订记录',
  drafts: '草稿',
  conflicts: '待处理冲突',
  agreements: '督导协议',
}

/** ISO-8601 timestamp as written by `Date#toISOString` (offsets accepted for foreign files). */
const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/
export const timestamp = (label: string) =>
  z
    .string({ error: `${label}缺失` })
    .regex(TIMESTAMP_RE, { message: `${label}格式不正确` })
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: `${label}不是有效时间` })

const recordId = z.string({ error: '记录 id 缺失' }).min(1, { message: '记录 id 缺失' }).max(100, { message: '记录 id 过长' })

export const storedMeta = {
  id: recordId,
  createdAt: timestamp('创建时间'),
  updatedAt: timestamp('修改时间'),
  deletedAt: timestamp('删除时间').nullable(),
  rev: z.number({ error: '记录版本缺失' }).int({ message: '记录版本应为整数' }).min(1, { message: '记录版本应为正数' }),
  fieldRevs: z.record(z.string(), z.number().int().min(1)).optional(),
}

const zeroOne = z.union([z.literal(0), z.literal(1)], { error: '应为 0 或 1' })
const storedDate = (label: string) => z.string({ error: `${label}缺失` }).refine(isRealDate, { message: `${label}格式应为 年-月-日` })

export const storedPersonSchema = z.looseObject({ ...personInputSchema.shape, ...storedMeta })

export const storedProjectSchema = z
  .looseObject({ ...projectInputSchema.shape, ...storedMeta })
  .refine((p) => p.endDate >= p.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] })

export const storedProgressSchema = z
  .looseObject({ ...progressInputSchema.shape, ...storedMeta })
  .refine((p) => p.needsResolved <= p.needsCollected, { message: '办结诉求条数不能多于收集需求条数', path: ['needsResolved'] })

/** The form's fields without `followUps` (a table of their own) and with `sensitive` as 0/1. */
const {
  followUps: _followUps,
  sensitive: _sensitive,
  // A stored record keeps the date it was written with: "not after today" is a form rule.
  date: _date,
  ...sessionFormShape
} = sessionInputSchema('9999-12-31').shape

export { SESSION_CODE_RE }

export const storedSessionSchema = z
  .looseObject({
    ...sessionFormShape,
    ...storedMeta,
    date: storedDate('督导日期'),
    code: z.string({ error: '编号缺失' }).regex(SESSION_CODE_RE, { message: '编号格式应为 DD-年份-序号（或 DD-年份-电脑字母序号）' }),
    year: z.number({ error: '年份缺失' }).int().min(1900).max(9999),
    seq: z.number({ error: '序号缺失' }).int().min(1),
    durationMinutes: z
      .number({ error: '时长缺失' })
      .int()
      .min(1, { message: '时长须为正数' })
      .max(MAX_SESSION_MINUTES, { message: '督导时长不能超过 8 小时' }),
    sensitive: zeroOne,
    status: z.enum(RECORD_STATUSES, { error: '状态应为 草稿 或 已定稿' }),
    finalizedAt: timestamp('定稿时间').nullable(),
    importKey: z.string().max(64, { message: '导入标识过长' }).optional(),
  })
  // The form's cross-field rules, then the derived fields' consistency.
  .refine((s) => minutesBetween(s.startTime, s.endTime) > 0, { message: '结束时间须晚于开始时间', path: ['endTime'] })
  .refine((s) => !s.supervisorIds.some((id) => s.superviseeIds.includes(id)), {
    message: '同一人不能既是督导者又是被督导者',
    path: ['superviseeIds'],
  })
  // A 敏感 record synced to a laptop whose user may not read its texts holds them as empty
  // (sensitiveText 'separate', src/shared/sync/documents.ts): its note is there, only not here.
  .refine((s) => s.riskLevel === '无' || s.riskNote.trim().length > 0 || s.sensitiveText === 'separate', {
    message: '请说明风险或伦理问题',
    path: ['riskNote'],
  })
  .refine((s) => s.nextDate === null || s.nextDate >= s.date, { message: '下次督导日期不能早于本次', path: ['nextDate'] })
  .refine((s) => s.code === formatSessionCode(s.year, s.seq, parseSessionCode(s.code)?.mark), { message: '编号与年份、序号不一致', path: ['code'] })
  .refine((s) => minutesBetween(s.startTime, s.endTime) === s.durationMinutes, {
    message: '时长与开始、结束时间不一致',
    path: ['durationMinutes'],
  })

const { id: _fid, ...followUpShape } = followUpInputSchema.shape
export const storedFollowUpSchema = z.looseObject({
  ...followUpShape,
  ...storedMeta,
  status: z.enum(FOLLOW_UP_STATUSES, { error: '跟进状态不正确' }),
  sessionId: z.string({ error: '所属督导记录缺失' }).min(1, { message: '所属督导记录缺失' }),
})

export const storedFrameworkSchema = z.looseObject({ ...frameworkInputSchema.shape, ...storedMeta, frozen: zeroOne })

export const storedAssessmentSchema = z.looseObject({
  ...assessmentInputSchema.shape,
  ...storedMeta,
  status: z.enum(RECORD_STATUSES, { error: '状态应为 草稿 或 已定稿' }),
  totalTenths: z.number().int().min(0).max(1000).nullable(),
  colour: z.enum(['绿色', '蓝色', '黄色', '红色']).nullable(),
  grade: z.string().nullable(),
  // Backups written before schema v3 keep a reason as its text alone: it gets its kind here.
  dropReasons: z.array(z.union([dropReasonSchema, z.string().transform(dropReasonFromText)])),
  finalizedAt: timestamp('定稿时间').nullable(),
})

/** A 督导协议 as stored: its form's fields (the form's cross-field rules hold for what the app wrote). */
export const storedAgreementSchema = z
  .looseObject({ ...agreementShapeSchema.shape, ...storedMeta, startDate: storedDate('开始日期'), endDate: storedDate('结束日期') })
  .refine((a) => a.endDate >= a.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] })

export const REVISION_ENTITIES = ['session', 'assessment', 'followUp', 'person', 'project', 'progress', 'framework', 'agreement'] as const
export const REVISION_ACTIONS = ['撤销定稿', '修改', '定稿', '合并冲突'] as const
// Compile-time guard: the lists above stay equal to the Revision type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _entitiesMatch: Same<(typeof REVISION_ENTITIES)[number], Revision['entity']> = true
const _actionsMatch: Same<(typeof REVISION_ACTIONS)[number], Revision['action']> = true
void _entitiesMatch
void _actionsMatch

export const storedRevisionSchema = z.looseObject({
  id: storedMeta.id,
  entity: z.enum(REVISION_ENTITIES, { error: '修订记录的对象类型不正确' }),
  recordId: z.string().min(1),
  at: timestamp('修订时间'),
  by: z.string(),
  action: z.enum(REVISION_ACTIONS, { error: '修订记录的动作不正确' }),
  reason: z.string(),
  changes: z.array(z.looseObject({ field: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })),
  snapshot: z.unknown().optional(),
})

export const storedConflictSchema = z.looseObject({
  id: recordId,
  table: z.enum(['persons', 'projects', 'progress', 'sessions', 'followUps', 'frameworks', 'assessments', 'agreements'], { error: '冲突记录的数据表不正确' }),
  recordId,
  title: z.string(),
  source: z.enum(CONFLICT_SOURCES, { error: '冲突来源不正确' }),
  peer: z.string(),
  reason: z.string(),
  at: timestamp('发现时间'),
  provisional: z.enum(['local', 'remote']),
  fields: z.array(z.looseObject({ field: z.string().min(1), label: z.string(), local: z.unknown(), remote: z.unknown() })),
  resolved: zeroOne,
  resolvedAt: timestamp('处理时间').nullable(),
  resolvedBy: z.string(),
  choices: z.record(z.string(), z.enum(['local', 'remote'])).optional(),
})

export const storedDraftSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(['session', 'assessment', 'agreement']),
  recordId: z.string().nullable(),
  data: z.unknown(),
  updatedAt: timestamp('修改时间'),
})

/** Merge bookkeeping, kept per other device in the settings table (key `sync:<deviceId>`). */
export const SYNC_KEY_PREFIX = 'sync:'
export const syncStateSchema = z.object({
  deviceId: z.string().min(1),
  studioName: z.string().default(''),
  /** When this database last took in that device's data (this device's clock). */
  at: timestamp('交换时间'),
  /** createdAt of that device's file (that device's clock) — a later import of an older file is refused. */
  fileCreatedAt: timestamp('备份时间'),
  /** `${table}:${id}` → updatedAt of the record as that device had it. */
  seen: z.record(z.string(), z.string()),
  /** `${table}:${id}` → updatedAt of the record here right after the exchange, where it differs from `seen`. */
  kept: z.record(z.string(), z.string()),
  /**
   * `${table}:${id}` → [rev here, rev there] right after the exchange: with the records' field
   * stamps, which fields each side changed since (a field-by-field merge). Absent in states
   * written before records had versions: their records merge as if the ancestor were unknown.
   */
  revs: z.record(z.string(), z.tuple([z.number().int().min(0), z.number().int().min(0)])).default({}),
})
export type SyncState = z.output<typeof syncStateSchema>

// An entry per record (20,000 and more): validated on reading a backup, not parsed again to merge it.
const parsedSyncStates = new WeakMap<object, SyncState>()
/** The value as a valid SyncState (defaults filled), or null; a value validated on reading is not parsed again. */
export function parseSyncState(value: unknown): SyncState | null {
  const known = typeof value === 'object' && value !== null ? parsedSyncStates.get(value) : undefined
  if (known) return known
  const r = syncStateSchema.safeParse(value)
  return r.success ? r.data : null
}

export const storedSettingSchema = z
  .looseObject({
    key: z.string({ error: '设置项名称缺失' }).min(1),
    value: z.unknown(),
    updatedAt: timestamp('修改时间'),
  })
  .superRefine((row, ctx) => {
    const check = <T>(schema: z.ZodType<T>, label: string) => {
      const r = schema.safeParse(row.value, { error: zhCN().localeError })
      if (!r.success) {
        const [path, msg] = Object.entries(fieldErrors(r.error))[0] ?? ['', '格式不正确']
        ctx.addIssue({ code: 'custom', path: ['value', ...path.split('.').filter(Boolean)], message: `${label}：${msg}` })
      }
      return r.success ? r.data : undefined
    }
    if (row.key === 'studio') check(studioInfoSchema, '工作室信息')
    else if (row.key === 'preferences') check(preferencesSchema, '偏好设置')
    else if (row.key === ROLLUP_SETTINGS_KEY) check(rollupSettingsSchema, '区级汇总设置')
    else if (row.key.startsWith(SYNC_KEY_PREFIX)) {
      const state = check(syncStateSchema, '合并记录')
      if (state && typeof row.value === 'object' && row.value !== null) parsedSyncStates.set(row.value, state)
    }
  })

export const STORED_SCHEMAS: Record<BackupTable, z.ZodType> = {
  settings: storedSettingSchema,
  persons: storedPersonSchema,
  projects: storedProjectSchema,
  progress: storedProgressSchema,
  sessions: storedSessionSchema,
  followUps: storedFollowUpSchema,
  frameworks: storedFrameworkSchema,
  assessments: storedAssessmentSchema,
  revisions: storedRevisionSchema,
  drafts: storedDraftSchema,
  conflicts: storedConflictSchema,
  agreements: storedAgreementSchema,
}

export type StoredIssue = { path: string; label: string; message: string }

/**
 * Validates one stored record. Returns the parsed record (defaults filled, unknown fields
 * kept) or the first problem in Chinese.
 */
export function validateStored(
  table: BackupTable,
  record: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; issue: StoredIssue } {
  const result = STORED_SCHEMAS[table].safeParse(record, { error: zhCN().localeError })
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> }
  const issue = result.error.issues[0]!
  const path = issue.path.map(String).join('.')
  const head = String(issue.path[0] ?? '')
  const label = FIELD_LABELS[head] ?? head
  return { ok: false, issue: { path, label, message: issue.message } }
}
