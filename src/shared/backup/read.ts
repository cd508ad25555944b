import { BACKUP_TABLES, TABLE_LABELS, validateStored, type BackupTable } from '../model/stored'
import { describeRecord } from '../model/record-labels'
import { BackupError } from './errors'
import { checkLinks, checkManifestTime, checkShape, checkTimes } from './integrity'
import {
  emptyTables,
  MANIFEST_NAME,
  manifestSchema,
  MAX_BACKUP_BYTES,
  partName,
  type BackupManifest,
  type BackupTables,
} from './format'
import { sha256Hex } from './sha256'
import { openZip, type OpenedZip } from './zip'

export interface ReadBackupOptions {
  /** The newest schema version this app knows (SCHEMA_VERSION of the Dexie schema). */
  schemaVersion: number
  /** This laptop's clock: no time in the file may lie more than a day after it. */
  now: Date
  maxBytes?: number
  /**
   * Upgrades of records written by older schema versions: migrations[n] turns tables of
   * version n into tables of version n + 1. Every future `version(n)` adds one.
   */
  migrations?: Record<number, (tables: BackupTables) => BackupTables>
}

export interface ParsedBackup {
  manifest: BackupManifest
  /** Validated records (defaults filled, unknown fields kept), migrated to the current schema. */
  tables: BackupTables
  /** Bytes of the file as read. */
  size: number
}

/** Unique indexes of the Dexie schema: two records with the same key could not both be stored. */
const UNIQUE_KEYS: Partial<Record<BackupTable, { label: string; key: (r: Record<string, unknown>) => string }[]>> = {
  settings: [{ label: '设置项', key: (r) => String(r.key) }],
  sessions: [{ label: '编号', key: (r) => String(r.code) }],
  progress: [{ label: '项目与季度', key: (r) => `${String(r.projectId)}|${String(r.period)}` }],
}

const isZip = (b: Uint8Array) =>
  b.length >= 22 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6))

/**
 * Opens and checks a .sgbak file. Refuses — with a Chinese BackupError, before anything is
 * written anywhere — a file that is too large, not a zip, lacks its manifest, comes from a
 * newer schema, fails a checksum, lies about its counts, or holds an invalid record; and, as a
 * whole (integrity.ts), one whose records point at records it lacks, whose times lie more than a
 * day in this laptop's future, or whose fields are nested or sized beyond anything the app writes.
 */
