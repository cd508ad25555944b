/**
 * .sgbak backup files opened from the desktop: a double-click or "open with" (Windows and
 * Linux pass the path on the command line, to the first instance through process.argv and to
 * a running one through 'second-instance'), or macOS's 'open-file' event (which can fire
 * before the app is ready).
 *
 * The main process keeps the path; the renderer is only told "a file is waiting"
 * (IPC_EVENTS.backupFileWaiting) and fetches the bytes through the guarded
 * takePendingBackupFile channel. The renderer never sees or names a path.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename, extname, isAbsolute, resolve, win32 } from 'node:path'
import { BACKUP_FILE_EXTENSION, MAX_FILE_BYTES } from '@shared/ipc-contract'
import type { OpenedFile } from '@shared/studio-api'

const EXTENSION = `.${BACKUP_FILE_EXTENSION}`

export function isBackupFilePath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > EXTENSION.length &&
    value.length <= 4096 &&
    !value.includes('\u0000') &&
    extname(value).toLowerCase() === EXTENSION
  )
}

/**
 * A path that is not on this computer's own disks: a Windows UNC path (\\server\share\…, also
 * as //server/…, \\?\UNC\… or the \\.\ device namespace) or a URL (smb://, file://…) that a
 * file manager may hand over. Reading one can hang for a minute on a dead share, and a link
 * in a mail can point a double-click there; the user copies the file to the laptop first.
 * (A network share mapped to a drive letter looks local: Node cannot tell without a native call.)
 */
export function isNetworkPath(path: string): boolean {
  return /^[\\/]{2}/.test(path) || /^[a-z][a-z0-9+.-]+:[\\/]{2}/i.test(path)
}

export const NETWORK_PATH_REFUSED =
  '不能直接打开网络位置上的备份文件。请先把它复制到这台电脑上（例如桌面），再双击打开或在“数据 → 恢复/合并导入”中选择。'

/**
 * The backup file named on a command line, or null. argv[0] is the executable; switches
 * (-x, --x) are skipped; Chromium may append its own switches after the file. The last
 * .sgbak argument wins; a relative path is resolved against `cwd` (for 'second-instance',
 * the working directory of the instance that was started).
 */
export function backupPathFromArgv(argv: readonly unknown[], cwd: string = process.cwd()): string | null {
  let found: string | null = null
  for (const arg of argv.slice(1)) {
    if (typeof arg !== 'string' || arg.startsWith('-')) continue
    if (isBackupFilePath(arg)) found = arg
  }
  if (!found) return null
  if (isAbsolute(found) || isNetworkPath(found)) return found
  // Relative to a network working directory: stays a network path, so offer() refuses it.
  return isNetworkPath(cwd) ? win32.join(cwd, found) : resolve(cwd, found)
}

/**
 * Holds the one backup file waiting for the renderer. Opening a second file before the
 * renderer took the first replaces it (the user's latest double-click wins).
 */
export class BackupFileInbox {
  private pending: string | null = null

  constructor(
    private readonly notify: () => void = () => undefined,
    /** Told, in Chinese, why a backup file was not taken (a network path). */
    private readonly refuse: (message: string) => void = () => undefined,
  ) {}

  /**
   * Remembers the file and tells the renderer; ignores anything that is not a .sgbak path,
   * and refuses (with a message) one on the network.
   */
  offer(path: unknown): boolean {
    if (!isBackupFilePath(path)) return false
    if (isNetworkPath(path)) {
      this.refuse(NETWORK_PATH_REFUSED)
      return false
    }
    this.pending = path
    try {
      this.notify()
    } catch {
      // no window yet: the renderer asks at start
    }
    return true
  }

  /** The waiting path, once. */
  take(): string | null {
    const path = this.pending
    this.pending = null
    return path
  }

  get hasPending(): boolean {
    return this.pending !== null
  }
}

/** Reads a backup file for the renderer, refusing anything that is not a plain, small .sgbak file. */
export async function readBackupFile(path: string): Promise<OpenedFile> {
  if (!isBackupFilePath(path)) throw new Error('只能打开 .sgbak 备份文件')
  if (isNetworkPath(path)) throw new Error(NETWORK_PATH_REFUSED)
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch {
    throw new Error(`找不到备份文件“${basename(path)}”，它可能已被移动或删除`)
  }
  if (!info.isFile()) throw new Error(`“${basename(path)}”不是文件`)
  if (info.size > MAX_FILE_BYTES) throw new Error('备份文件超过 200 MB，无法打开')
  const buffer = await readFile(path)
  // A plain, exactly-sized Uint8Array: IPC would otherwise copy a Buffer's whole backing store.
  const data = new Uint8Array(buffer.byteLength)
  data.set(buffer)
  return { name: basename(path), data }
}
