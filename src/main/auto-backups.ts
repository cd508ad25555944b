/**
 * Automatic backups on disk: the renderer builds the .sgbak bytes (daily, on quit, before a
 * restore or merge) and the main process stores them atomically in <userData>/auto-backups,
 * keeping the newest AUTO_BACKUPS_KEPT. File names are chosen here, from the backup's time
 * and reason; the renderer can only read back a name matching AUTO_BACKUP_NAME, resolved
 * inside that one folder.
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { AUTO_BACKUP_NAME, AUTO_BACKUPS_KEPT, MAX_FILE_BYTES } from '@shared/ipc-contract'
import type { AutoBackupEntry, AutoBackupReason, WriteAutoBackupRequest } from '@shared/studio-api'
import { writeFileAtomic } from './fs-atomic'

const AUTO_BACKUP_FOLDER = 'auto-backups'

export function autoBackupDir(userDataPath: string): string {
  return join(userDataPath, AUTO_BACKUP_FOLDER)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** auto-YYYYMMDD-HHMMSS-<reason>.sgbak in local time (what the user sees in a file manager). */
export function autoBackupBaseName(createdAt: Date, reason: AutoBackupReason, counter = 0): string {
  const d = createdAt
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
  return `auto-${stamp}${counter > 0 ? `-${counter}` : ''}-${reason}.sgbak`
}

/** Reads the time and reason back out of a name; null for anything that is not ours. */
export function parseAutoBackupName(name: string): { createdAt: Date; reason: AutoBackupReason; counter: number } | null {
  const m = AUTO_BACKUP_NAME.exec(name)
  if (!m) return null
  const [, day = '', time = '', counter, reason] = m
  const createdAt = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  )
  if (Number.isNaN(createdAt.getTime())) return null
  return { createdAt, reason: reason as AutoBackupReason, counter: counter ? Number(counter) : 0 }
}

/** Newest first: by time, then by counter. */
function compareNewestFirst(a: string, b: string): number {
  const pa = parseAutoBackupName(a)
  const pb = parseAutoBackupName(b)
  if (!pa || !pb) return 0
  return pb.createdAt.getTime() - pa.createdAt.getTime() || pb.counter - pa.counter
}

async function namesIn(dir: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  return names.filter((n) => AUTO_BACKUP_NAME.test(n)).sort(compareNewestFirst)
}

export async function listAutoBackupFiles(dir: string): Promise<AutoBackupEntry[]> {
  const entries: AutoBackupEntry[] = []
  for (const name of await namesIn(dir)) {
    const parsed = parseAutoBackupName(name)
    if (!parsed) continue
    try {
      const info = await stat(join(dir, name))
      if (!info.isFile()) continue
      entries.push({ name, size: info.size, createdAt: parsed.createdAt.toISOString(), reason: parsed.reason })
    } catch {
      // removed meanwhile
    }
  }
  return entries
}

/** Deletes all but the newest `keep` automatic backups; returns the names removed. */
export async function pruneAutoBackups(dir: string, keep = AUTO_BACKUPS_KEPT): Promise<string[]> {
  const names = await namesIn(dir)
  const removed: string[] = []
  for (const name of names.slice(keep)) {
    try {
      await unlink(join(dir, name))
      removed.push(name)
    } catch {
      // already gone
    }
  }
  return removed
}

export async function writeAutoBackupFile(dir: string, request: WriteAutoBackupRequest): Promise<AutoBackupEntry> {
  const createdAt = new Date(request.createdAt)
  if (Number.isNaN(createdAt.getTime())) throw new Error('自动备份的时间无效')
  await mkdir(dir, { recursive: true })
  const existing = new Set(await readdir(dir))
  let counter = 0
  let name = autoBackupBaseName(createdAt, request.reason)
  while (existing.has(name)) name = autoBackupBaseName(createdAt, request.reason, ++counter)
  await writeFileAtomic(join(dir, name), request.data)
  await pruneAutoBackups(dir)
  const whole = new Date(Math.floor(createdAt.getTime() / 1000) * 1000)
  return { name, size: request.data.byteLength, createdAt: whole.toISOString(), reason: request.reason }
}

export async function readAutoBackupFile(dir: string, name: string): Promise<Uint8Array> {
  if (!AUTO_BACKUP_NAME.test(name)) throw new Error('不是自动备份的文件名')
  const file = join(dir, name)
  let size: number
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new Error('not a file')
    size = info.size
  } catch {
    throw new Error(`找不到自动备份“${name}”`)
  }
  if (size > MAX_FILE_BYTES) throw new Error('备份文件超过 200 MB，无法打开')
  const buffer = await readFile(file)
  const data = new Uint8Array(buffer.byteLength)
  data.set(buffer)
  return data
}
