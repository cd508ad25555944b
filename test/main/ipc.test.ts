import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        handlers.set(channel, fn)
      }),
    },
    app: { getVersion: vi.fn(() => '0.1.0'), getPath: vi.fn(() => '/home/user/Documents') },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    BrowserWindow: { fromWebContents: vi.fn(() => null) },
  }
})
vi.mock('electron', () => ({
  ipcMain: electron.ipcMain,
  app: electron.app,
  dialog: electron.dialog,
  BrowserWindow: electron.BrowserWindow,
}))

import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../src/shared/ipc-contract'
import { registerIpcHandlers } from '../../src/main/ipc'
import { IpcArgumentError, IpcSenderError } from '../../src/main/ipc/guard'
import { BackupFileInbox } from '../../src/main/backup-file'
import { SyncStore } from '../../src/main/sync-store'

const DEV_ORIGIN = 'http://localhost:5173'

// Our window: webContents id 1, main frame (process 7, routing 1).
const mainFrame = { processId: 7, routingId: 1 }
let trustedContents: { id: number; isDestroyed: () => boolean; mainFrame: typeof mainFrame } | null
let inbox: BackupFileInbox

function frame(url: string, overrides: Record<string, unknown> = {}) {
  return { url, parent: null, processId: 7, routingId: 1, ...overrides }
}

function event(senderFrame: unknown, senderId = 1) {
  return { sender: { id: senderId }, senderFrame }
}

const goodEvent = () => event(frame('app://studio/index.html'))

function handler(channel: string): Handler {
  const fn = electron.handlers.get(channel)
  if (!fn) throw new Error(`no handler for ${channel}`)
  return fn
}

let autoDir = join(tmpdir(), 'studio-ipc-auto-unused')
/** The sync server's front page as Chromium's net.fetch reaches it (连接测试). */
const fetchServer = vi.fn(async (url: string, headers: Record<string, string>) => {
  if (url.startsWith('https://self-signed.example')) throw new Error('net::ERR_CERT_AUTHORITY_INVALID')
  if (url.startsWith('https://gone.example')) throw new Error('net::ERR_NAME_NOT_RESOLVED')
  if (url.endsWith('/_session')) return { status: headers.authorization === `Basic ${btoa('gao:pass-1234')}` ? 200 : 401 }
  return { status: url.endsWith('/studio-linquan') || url.endsWith('/studio-linquan-rollup') ? 200 : url.endsWith('/') ? 200 : 404 }
})
/** A keychain that works (the sync password channels). */
const keychain = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`enc:${text}`),
  decryptString: (data: Buffer) => data.toString().replace(/^enc:/, ''),
}
const onQuitFlushed = vi.fn()

function register() {
  electron.handlers.clear()
  inbox = new BackupFileInbox()
  registerIpcHandlers(
    { devOrigin: DEV_ORIGIN, getTrustedContents: () => trustedContents as never },
    { backupFiles: inbox, autoBackupDir: () => autoDir, onQuitFlushed, syncStore: () => new SyncStore(dir, keychain, 'win32'), fetchServer },
  )
}

/** Every channel the main process registers, read from ipcMain.handle itself (not from a list). */
register()
const REGISTERED = [...electron.handlers.keys()].sort()

/** The electron functions a handler could reach: none may run when a call is refused. */
const sideEffects = () => [
  electron.dialog.showSaveDialog,
  electron.dialog.showOpenDialog,
  electron.app.getVersion,
  electron.app.getPath,
  electron.BrowserWindow.fromWebContents,
  fetchServer,
]

let dir: string

