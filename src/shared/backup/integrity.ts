/**
 * Checks of a backup as a whole, beyond each record's own schema (read.ts runs them before
 * anything is written): every record it points to is in the file, no time lies more than a day
 * ahead of this laptop's clock, and no field is nested or sized beyond anything the app writes.
 * A hostile-input campaign got well-formed but wrong files in: a 跟进事项 whose session does not
 * exist, a revision of a missing record, a 督导者 matching no person, a manifest dated 9999-12-31
 * (every later real backup from that laptop then refused as older), and an unknown field nested
 * 5,000 deep that failed only at write time, in English.
 */
import { TABLE_LABELS, type BackupTable } from '../model/stored'
import { describeRecord, FIELD_LABELS } from '../model/record-labels'
import { BackupError } from './errors'
import type { BackupManifest, BackupTables } from './format'

/** Far beyond any record the app writes (a revision's snapshot of an assessment is about 8 deep). */
export const MAX_NESTING = 32
/** The longest text field takes 20,000 characters; a draft holds the same texts. */
export const MAX_STRING_LENGTH = 100_000
/** Lists of a record (people of a session, indicators, changes) stay far below this. */
export const MAX_ARRAY_LENGTH = 10_000
/** A laptop whose clock runs ahead by less than this is still believed. */
export const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000

const REFUSED = '文件可能被改动或损坏，未导入任何数据。'
const recordName = (table: BackupTable, record: unknown, index: number) => {
  const desc = describeRecord(table, record)
  return `${TABLE_LABELS[table]}${desc ? `“${desc}”` : `第 ${index + 1} 条`}`
}
/** Labels of fields FIELD_LABELS leaves out: times of revisions, conflicts and drafts. */
const MORE_LABELS: Record<string, string> = { at: '时间' }
/** `head`: the record's field a value sits under (its place's first part). */
const labelOf = (head: string) => FIELD_LABELS[head] ?? MORE_LABELS[head] ?? head

/**
 * Nesting and sizes of one part's rows as parsed, before any schema walks them: a value nested
 * thousands deep would overflow the stack of whatever recursed into it first (zod, the
 * structured clone of IndexedDB). Iterative, so it cannot overflow itself.
 *
 * The walk visits every value of every record (about 1.5 million in a backup of 20,000 督导记录),
 * so it allocates nothing per value: three parallel stacks, and of a value's place only the
 * record's field it sits under (`head`), all a message names; it once built the whole path and a
 * message closure for each value, a quarter of opening such a file.
 */
