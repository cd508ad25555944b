import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  autoBackupBaseName,
  listAutoBackupFiles,
  parseAutoBackupName,
  pruneAutoBackups,
  readAutoBackupFile,
  writeAutoBackupFile,
} from '../../src/main/auto-backups'
import { QuitFlush, type FlushableWindow } from '../../src/main/quit-flush'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-auto-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dir, { recursive: true, force: true })
})

describe('automatic backup names', () => {
  it('round-trips time, reason and counter', () => {
    const at = new Date(2025, 2, 6, 14, 2, 0)
    expect(autoBackupBaseName(at, 'daily')).toBe('auto-20250306-140200-daily.sgbak')
    expect(autoBackupBaseName(at, 'before-restore', 2)).toBe('auto-20250306-140200-2-before-restore.sgbak')
    expect(parseAutoBackupName('auto-20250306-140200-2-before-restore.sgbak')).toEqual({
      createdAt: at,
      reason: 'before-restore',
      counter: 2,
    })
    expect(parseAutoBackupName('backup.sgbak')).toBeNull()
  })
})

describe('the automatic backup folder', () => {
  const req = (iso: string, reason: 'daily' | 'quit' | 'before-restore' = 'daily') => ({ data: new Uint8Array([1, 2]), reason, createdAt: iso })
  /** main's clock, one step per call */
  const clockFrom = (iso: string, stepMs = 3600_000) => {
    let t = Date.parse(iso) - stepMs
    return () => new Date((t += stepMs))
  }

  it('creates the folder, never overwrites a same-second backup, and lists newest first', async () => {
    const folder = join(dir, 'auto-backups')
    const a = await writeAutoBackupFile(folder, req('2025-03-06T06:02:00.500Z'), () => new Date('2025-03-06T06:02:00.500Z'))
    const b = await writeAutoBackupFile(folder, req('2025-03-06T06:02:00.900Z'), () => new Date('2025-03-06T06:02:00.900Z'))
    const c = await writeAutoBackupFile(folder, req('2025-03-07T06:02:00.000Z', 'quit'), () => new Date('2025-03-07T06:02:00.000Z'))
    expect(b.name).not.toBe(a.name)
    expect(a.createdAt).toBe('2025-03-06T06:02:00.000Z')
    const list = await listAutoBackupFiles(folder)
    expect(list.map((e) => e.name)).toEqual([c.name, b.name, a.name])
    expect(list[0]).toMatchObject({ name: c.name, size: 2, reason: 'quit' })
  })

  it("names a backup by main's clock, not by the time the renderer sends", async () => {
    const entry = await writeAutoBackupFile(dir, req('2099-12-31T00:00:00.000Z'), () => new Date(2025, 2, 6, 14, 2, 0))
    expect(entry.name).toBe('auto-20250306-140200-daily.sgbak')
    expect(entry.createdAt).toBe(new Date(2025, 2, 6, 14, 2, 0).toISOString())
  })

  it('keeps only the newest 30', async () => {
    const clock = clockFrom('2025-01-01T12:00:00.000Z', 24 * 3600_000)
    for (let day = 1; day <= 32; day++) await writeAutoBackupFile(dir, req('2025-01-01T00:00:00.000Z'), clock)
    const list = await listAutoBackupFiles(dir)
    expect(list).toHaveLength(30)
    expect(list.at(-1)?.name).toBe(autoBackupBaseName(new Date('2025-01-03T12:00:00.000Z'), 'daily'))
    expect(await pruneAutoBackups(dir, 29)).toHaveLength(1)
  })

  it('orders by file time: 30 files stamped 2099 cannot push out the backup just written nor the genuine ones', async () => {
    const day = 24 * 3600
    const nowS = Date.now() / 1000
    const genuine: string[] = []
    for (let i = 0; i < 5; i++) {
      const name = autoBackupBaseName(new Date(2025, 0, 10 + i, 9), 'daily')
      await writeFile(join(dir, name), 'genuine')
      await utimes(join(dir, name), nowS - (6 - i) * day, nowS - (6 - i) * day)
      genuine.push(name)
    }
    // Written long ago by a renderer whose clock said 2099 (the names carried its time).
    const stamped: string[] = []
    for (let i = 0; i < 30; i++) {
      const name = autoBackupBaseName(new Date(2099, 0, 1, 0, i), 'daily')
      await writeFile(join(dir, name), 'wrong clock')
      await utimes(join(dir, name), nowS - (40 - i) * day, nowS - (40 - i) * day)
      stamped.push(name)
    }
    const safety = await writeAutoBackupFile(dir, req('2025-01-20T09:00:00.000Z', 'before-restore'), () => new Date(2025, 0, 20, 9))
    const left = await readdir(dir)
    expect(left).toHaveLength(30)
    expect(left).toContain(safety.name)
    for (const name of genuine) expect(left).toContain(name)
    // The oldest by file time went: the first six stamped 2099.
    for (const name of stamped.slice(0, 6)) expect(left).not.toContain(name)
  })

  it('never prunes the last before-restore safety backup, however many backups follow it', async () => {
    const clock = clockFrom('2025-02-01T08:00:00.000Z')
    const at = (i: number) => new Date(Date.parse('2025-02-01T08:00:00.000Z') + i * 3600_000).toISOString()
    const safety = await writeAutoBackupFile(dir, req(at(0), 'before-restore'), clock)
    for (let i = 1; i <= 35; i++) await writeAutoBackupFile(dir, req(at(i)), clock)
    const left = await readdir(dir)
    expect(left).toHaveLength(30)
    expect(left).toContain(safety.name)
    const dailies = (await listAutoBackupFiles(dir)).filter((e) => e.reason === 'daily')
    expect(dailies).toHaveLength(29)
  })

  it('removes the temporary file of a write that was killed, once it is 10 minutes old', async () => {
    const nowS = Date.now() / 1000
    const stale = '.auto-20250101-000000-daily.sgbak.0123456789ab.tmp'
    const fresh = '.auto-20250101-000100-daily.sgbak.ba9876543210.tmp'
    const mine = '.我的备份.sgbak.0123456789ab.tmp'
    for (const name of [stale, fresh, mine]) await writeFile(join(dir, name), 'half')
    await utimes(join(dir, stale), nowS - 11 * 60, nowS - 11 * 60)
    await utimes(join(dir, mine), nowS - 3600, nowS - 3600)
    const entry = await writeAutoBackupFile(dir, req('2025-01-01T00:00:00.000Z'), () => new Date(2025, 0, 2))
    expect((await readdir(dir)).sort()).toEqual([mine, fresh, entry.name].sort())
  })

  it('ignores and never deletes files that are not automatic backups', async () => {
    await writeFile(join(dir, '我的备份.sgbak'), 'mine')
    await writeFile(join(dir, 'notes.txt'), 'x')
    await writeAutoBackupFile(dir, req('2025-01-01T00:00:00.000Z'))
    await pruneAutoBackups(dir, 0)
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', '我的备份.sgbak'])
  })

  it('reads back only names it could have written, in Chinese when missing', async () => {
    const entry = await writeAutoBackupFile(dir, req('2025-01-01T00:00:00.000Z'), () => new Date(2025, 0, 1))
    expect([...(await readAutoBackupFile(dir, entry.name))]).toEqual([1, 2])
    await expect(readAutoBackupFile(dir, '../etc/passwd')).rejects.toThrow('不是自动备份的文件名')
    await expect(readAutoBackupFile(dir, 'auto-20990101-000000-daily.sgbak')).rejects.toThrow('找不到自动备份')
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listAutoBackupFiles(join(dir, 'missing'))).toEqual([])
  })
})

