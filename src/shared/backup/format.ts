import { z } from 'zod'
import { fileNamePart } from '../ipc-contract'
import { BACKUP_TABLES, timestamp, type BackupTable } from '../model/stored'

/** The `format` field of every manifest: tells our backups from any other zip. */
export const BACKUP_FORMAT = 'sgbak'
/** Layout of the zip itself (manifest + one JSON per table). Bumped only if the layout changes. */
export const BACKUP_FORMAT_VERSION = 1
export const BACKUP_EXTENSION = 'sgbak'
export const MANIFEST_NAME = 'manifest.json'
/** Files above this are refused before unzipping. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024

export const partName = (table: BackupTable) => `tables/${table}.json`

const countsSchema = z.record(z.string(), z.number().int().min(0))

export const manifestSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT, { error: '不是本软件的备份格式' }),
  formatVersion: z.number().int().min(1),
  appVersion: z.string(),
  schemaVersion: z.number({ error: '缺少数据版本' }).int().min(1),
  createdAt: timestamp('备份时间'),
  deviceId: z.string().min(1, { message: '缺少设备编号' }),
  studioName: z.string().default(''),
  counts: countsSchema,
  /** Part file name → SHA-256 (hex) of its bytes. */
  sha256: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, { message: '校验值格式不正确' })),
})
export type BackupManifest = z.output<typeof manifestSchema>

export type BackupTables = Record<BackupTable, Record<string, unknown>[]>

export const emptyTables = (): BackupTables =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables

/** 社工督导工作台备份-<工作室>-20250306-1402.sgbak (local time of `at`). */
export function backupFileName(studioName: string, at: Date, prefix = '督导工作台备份'): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`
  const studio = fileNamePart(studioName)
  return `${[prefix, studio, stamp].filter(Boolean).join('-')}.${BACKUP_EXTENSION}`
}