beforeEach(async () => {
  vi.clearAllMocks()
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
  electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
  trustedContents = { id: 1, isDestroyed: () => false, mainFrame }
  register()
  dir = await mkdtemp(join(tmpdir(), 'studio-ipc-'))
  autoDir = join(dir, 'auto-backups')
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * One well-formed argument list per channel. A channel registered without an entry here
 * fails 'registration' below: a new channel cannot slip past the generic guard tests.
 */
const validArgs: Record<string, unknown[]> = {
  [IPC_CHANNELS.getAppVersion]: [],
  [IPC_CHANNELS.saveFile]: [{ suggestedName: '督导报告.docx', data: new Uint8Array([1, 2, 3]) }],
  [IPC_CHANNELS.openFile]: [{ filters: [{ name: 'Word 文档', extensions: ['docx'] }] }],
  [IPC_CHANNELS.takePendingBackupFile]: [],
  [IPC_CHANNELS.writeAutoBackup]: [{ data: new Uint8Array([1]), reason: 'daily', createdAt: '2025-03-06T06:02:00.000Z' }],
  [IPC_CHANNELS.listAutoBackups]: [],
  [IPC_CHANNELS.readAutoBackup]: ['auto-20250306-140200-daily.sgbak'],
  [IPC_CHANNELS.beforeQuitDone]: [],
  [IPC_CHANNELS.syncSetServer]: [{ serverUrl: 'https://couch.linquan.example:6984' }],
  [IPC_CHANNELS.syncPasswordStorage]: [],
  [IPC_CHANNELS.syncSavePassword]: [{ password: 'pass-1234' }],
  [IPC_CHANNELS.syncLoadPassword]: [],
  [IPC_CHANNELS.syncTestConnection]: [{ serverUrl: 'https://couch.linquan.example:6984', studioCode: 'linquan', username: 'gao', password: 'pass-1234' }],
  [IPC_CHANNELS.districtTestConnection]: [{ serverUrl: 'https://couch.linquan.example:6984', username: 'gao', password: 'pass-1234', studios: ['linquan'] }],
}

describe('registration', () => {
  it('registers exactly the contract channels', () => {
    expect(REGISTERED).toEqual(Object.values(IPC_CHANNELS).sort())
    expect(REGISTERED).toEqual([
      'studio:before-quit-done',
      'studio:district-test-connection',
      'studio:get-app-version',
      'studio:list-auto-backups',
      'studio:open-file',
      'studio:read-auto-backup',
      'studio:save-file',
      'studio:sync-load-password',
      'studio:sync-password-storage',
      'studio:sync-save-password',
      'studio:sync-set-server',
      'studio:sync-test-connection',
      'studio:take-pending-backup-file',
      'studio:write-auto-backup',
    ])
  })

  it('has well-formed test arguments for every registered channel', () => {
    for (const channel of REGISTERED) expect(validArgs[channel], channel).toBeDefined()
  })

  it('registers every channel through the guard (ipcMain.handle is called once per channel)', () => {
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(REGISTERED.length)
  })
})

/** Argument lists no channel accepts: each schema is a tuple, with strict objects inside. */
const MALFORMED: Array<[string, (valid: unknown[]) => unknown[]]> = [
  ['an extra argument', (valid) => [...valid, 'extra']],
  ['two undefined arguments', () => [undefined, undefined]],
  ['null', () => [null]],
  ['a number', () => [42]],
  ['a channel name', () => ['studio:save-file']],
  ['an array', () => [[]]],
  ['a boolean', () => [true]],
  ['an object with __proto__', () => [JSON.parse('{"__proto__": {"polluted": true}, "path": "/etc/passwd"}')]],
  ['a path string', () => ['/etc/passwd']],
]

describe.each(REGISTERED)('%s', (channel) => {
  const args = () => validArgs[channel] ?? []

  it('passes the guard with well-formed arguments from our main frame', async () => {
    if (channel === IPC_CHANNELS.readAutoBackup) {
      await mkdir(autoDir, { recursive: true })
      await writeFile(join(autoDir, String(args()[0])), 'x')
    }
    await expect(handler(channel)(goodEvent(), ...args())).resolves.not.toBeInstanceOf(Error)
  })

  it.each(MALFORMED)('rejects %s, touching nothing', async (_label, make) => {
    await expect(handler(channel)(goodEvent(), ...make(args()))).rejects.toBeInstanceOf(IpcArgumentError)
    for (const fn of sideEffects()) expect(fn).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    ['a hostile page', frame('https://evil.example/?next=app://studio/index.html')],
    ['a look-alike host', frame('app://studio.evil/index.html')],
    ['credentials in the url', frame('app://user@studio/index.html')],
    ['file://', frame('file:///tmp/a.html')],
    ['a data: url', frame('data:text/html,<h1>x</h1>')],
    ['about:blank', frame('about:blank')],
    ['the dev server on another port', frame('http://localhost:5174/')],
    ['a sub-frame', frame('app://studio/index.html', { parent: { url: 'app://studio/index.html' } })],
    ['a frame not the main frame', frame('app://studio/index.html', { routingId: 99 })],
    ['a frame in another process', frame('app://studio/index.html', { processId: 8 })],
    ['a destroyed frame', null],
  ])('rejects %s, touching nothing', async (_label, senderFrame) => {
    await expect(handler(channel)(event(senderFrame), ...args())).rejects.toBeInstanceOf(IpcSenderError)
    for (const fn of sideEffects()) expect(fn).not.toHaveBeenCalled()
  })

  it('checks the sender before the arguments', async () => {
    await expect(handler(channel)(event(frame('https://evil.example/')), 'junk')).rejects.toBeInstanceOf(IpcSenderError)
  })

  it('rejects another webContents', async () => {
    await expect(handler(channel)(event(frame('app://studio/index.html'), 2), ...args())).rejects.toBeInstanceOf(
      IpcSenderError,
    )
  })

  it('rejects when our window is gone or destroyed', async () => {
    trustedContents = null
    await expect(handler(channel)(goodEvent(), ...args())).rejects.toBeInstanceOf(IpcSenderError)
    trustedContents = { id: 1, isDestroyed: () => true, mainFrame }
    await expect(handler(channel)(goodEvent(), ...args())).rejects.toBeInstanceOf(IpcSenderError)
  })

  it('rejects a frame whose url getter throws', async () => {
    const broken = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed')
      },
    }
    await expect(handler(channel)(event(broken), ...args())).rejects.toBeInstanceOf(IpcSenderError)
  })
})

