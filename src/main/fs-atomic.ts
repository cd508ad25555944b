/**
 * Atomic file writes: write a temporary file next to the target, flush it to disk, rename it
 * over the target, then flush the folder. A crash or a full disk never leaves a half-written
 * file behind, and a power cut after we said "saved" cannot undo the rename (on Linux and
 * macOS a rename lives in the folder, which is durable only once the folder is fsynced).
 */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const tempNameFor = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = tempNameFor(target)
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    handle = await open(temp, 'wx', 0o644)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = null
    await rename(temp, target)
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target))
}

/**
 * The synchronous twin, for the few bytes written while the app quits (an async write
 * could be cut off when the process exits). Creates the folder if needed.
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const temp = tempNameFor(target)
  mkdirSync(dirname(target), { recursive: true })
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx', 0o644)
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temp, target)
  } catch (error) {
    if (fd !== null) {
      try {
        closeSync(fd)
      } catch {
        // already failing
      }
    }
    try {
      unlinkSync(temp)
    } catch {
      // nothing to clean up
    }
    throw error
  }
  syncFolderSync(dirname(target))
}

/**
 * Windows cannot open a folder for fsync (EISDIR/EPERM) and makes a rename durable itself
 * (NTFS journals it); some file systems refuse fsync on a folder (EINVAL). Those are skipped;
 * anything else (EIO) is a real failure and is thrown.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'])

function unsupported(error: unknown): boolean {
  return FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException | null)?.code ?? '')
}

async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(folder, 'r')
  } catch (error) {
    if (unsupported(error)) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!unsupported(error)) throw error
  } finally {
    await handle.close().catch(() => undefined)
  }
}

function syncFolderSync(folder: string): void {
  let fd: number
  try {
    fd = openSync(folder, 'r')
  } catch (error) {
    if (unsupported(error)) return
    throw error
  }
  try {
    fsyncSync(fd)
  } catch (error) {
    if (!unsupported(error)) throw error
  } finally {
    closeSync(fd)
  }
}