export function checkShape(table: BackupTable, rows: readonly unknown[]): void {
  const values: unknown[] = []
  const depths: number[] = []
  const heads: string[] = []
  for (let i = 0; i < rows.length; i++) {
    values.push(rows[i])
    depths.push(0)
    heads.push('')
    while (values.length > 0) {
      const value = values.pop()
      const depth = depths.pop()!
      const head = heads.pop()!
      if (typeof value === 'string') {
        if (value.length > MAX_STRING_LENGTH)
          throw new BackupError(
            'implausible',
            `备份中的${recordName(table, rows[i], i)}的“${labelOf(head)}”长达 ${value.length} 个字符，超过本软件任何字段的上限。${REFUSED}`,
          )
        continue
      }
      if (value === null || typeof value !== 'object') continue
      if (depth >= MAX_NESTING)
        throw new BackupError('implausible', `备份中的${recordName(table, rows[i], i)}的“${labelOf(head)}”嵌套超过 ${MAX_NESTING} 层，不是本软件写出的内容。${REFUSED}`)
      if (Array.isArray(value)) {
        if (value.length > MAX_ARRAY_LENGTH)
          throw new BackupError('implausible', `备份中的${recordName(table, rows[i], i)}的“${labelOf(head)}”有 ${value.length} 项，超过合理的上限。${REFUSED}`)
        for (let k = 0; k < value.length; k++) {
          values.push(value[k])
          depths.push(depth + 1)
          heads.push(depth === 0 ? String(k) : head)
        }
      } else {
        for (const k of Object.keys(value)) {
          values.push((value as Record<string, unknown>)[k])
          depths.push(depth + 1)
          heads.push(depth === 0 ? k : head)
        }
      }
    }
  }
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** 2099-01-01 08:00 in this laptop's time zone. */
function localTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

const clockAdvice = '可能是生成备份的电脑日期或时间设置有误：请在那台电脑上核对日期和时间后重新备份。'

const aheadOf = (now: Date) => (s: string) => ISO_TIME.test(s) && Date.parse(s) > now.getTime() + FUTURE_TOLERANCE_MS

/** The backup's own time: not more than a day ahead of `now` (checked before the file is unpacked). */
export function checkManifestTime(manifest: BackupManifest, now: Date): void {
  if (aheadOf(now)(manifest.createdAt))
    throw new BackupError(
      'implausible',
      `这份备份的生成时间是 ${localTime(manifest.createdAt)}，晚于本机当前时间一天以上。${clockAdvice}未导入任何数据。`,
    )
}

/** Every time in the records: none more than a day ahead of `now` (walked as checkShape walks them). */
export function checkTimes(tables: BackupTables, now: Date): void {
  const ahead = aheadOf(now)
  const values: unknown[] = []
  /** The record's field a value sits under; null for the record itself. */
  const heads: (string | null)[] = []
  for (const table of Object.keys(tables) as BackupTable[]) {
    const rows = tables[table]
    for (let i = 0; i < rows.length; i++) {
      values.push(rows[i])
      heads.push(null)
      while (values.length > 0) {
        const value = values.pop()
        const head = heads.pop()!
        if (typeof value === 'string') {
          if (ahead(value))
            throw new BackupError(
              'implausible',
              `备份中的${recordName(table, rows[i], i)}的“${labelOf(head ?? '')}”是 ${localTime(value)}，晚于本机当前时间一天以上。${clockAdvice}未导入任何数据。`,
            )
        } else if (value && typeof value === 'object') {
          for (const k of Object.keys(value)) {
            values.push((value as Record<string, unknown>)[k])
            heads.push(head ?? k)
          }
        }
      }
    }
  }
}

/** Which table a revision's `entity` names (a 项目进展's merge conflict is kept under its project). */
export const REVISION_TABLE: Record<string, BackupTable> = {
  session: 'sessions',
  assessment: 'assessments',
  followUp: 'followUps',
  person: 'persons',
  project: 'projects',
  progress: 'progress',
  framework: 'frameworks',
  agreement: 'agreements',
}

interface Link {
  table: BackupTable
  /** What the field is called in the message. */
  label: string
  to: BackupTable | ((record: Record<string, unknown>) => BackupTable | null)
  ids: (record: Record<string, unknown>) => unknown[]
}

const one = (field: string) => (r: Record<string, unknown>) => (r[field] === null || r[field] === undefined ? [] : [r[field]])
const many = (field: string) => (r: Record<string, unknown>) => (Array.isArray(r[field]) ? (r[field] as unknown[]) : [])

/** Every id a record holds of another record. Records are never purged (only put in the 回收站), so each must be there. */
const LINKS: Link[] = [
  { table: 'projects', label: '项目负责人', to: 'persons', ids: one('leaderId') },
  { table: 'progress', label: '所属项目', to: 'projects', ids: one('projectId') },
  { table: 'sessions', label: '督导者', to: 'persons', ids: many('supervisorIds') },
  { table: 'sessions', label: '被督导者', to: 'persons', ids: many('superviseeIds') },
  { table: 'sessions', label: '关联项目', to: 'projects', ids: many('projectIds') },
  { table: 'followUps', label: '所属督导记录', to: 'sessions', ids: one('sessionId') },
  { table: 'followUps', label: '负责人', to: 'persons', ids: one('ownerId') },
  { table: 'assessments', label: '所评项目', to: 'projects', ids: one('projectId') },
  { table: 'assessments', label: '指数框架', to: 'frameworks', ids: one('frameworkId') },
  { table: 'agreements', label: '督导者', to: 'persons', ids: many('supervisorIds') },
  { table: 'agreements', label: '被督导者', to: 'persons', ids: many('superviseeIds') },
  { table: 'revisions', label: '所修订的记录', to: (r) => REVISION_TABLE[String(r.entity)] ?? null, ids: one('recordId') },
  { table: 'conflicts', label: '冲突的记录', to: (r) => (typeof r.table === 'string' ? (r.table as BackupTable) : null), ids: one('recordId') },
  {
    table: 'drafts',
    label: '草稿所属的记录',
    to: (r) => (r.kind === 'session' ? 'sessions' : r.kind === 'assessment' ? 'assessments' : r.kind === 'agreement' ? 'agreements' : null),
    ids: one('recordId'),
  },
]

/** Every id a record names is a record of the file (checked after each record passed its schema). */
export function checkLinks(tables: BackupTables): void {
  const ids = new Map<BackupTable, Set<string>>()
  const idsOf = (t: BackupTable) => {
    let set = ids.get(t)
    if (!set) ids.set(t, (set = new Set(tables[t].map((r) => String(r.id)))))
    return set
  }
  for (const link of LINKS) {
    const rows = tables[link.table]
    for (let i = 0; i < rows.length; i++) {
      const record = rows[i]!
      const target = typeof link.to === 'function' ? link.to(record) : link.to
      if (!target || !(target in tables)) continue
      for (const id of link.ids(record)) {
        if (idsOf(target).has(String(id))) continue
        throw new BackupError(
          'broken-link',
          `备份中的${recordName(link.table, record, i)}的${link.label}（id ${String(id)}）不在备份的${TABLE_LABELS[target]}中。${REFUSED}`,
        )
      }
    }
  }
}