describe('studio:get-app-version', () => {
  it('returns the version for a good call', async () => {
    await expect(handler(IPC_CHANNELS.getAppVersion)(goodEvent())).resolves.toBe('0.1.0')
  })

  it('accepts the dev server page in development', async () => {
    await expect(handler(IPC_CHANNELS.getAppVersion)(event(frame(`${DEV_ORIGIN}/`)))).resolves.toBe('0.1.0')
  })
})

describe('studio:save-file', () => {
  const save = (...args: unknown[]) => handler(IPC_CHANNELS.saveFile)(goodEvent(), ...args)

  it.each([
    ['no argument', []],
    ['null', [null]],
    ['a string', ['督导报告.docx']],
    ['missing data', [{ suggestedName: 'a.docx' }]],
    ['missing name', [{ data: new Uint8Array(1) }]],
    ['an unknown key', [{ suggestedName: 'a.docx', data: new Uint8Array(1), path: '/etc/passwd' }]],
    ['data as a string', [{ suggestedName: 'a.docx', data: 'abc' }]],
    ['data as a number array', [{ suggestedName: 'a.docx', data: [1, 2, 3] }]],
    ['a numeric name', [{ suggestedName: 42, data: new Uint8Array(1) }]],
    ['an empty name', [{ suggestedName: '', data: new Uint8Array(1) }]],
    ['a slash in the name', [{ suggestedName: '../a.docx', data: new Uint8Array(1) }]],
    ['a path in the name', [{ suggestedName: 'dir/a.docx', data: new Uint8Array(1) }]],
    ['a backslash in the name', [{ suggestedName: '..\\a.docx', data: new Uint8Array(1) }]],
    ['.. as the name', [{ suggestedName: '..', data: new Uint8Array(1) }]],
    ['a drive letter', [{ suggestedName: 'C:a.docx', data: new Uint8Array(1) }]],
    ['a NUL in the name', [{ suggestedName: 'a\u0000.docx', data: new Uint8Array(1) }]],
    ['a bad filter', [{ suggestedName: 'a.docx', data: new Uint8Array(1), filters: [{ name: 'x', extensions: ['../x'] }] }]],
    ['an extra filter key', [{ suggestedName: 'a.docx', data: new Uint8Array(1), filters: [{ name: 'x', extensions: ['docx'], y: 1 }] }]],
  ])('rejects %s', async (_label, args) => {
    await expect(save(...args)).rejects.toBeInstanceOf(IpcArgumentError)
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('rejects a payload over 200 MB', async () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1)
    await expect(save({ suggestedName: 'a.docx', data: huge })).rejects.toThrow(/200 MB/)
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('writes the file atomically where the user chose', async () => {
    const target = join(dir, '督导报告.docx')
    await writeFile(target, 'old contents')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const result = await save({
      suggestedName: '督导报告.docx',
      data: new TextEncoder().encode('新内容'),
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    })
    expect(result).toEqual({ saved: true, path: target })
    expect(await readFile(target, 'utf8')).toBe('新内容')
    expect(await readdir(dir)).toEqual(['督导报告.docx'])
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[0] as { defaultPath: string; filters: unknown }
    expect(options.defaultPath).toBe(join('/home/user/Documents', '督导报告.docx'))
    expect(options.filters).toEqual([{ name: 'Word 文档', extensions: ['docx'] }])
  })

  it('returns saved:false when cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    await expect(save({ suggestedName: 'a.docx', data: new Uint8Array(1) })).resolves.toEqual({ saved: false })
  })

  it('leaves no temp file behind when the write fails', async () => {
    const target = join(dir, 'missing-dir', 'a.docx')
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    await expect(save({ suggestedName: 'a.docx', data: new Uint8Array(1) })).rejects.toMatchObject({ code: 'ENOENT', syscall: 'open' })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('studio:open-file', () => {
  const open = (...args: unknown[]) => handler(IPC_CHANNELS.openFile)(goodEvent(), ...args)

  it.each([
    ['no argument', []],
    ['null', [null]],
    ['an unknown key', [{ path: '/etc/passwd' }]],
    ['filters of the wrong type', [{ filters: 'docx' }]],
    ['a filter without extensions', [{ filters: [{ name: 'x' }] }]],
  ])('rejects %s', async (_label, args) => {
    await expect(open(...args)).rejects.toBeInstanceOf(IpcArgumentError)
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('returns the chosen file as bytes', async () => {
    const file = join(dir, '备份.json')
    await writeFile(file, '{"a":1}')
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    const result = (await open({})) as { name: string; data: Uint8Array }
    expect(result.name).toBe('备份.json')
    expect(result.data).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(result.data)).toBe('{"a":1}')
    expect(result.data.byteOffset).toBe(0)
    expect(result.data.buffer.byteLength).toBe(7)
    const options = electron.dialog.showOpenDialog.mock.calls[0]?.[0] as { properties: string[] }
    expect(options.properties).toEqual(['openFile'])
  })

  it('returns null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await expect(open({})).resolves.toBeNull()
  })

  it('refuses a file over 200 MB without reading it', async () => {
    const file = join(dir, 'huge.bin')
    await writeFile(file, '')
    await truncate(file, MAX_FILE_BYTES + 1) // sparse: no real disk use
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] })
    await expect(open({})).rejects.toThrow(/200 MB/)
  })

  it('refuses a directory', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] })
    await expect(open({})).rejects.toThrow('所选项目不是文件')
  })

  it('passes the parent window to the dialog when there is one', async () => {
    const win = { id: 'win' }
    electron.BrowserWindow.fromWebContents.mockReturnValueOnce(win as never)
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    await open({})
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(win)
  })
})

