import { z } from 'zod'
import { limitedText, optionalText } from './common'
import { TEXT_LIMITS } from './limits'

const L = TEXT_LIMITS.studio

export const studioInfoSchema = z.object({
  name: limitedText('工作室名称', L.name).default(''),
  lead: optionalText('领衔人', L.lead),
  unit: optionalText('所属单位', L.unit),
  address: optionalText('地址', L.address),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-\s()（）]*$/, { message: '联系电话只能包含数字、空格和 - + ( )' })
    .max(L.phone, { message: `联系电话不能超过 ${L.phone} 个字符` })
    .default(''),
})
export type StudioInfo = z.infer<typeof studioInfoSchema>

/** Settings a studio can change; every number here is a default, not a rule. */
export const preferencesSchema = z.object({
  /** D2 target: supervision hours per project per month (DOMAIN: 2 h × m). */
  supervisionHoursPerMonth: z.number().min(0).max(100).default(2),
  /** Colour drops one step when follow-ups are overdue by more than this many days. */
  overdueDropDays: z.number().int().min(1).max(365).default(30),
  /** 工作台 lists a supervisee as 久未督导 after this many days without a session (a quarter by default). */
  noSessionDays: z.number().int().min(7).max(365).default(90),
  /** Topics the studio added to the default 议题 list. */
  customTopics: z.array(z.string().trim().min(1).max(20)).default([]),
  /** Font set for Word reports: Windows defaults or the official 公文 fonts. */
  reportFonts: z.enum(['windows', 'official']).default('windows'),
  currentFrameworkId: z.string().nullable().default(null),
  lastBackupAt: z.string().nullable().default(null),
  /** 3 天后再提醒 of the backup reminder: it stays away until this time (ISO). */
  backupReminderSnoozedUntil: z.string().nullable().default(null),
  /** 不再显示 of the 工作台's first-run checklist. */
  firstRunHidden: z.boolean().default(false),
  deviceId: z.string().nullable().default(null),
  /** Who is using this laptop: written into revisions (no accounts in an offline tool). */
  operatorName: z.string().trim().max(50).default(''),
})
export type Preferences = z.infer<typeof preferencesSchema>

export interface SettingRow {
  key: 'studio' | 'preferences' | 'rollup' | 'agreementTemplate' | 'appLock' | 'excelImport' | 'excelMappings' | 'importSynonyms' | 'autoBackup' | 'syncConfig' | 'districtConfig' | 'districtSync' | `sync:${string}`
  value: unknown
  updatedAt: string
}
