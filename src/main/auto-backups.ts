/**
 * Automatic backups on disk: the renderer builds the .sgbak bytes (daily, on quit, before a
 * restore or merge) and the main process stores them atomically in <userData>/auto-backups,
 * keeping the newest AUTO_BACKUPS_KEPT. File names are chosen here, from main's own clock and
 * the reason; the renderer can only read back a name matching AUTO_BACKUP_NAME, resolved
 * inside that one folder.
 *
 * Age is the file's modification time, never the renderer's word or the name's stamp: a
 * renderer with its clock in 2099 once had its 30 files sort as newest, so the same call
 * deleted the before-restore safety backup it had just written and every genuine backup.
 * The file just written and the last before-restore backup are never pruned.
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

interface FileOnDisk {
  name: string
  reason: AutoBackupReason
  size: number
  /** Modification time in ms: when main wrote it. */
  mtime: number
}

/** Our backup files, newest first by modification time (then by name, for one tick's ties). */
async function filesIn(dir: string): Promise<FileOnDisk[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const files: FileOnDisk[] = []
  for (const name of names) {
    const parsed = parseAutoBackupName(name)
    if (!parsed) continue
    try {
      const info = await stat(join(dir, name))
      if (info.isFile()) files.push({ name, reason: parsed.reason, size: info.size, mtime: info.mtimeMs })
    } catch {
      // removed meanwhile
    }
  }
  return files.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0))
}

/** writeFileAtomic's temporary name for one of our backups (.auto-….sgbak.<hex>.tmp). */
const TEMP_NAME = /^\.(auto-.+\.sgbak)\.[0-9a-f]{12}\.tmp$/
/** A temporary file this old was left by a write that was killed; none takes this long. */
export const STALE_TEMP_MS = 10 * 60 * 1000

/**
 * Removes the temporary files of writes that a crash or a kill cut short: hidden and never
 * listed, but each may be as large as a backup, and nothing else would ever remove them.
 */
async function removeStaleTemps(dir: string, now: number): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name)
    if (!m || !AUTO_BACKUP_NAME.test(m[1] ?? '')) continue
    try {
      const info = await stat(join(dir, name))
      if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await unlink(join(dir, name))
    } catch {
      // gone meanwhile
    }
  }
}

export async function listAutoBackupFiles(dir: string): Promise<AutoBackupEntry[]> {
  return (await filesIn(dir)).map(({ name, size, mtime, reason }) => ({
    name,
    size,
    createdAt: new Date(Math.floor(mtime / 1000) * 1000).toISOString(),
    reason,
  }))
}

/**
 * Deletes all but the newest `keep` automatic backups (by file time); returns the names
 * removed. Never removes a name in `protect` (the file just written) nor the newest
 * before-restore backup, the one a failed restore would be undone from.
 */
export async function pruneAutoBackups(dir: string, keep = AUTO_BACKUPS_KEPT, protect: readonly string[] = []): Promise<string[]> {
  const files = await filesIn(dir)
  const kept = new Set(protect.filter((name) => files.some((f) => f.name === name)))
  const safety = files.find((f) => f.reason === 'before-restore')
  if (safety) kept.add(safety.name)
  for (const f of files) {
    if (kept.size >= keep) break
    kept.add(f.name)
  }
  const removed: string[] = []
  for (const { name } of files.filter((f) => !kept.has(f.name))) {
    try {
      await unlink(join(dir, name))
      removed.push(name)
    } catch {
      // already gone
    }
  }
  return removed
}

/**
 * Stores one automatic backup. `request.createdAt` (the renderer's clock, in the manifest) is
 * not trusted for the name or the order: `clock` is main's.
 */
export async function writeAutoBackupFile(
  dir: string,
  request: WriteAutoBackupRequest,
  clock: () => Date = () => new Date(),
): Promise<AutoBackupEntry> {
  const createdAt = clock()
  await mkdir(dir, { recursive: true })
  const existing = new Set(await readdir(dir))
  let counter = 0
  let name = autoBackupBaseName(createdAt, request.reason)
  while (existing.has(name)) name = autoBackupBaseName(createdAt, request.reason, ++counter)
  await writeFileAtomic(join(dir, name), request.data)
  await pruneAutoBackups(dir, AUTO_BACKUPS_KEPT, [name])
  await removeStaleTemps(dir, Date.now())
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