describe('QuitFlush', () => {
  function setup() {
    const appListeners = new Map<string, () => void>()
    const app = { on: vi.fn((e: string, fn: () => void) => appListeners.set(e, fn)), quit: vi.fn() }
    let onClose: ((event: { preventDefault: () => void }) => void) | undefined
    const win = {
      on: vi.fn((e: string, fn: typeof onClose) => {
        if (e === 'close') onClose = fn
      }),
      close: vi.fn(() => onClose?.({ preventDefault: vi.fn() })),
      isDestroyed: vi.fn(() => false),
      webContents: { send: vi.fn(), isDestroyed: vi.fn(() => false), isCrashed: vi.fn(() => false) },
    }
    const flush = new QuitFlush(app as never, 10_000)
    flush.attach(win as unknown as FlushableWindow)
    const close = () => {
      const event = { preventDefault: vi.fn() }
      onClose?.(event)
      return event
    }
    return { app, appListeners, win, flush, close }
  }

  it('holds the first close until the renderer is done, then closes', () => {
    const { win, flush, close, app } = setup()
    const first = close()
    expect(first.preventDefault).toHaveBeenCalled()
    expect(win.webContents.send).toHaveBeenCalledWith('studio:before-quit')
    expect(close().preventDefault).toHaveBeenCalled() // a second click while waiting
    expect(win.webContents.send).toHaveBeenCalledTimes(1)
    flush.done()
    expect(win.close).toHaveBeenCalledTimes(1)
    expect(app.quit).not.toHaveBeenCalled()
    expect(close().preventDefault).not.toHaveBeenCalled()
  })

  it('resumes a quit that the held close cancelled', () => {
    const { appListeners, flush, close, app } = setup()
    appListeners.get('before-quit')?.()
    close()
    flush.done()
    expect(app.quit).toHaveBeenCalledTimes(1)
  })

  it('closes after 10 s when the renderer never answers', () => {
    vi.useFakeTimers()
    const { win, close } = setup()
    close()
    vi.advanceTimersByTime(9_999)
    expect(win.close).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(win.close).toHaveBeenCalledTimes(1)
  })

  it('does not wait for a crashed renderer', () => {
    const { win, close } = setup()
    win.webContents.isCrashed.mockReturnValue(true)
    expect(close().preventDefault).not.toHaveBeenCalled()
  })

  it('ignores a stray done', () => {
    const { win, flush } = setup()
    flush.done()
    expect(win.close).not.toHaveBeenCalled()
  })
})