describe('studio:take-pending-backup-file', () => {
  const take = (...args: unknown[]) => handler(IPC_CHANNELS.takePendingBackupFile)(goodEvent(), ...args)

  it('returns null when no file is waiting', async () => {
    await expect(take()).resolves.toBeNull()
  })

  it('hands over the waiting file once, as bytes', async () => {
    const file = join(dir, '工作室备份 2025-03-06.sgbak')
    await writeFile(file, 'SGBAK')
    expect(inbox.offer(file)).toBe(true)
    const result = (await take()) as { name: string; data: Uint8Array }
    expect(result.name).toBe('工作室备份 2025-03-06.sgbak')
    expect(result.data).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(result.data)).toBe('SGBAK')
    expect(result.data.buffer.byteLength).toBe(5)
    await expect(take()).resolves.toBeNull()
  })

  it('refuses a file that has gone, in Chinese, and forgets it', async () => {
    inbox.offer(join(dir, 'gone.sgbak'))
    await expect(take()).rejects.toThrow('找不到备份文件“gone.sgbak”')
    await expect(take()).resolves.toBeNull()
  })

  it('refuses a directory named like a backup', async () => {
    const folder = join(dir, 'folder.sgbak')
    await mkdir(folder)
    inbox.offer(folder)
    await expect(take()).rejects.toThrow('不是文件')
  })

  it('refuses a backup over 200 MB without reading it', async () => {
    const file = join(dir, 'huge.sgbak')
    await writeFile(file, '')
    await truncate(file, MAX_FILE_BYTES + 1)
    inbox.offer(file)
    await expect(take()).rejects.toThrow(/200 MB/)
  })

  it('never takes a file from a hostile frame', async () => {
    const file = join(dir, 'a.sgbak')
    await writeFile(file, 'x')
    inbox.offer(file)
    await expect(
      handler(IPC_CHANNELS.takePendingBackupFile)(event(frame('https://evil.example/'))),
    ).rejects.toBeInstanceOf(IpcSenderError)
    expect(inbox.hasPending).toBe(true)
  })
})

