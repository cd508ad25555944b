/** Atomic writes reach the disk in order: file data, rename, then the folder that holds the rename. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const trace = vi.hoisted(() => ({ steps: [] as string[], dirOpen: null as null | 'EISDIR' }))

const isDir = (path: unknown) => {
  try {
    return statSync(String(path)).isDirectory()
  } catch {
    return false
  }
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const open: typeof real.open = async (path, flags, mode) => {
    if (isDir(path) && trace.dirOpen) throw Object.assign(new Error('folder'), { code: trace.dirOpen })
    const handle = await real.open(path, flags, mode)
    const kind = isDir(path) ? 'folder' : 'file'
    const sync = handle.sync.bind(handle)
    handle.sync = async () => {
      trace.steps.push(`sync ${kind}`)
      return sync()
    }
    return handle
  }
  const rename: typeof real.rename = async (a, b) => {
    trace.steps.push('rename')
    return real.rename(a, b)
  }
  return { ...real, open, rename, default: { ...real, open, rename } }
})

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const folders = new Set<number>()
  const openSync = ((path: string, flags: string, mode?: number) => {
    const fd = real.openSync(path, flags, mode)
    if (isDir(path)) folders.add(fd)
    return fd
  }) as typeof real.openSync
  const fsyncSync = (fd: number) => {
    trace.steps.push(`sync ${folders.has(fd) ? 'folder' : 'file'}`)
    real.fsyncSync(fd)
  }
  const renameSync = (a: string, b: string) => {
    trace.steps.push('rename')
    real.renameSync(a, b)
  }
  return { ...real, openSync, fsyncSync, renameSync, default: { ...real, openSync, fsyncSync, renameSync } }
})

const { writeFileAtomic, writeFileAtomicSync } = await import('../../src/main/fs-atomic')

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-atomic-'))
  trace.steps.length = 0
  trace.dirOpen = null
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('flushes the file, renames it, then flushes the folder', async () => {
    await writeFileAtomic(join(dir, 'a.sgbak'), new Uint8Array([7, 8]))
    expect(trace.steps).toEqual(['sync file', 'rename', 'sync folder'])
    expect([...(await readFile(join(dir, 'a.sgbak')))]).toEqual([7, 8])
    expect(await readdir(dir)).toEqual(['a.sgbak'])
  })

  it('the synchronous twin does the same', () => {
    writeFileAtomicSync(join(dir, 'state.json'), '{}')
    expect(trace.steps).toEqual(['sync file', 'rename', 'sync folder'])
  })

  it('still writes where a folder cannot be opened for fsync (Windows)', async () => {
    trace.dirOpen = 'EISDIR'
    await writeFileAtomic(join(dir, 'b.sgbak'), new Uint8Array([1]))
    expect(trace.steps).toEqual(['sync file', 'rename'])
    expect(await readdir(dir)).toEqual(['b.sgbak'])
  })
})