export async function readBackup(bytes: Uint8Array, options: ReadBackupOptions): Promise<ParsedBackup> {
  const max = options.maxBytes ?? MAX_BACKUP_BYTES
  if (bytes.byteLength > max)
    throw new BackupError(
      'too-large',
      `文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），超过备份文件 ${Math.round(max / 1024 / 1024)} MB 的上限，未导入。`,
    )
  const notOurs = '所选文件不是本软件的备份文件（.sgbak），无法打开。'
  if (!isZip(bytes)) throw new BackupError('not-zip', notOurs)
  let zip: OpenedZip
  try {
    zip = await openZip(bytes)
  } catch {
    throw new BackupError('not-zip', `${notOurs}文件可能已损坏。`)
  }

  if (!zip.has(MANIFEST_NAME))
    throw new BackupError('no-manifest', '备份文件缺少清单（manifest.json），可能不是本软件生成的备份，或文件已损坏，未导入。')
  let manifestJson: unknown
  try {
    manifestJson = JSON.parse(new TextDecoder().decode(await zip.read(MANIFEST_NAME)))
  } catch {
    throw new BackupError('bad-manifest', '备份文件的清单（manifest.json）无法读取，文件可能已损坏，未导入。')
  }
  const parsedManifest = manifestSchema.safeParse(manifestJson)
  if (!parsedManifest.success) {
    const issue = parsedManifest.error.issues[0]
    throw new BackupError('bad-manifest', `备份文件的清单无法识别（${issue?.path.join('.') || '清单'}：${issue?.message ?? '格式不正确'}），未导入。`)
  }
  const manifest = parsedManifest.data
  if (manifest.schemaVersion > options.schemaVersion)
    throw new BackupError(
      'newer-schema',
      `该备份由较新版本的软件生成（数据版本 ${manifest.schemaVersion}，本软件支持到版本 ${options.schemaVersion}），请升级软件后再导入。`,
    )
  checkManifestTime(manifest, options.now)
  for (const name of Object.keys(manifest.counts))
    if (!(BACKUP_TABLES as readonly string[]).includes(name))
      throw new BackupError('bad-manifest', `备份文件的清单列出了本软件不认识的数据表“${name}”，未导入。`)

  let tables = emptyTables()
  for (const table of BACKUP_TABLES) {
    const name = partName(table)
    const label = TABLE_LABELS[table]
    const expected = manifest.sha256[name]
    const count = manifest.counts[table]
    const file = zip.has(name)
    if (expected === undefined && count === undefined && !file) continue // an older file without this table
    if (!file) throw new BackupError('missing-part', `备份文件不完整：缺少“${label}”部分，未导入。`)
    if (expected === undefined || count === undefined)
      throw new BackupError('bad-manifest', `备份文件的清单没有记录“${label}”部分的条数或校验值，未导入。`)
    let part: Uint8Array
    try {
      part = await zip.read(name)
    } catch {
      throw new BackupError('checksum', `备份文件已损坏：“${label}”部分无法解压，未导入任何数据。`)
    }
    if ((await sha256Hex(part)) !== expected)
      throw new BackupError('checksum', `备份文件已损坏：“${label}”部分的校验值不符，未导入任何数据。`)
    let rows: unknown
    try {
      rows = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(part))
    } catch {
      throw new BackupError('bad-json', `备份文件的“${label}”部分无法读取，未导入。`)
    }
    if (!Array.isArray(rows)) throw new BackupError('bad-json', `备份文件的“${label}”部分格式不正确，未导入。`)
    if (rows.length !== count)
      throw new BackupError(
        'count-mismatch',
        `备份文件内容与清单不符：“${label}”清单记为 ${count} 条，实际有 ${rows.length} 条，未导入任何数据。`,
      )
    checkShape(table, rows)
    tables[table] = rows as Record<string, unknown>[]
  }

  for (let v = manifest.schemaVersion; v < options.schemaVersion; v++) {
    const migrate = options.migrations?.[v]
    if (!migrate) throw new BackupError('bad-manifest', `无法升级数据版本 ${v} 的备份，请联系技术支持。`)
    tables = migrate(tables)
  }

  for (const table of BACKUP_TABLES) {
    const label = TABLE_LABELS[table]
    const rows = tables[table]
    const out: Record<string, unknown>[] = new Array(rows.length)
    const ids = new Set<string>()
    const uniques = (UNIQUE_KEYS[table] ?? []).map((u) => ({ ...u, seen: new Set<string>() }))
    for (let i = 0; i < rows.length; i++) {
      const result = validateStored(table, rows[i])
      if (!result.ok) {
        const desc = describeRecord(table, rows[i])
        throw new BackupError(
          'invalid-record',
          `备份中的${label}第 ${i + 1} 条${desc ? `（${desc}）` : ''}无效：${result.issue.label ? `${result.issue.label}——` : ''}${result.issue.message}。未导入任何数据。`,
        )
      }
      const record = result.value
      const id = table === 'settings' ? String(record.key) : String(record.id)
      if (table !== 'settings') {
        if (ids.has(id)) throw new BackupError('duplicate', `备份中的${label}有重复的记录（id ${id}），文件可能已损坏，未导入。`)
        ids.add(id)
      }
      for (const u of uniques) {
        const k = u.key(record)
        if (u.seen.has(k))
          throw new BackupError('duplicate', `备份中的${label}有重复的${u.label}（${describeRecord(table, record) || k}），未导入。`)
        u.seen.add(k)
      }
      out[i] = record
    }
    tables[table] = out
  }
  checkTimes(tables, options.now)
  checkLinks(tables)
  return { manifest, tables, size: bytes.byteLength }
}