describe('automatic backups', () => {
  const call = (channel: string, ...args: unknown[]) => handler(channel)(goodEvent(), ...args)
  const write = (createdAt: string, reason = 'daily', bytes = [1, 2, 3]) =>
    call(IPC_CHANNELS.writeAutoBackup, { data: new Uint8Array(bytes), reason, createdAt }) as Promise<{ name: string; size: number; createdAt: string; reason: string }>

  it('writes, lists newest first and reads back by name', async () => {
    const a = await write('2025-03-06T06:02:00.000Z', 'daily', [1])
    const b = await write('2025-03-07T06:02:00.000Z', 'quit', [1, 2])
    expect(a.name).toMatch(/^auto-\d{8}-\d{6}-daily\.sgbak$/)
    expect(b).toMatchObject({ size: 2, reason: 'quit' })
    // Main's own clock, not the time the renderer sent.
    expect(Math.abs(Date.parse(b.createdAt) - Date.now())).toBeLessThan(60_000)
    const list = (await call(IPC_CHANNELS.listAutoBackups)) as { name: string }[]
    expect(list.map((e) => e.name)).toEqual([b.name, a.name])
    const data = (await call(IPC_CHANNELS.readAutoBackup, a.name)) as Uint8Array
    expect([...data]).toEqual([1])
  })

  it.each([
    ['a path', '../secret.sgbak'],
    ['an absolute path', '/etc/passwd'],
    ['a name with a folder', 'sub/auto-20250306-140200-daily.sgbak'],
    ['another extension', 'auto-20250306-140200-daily.json'],
    ['an unknown reason', 'auto-20250306-140200-evil.sgbak'],
  ])('refuses to read %s', async (_label, name) => {
    await expect(call(IPC_CHANNELS.readAutoBackup, name)).rejects.toBeInstanceOf(IpcArgumentError)
  })

  it.each([
    ['an unknown reason', { data: new Uint8Array(1), reason: 'evil', createdAt: '2025-03-06T06:02:00.000Z' }],
    ['a bad time', { data: new Uint8Array(1), reason: 'daily', createdAt: 'yesterday' }],
    ['a name from the renderer', { data: new Uint8Array(1), reason: 'daily', createdAt: '2025-03-06T06:02:00.000Z', name: '../x.sgbak' }],
    ['data as text', { data: 'abc', reason: 'daily', createdAt: '2025-03-06T06:02:00.000Z' }],
  ])('refuses to write %s', async (_label, request) => {
    await expect(call(IPC_CHANNELS.writeAutoBackup, request)).rejects.toBeInstanceOf(IpcArgumentError)
  })

  it('tells main the renderer has finished before closing', async () => {
    await call(IPC_CHANNELS.beforeQuitDone)
    expect(onQuitFlushed).toHaveBeenCalledTimes(1)
  })
})

