/**
 * Atomic file writes: write a temporary file next to the target, flush it to disk, then
 * rename it over the target. A crash or a full disk never leaves a half-written file behind.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
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
}

/**
 * The synchronous twin, for the few bytes written while the app quits (an async write
 * could be cut off when the process exits). Creates the folder if needed.
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
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
}