describe('sync settings over IPC', () => {
  it('keeps the server origin and the password encrypted, refusing an address that is not an origin', async () => {
    await expect(handler(IPC_CHANNELS.syncSetServer)(goodEvent(), { serverUrl: 'couch.linquan.example:6984' })).resolves.toBe('https://couch.linquan.example:6984')
    await expect(handler(IPC_CHANNELS.syncSetServer)(goodEvent(), { serverUrl: 'file:///etc/passwd' })).rejects.toThrow('服务器地址格式不正确')
    await expect(handler(IPC_CHANNELS.syncSavePassword)(goodEvent(), { password: 'pass-1234' })).resolves.toBe(true)
    expect((await readFile(join(dir, 'sync-password.bin'))).toString()).toBe('enc:pass-1234')
    await expect(handler(IPC_CHANNELS.syncLoadPassword)(goodEvent())).resolves.toBe('pass-1234')
    await expect(handler(IPC_CHANNELS.syncSavePassword)(goodEvent(), 'pass-1234')).rejects.toBeInstanceOf(IpcArgumentError)
  })

  it('runs 连接测试 from main, telling a certificate error from an address that cannot be reached', async () => {
    const test = (serverUrl: string, password = 'pass-1234') => handler(IPC_CHANNELS.syncTestConnection)(goodEvent(), { serverUrl, studioCode: 'linquan', username: 'gao', password })
    await expect(test('https://couch.linquan.example:6984')).resolves.toEqual({ ok: true })
    await expect(test('https://couch.linquan.example:6984', 'wrong')).resolves.toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误' })
    await expect(test('https://self-signed.example:6984')).resolves.toMatchObject({ ok: false, reason: 'certificate', message: expect.stringMatching(/^证书无效/) })
    await expect(test('https://gone.example')).resolves.toMatchObject({ ok: false, reason: 'unreachable', message: expect.stringMatching(/^地址无法访问/) })
    expect(fetchServer).toHaveBeenLastCalledWith('https://gone.example/', { accept: 'application/json' })
    await expect(test('file:///etc/passwd')).resolves.toMatchObject({ ok: false, reason: 'other' })
  })

  it('runs the district’s 连接测试 from main: the account, then each studio’s roll-ups', async () => {
    const test = (serverUrl: string, password = 'pass-1234') =>
      handler(IPC_CHANNELS.districtTestConnection)(goodEvent(), { serverUrl, username: 'gao', password, studios: ['linquan', 'xuejiadao'] })
    await expect(test('https://couch.linquan.example:6984')).resolves.toEqual({
      ok: true,
      studios: [
        { code: 'linquan', ok: true },
        { code: 'xuejiadao', ok: false, message: '工作室 xuejiadao：服务器上没有它的汇总库，请核对工作室代码' },
      ],
    })
    await expect(test('https://couch.linquan.example:6984', 'wrong')).resolves.toEqual({ ok: false, reason: 'auth', message: '用户名或密码错误' })
    await expect(test('https://self-signed.example:6984')).resolves.toMatchObject({ ok: false, reason: 'certificate' })
    await expect(handler(IPC_CHANNELS.districtTestConnection)(goodEvent(), { serverUrl: 'https://x', username: 'gao', password: 'p', studios: 'linquan' })).rejects.toBeInstanceOf(IpcArgumentError)
  })
})
