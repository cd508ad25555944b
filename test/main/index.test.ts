/** Wiring of src/main/index.ts against a mocked Electron. */
import { beforeEach, describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({
  lock: true,
  order: [] as string[],
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  ready: null as null | (() => void),
  windows: [] as Array<Record<string, unknown>>,
  menuTemplate: null as unknown,
  userData: '/nonexistent/studio-user-data',
}))

vi.mock('electron', () => {
  const whenReadyPromise = () =>
    new Promise<void>((resolve) => {
      state.ready = resolve
    })
  class BrowserWindow {
    static getAllWindows = vi.fn(() => state.windows)
    static getFocusedWindow = vi.fn(() => null)
    static fromWebContents = vi.fn(() => null)
    webContents = { id: 1, send: vi.fn(), isDestroyed: vi.fn(() => false), getURL: vi.fn(() => 'app://studio/index.html#/home'), loadURL: vi.fn(() => Promise.resolve()) }
    options: unknown
    once = vi.fn()
    on = vi.fn()
    maximize = vi.fn()
    setFullScreen = vi.fn()
    isDestroyed = vi.fn(() => false)
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    isMinimized = vi.fn(() => true)
    loadURL = vi.fn(() => Promise.resolve())
    constructor(options: unknown) {
      this.options = options
      state.order.push('new BrowserWindow')
      state.windows.push(this as unknown as Record<string, unknown>)
    }
  }
  return {
    app: {
      isPackaged: true,
      setName: vi.fn(() => state.order.push('setName')),
      enableSandbox: vi.fn(() => state.order.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(() => state.order.push('quit')),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(event, listener)
      }),
      whenReady: vi.fn(whenReadyPromise),
      getVersion: vi.fn(() => '0.1.0'),
      getPath: vi.fn(() => state.userData),
    },
    screen: {
      getPrimaryDisplay: vi.fn(() => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
      getAllDisplays: vi.fn(() => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => state.order.push('registerSchemesAsPrivileged')),
      handle: vi.fn(() => state.order.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(() => state.order.push('setPermissionRequestHandler')),
        setPermissionCheckHandler: vi.fn(() => state.order.push('setPermissionCheckHandler')),
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((t: unknown) => {
        state.menuTemplate = t
        return t
      }),
      setApplicationMenu: vi.fn(() => state.order.push('setApplicationMenu')),
    },
    ipcMain: { handle: vi.fn((channel: string) => state.order.push(`ipc:${channel}`)) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    net: { fetch: vi.fn(() => Promise.resolve({ status: 200 })) },
    safeStorage: { isEncryptionAvailable: vi.fn(() => true), encryptString: vi.fn(), decryptString: vi.fn(), getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret') },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    BrowserWindow,
  }
})

import * as electron from 'electron'

async function boot(lock: boolean) {
  vi.resetModules()
  state.lock = lock
  state.order.length = 0
  state.appListeners.clear()
  state.windows.length = 0
  state.ready = null
  await import('../../src/main/index')
}

describe('main entry', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('quits when another instance holds the lock', async () => {
    await boot(false)
    expect(electron.app.quit).toHaveBeenCalled()
    expect(state.appListeners.has('second-instance')).toBe(false)
    expect(state.order).not.toContain('new BrowserWindow')
  })

  it('registers the scheme before ready and wires everything on ready', async () => {
    await boot(true)
    expect(electron.app.setName).toHaveBeenCalledWith('社工督导工作台')
    expect(state.order).toContain('registerSchemesAsPrivileged')
    expect(state.order).not.toContain('protocol.handle')
    expect(electron.app.quit).not.toHaveBeenCalled()

    state.ready?.()
    await vi.waitFor(() => expect(state.order).toContain('new BrowserWindow'))
    const order = state.order
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('protocol.handle'))
    for (const step of [
      'protocol.handle',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setApplicationMenu',
      'ipc:studio:save-file',
    ]) {
      expect(order.indexOf(step), step).toBeGreaterThanOrEqual(0)
      expect(order.indexOf(step), step).toBeLessThan(order.indexOf('new BrowserWindow'))
    }
    const win = state.windows[0] as { loadURL: ReturnType<typeof vi.fn>; options: { webPreferences: Record<string, unknown> } }
    expect(win.loadURL).toHaveBeenCalledWith('app://studio/index.html')
    expect(win.options.webPreferences.devTools).toBe(false)
  })

  it('trims a write a crash cut short off the studio store’s LevelDB log before the window opens, and only with the lock', async () => {
    const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { LogWriter } = await import('../../src/main/leveldb-log')
    const whole = new LogWriter().add(new Uint8Array(300).fill(1)).bytes()
    const torn = new LogWriter(whole).add(new Uint8Array(598).fill(2)).bytes().subarray(0, whole.length + 7)
    const userData = mkdtempSync(join(tmpdir(), 'user-data-'))
    const log = join(userData, 'IndexedDB', 'app_studio_0.indexeddb.leveldb', '000003.log')
    mkdirSync(join(userData, 'IndexedDB', 'app_studio_0.indexeddb.leveldb'), { recursive: true })
    writeFileSync(log, torn)
    state.userData = userData
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      // A second instance: the first one has the store open, its files are not ours to touch.
      await boot(false)
      expect(readFileSync(log).length).toBe(torn.length)

      await boot(true)
      expect(readFileSync(log)).toEqual(Buffer.from(whole))
      expect(state.order).not.toContain('new BrowserWindow')
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('000003.log 末尾被中断的写入（7 字节）'))
    } finally {
      warn.mockRestore()
      state.userData = '/nonexistent/studio-user-data'
      rmSync(userData, { recursive: true, force: true })
    }
  })

  it('hardens every web contents', async () => {
    await boot(true)
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    state.appListeners.get('web-contents-created')?.({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    const events = contents.on.mock.calls.map((call) => call[0])
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']))
  })

  it('restores and focuses the window on second-instance', async () => {
    await boot(true)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    state.appListeners.get('second-instance')?.({}, ['app.exe'], '/home/user')
    const win = state.windows[0] as { restore: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> }
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  type FakeWin = { webContents: { send: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> } }

  it('a .sgbak opened in a second instance is announced to the renderer', async () => {
    await boot(true)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    const win = state.windows[0] as FakeWin
    state.appListeners.get('second-instance')?.({}, ['app.exe', '--flag', 'backups/a.sgbak'], '/home/user')
    expect(win.webContents.send).toHaveBeenCalledWith('studio:backup-file-waiting')
    win.webContents.send.mockClear()
    state.appListeners.get('second-instance')?.({}, ['app.exe', 'notes.txt'], '/home/user')
    expect(win.webContents.send).not.toHaveBeenCalled()
  })

  it('refuses a backup on a network share with a message, and tells the renderer nothing', async () => {
    await boot(true)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    const win = state.windows[0] as FakeWin
    state.appListeners.get('second-instance')?.({}, ['app.exe', '\\\\fileserver\\工作室\\备份.sgbak'], 'C:\\')
    state.appListeners.get('second-instance')?.({}, ['app.exe', 'a.sgbak'], '\\\\fileserver\\工作室')
    state.appListeners.get('open-file')?.({ preventDefault: vi.fn() }, 'smb://fileserver/工作室/备份.sgbak')
    expect(win.webContents.send).not.toHaveBeenCalled()
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(3)
    expect((vi.mocked(electron.dialog.showMessageBox).mock.calls[0] as unknown[] | undefined)?.[1]).toMatchObject({ message: expect.stringContaining('网络位置') })
  })

  it('listens for macOS open-file before ready and accepts only .sgbak', async () => {
    await boot(true)
    const listener = state.appListeners.get('open-file')
    expect(listener).toBeDefined()
    const early = { preventDefault: vi.fn() }
    listener?.(early, '/Users/a/备份.sgbak')
    expect(early.preventDefault).toHaveBeenCalled()
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    const win = state.windows[0] as FakeWin
    listener?.({ preventDefault: vi.fn() }, '/Users/a/备份2.SGBAK')
    expect(win.webContents.send).toHaveBeenCalledWith('studio:backup-file-waiting')
  })

  it('帮助 → 使用指南 shows #/help in the window without leaving our origin', async () => {
    await boot(true)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    type Item = { label?: string; click?: () => void; submenu?: Item[] }
    const help = (state.menuTemplate as Item[]).find((m) => m.label === '帮助')
    help?.submenu?.find((i) => i.label === '使用指南')?.click?.()
    const win = state.windows[0] as FakeWin
    expect(win.webContents.loadURL).toHaveBeenCalledWith('app://studio/index.html#/help')
  })

  it('opens the window at the default size when nothing was saved', async () => {
    await boot(true)
    state.ready?.()
    await vi.waitFor(() => expect(state.windows.length).toBe(1))
    const win = state.windows[0] as { options: { width: number; height: number; x?: number }; on: ReturnType<typeof vi.fn> }
    expect(win.options.width).toBe(1280)
    expect(win.options.height).toBe(820)
    expect(win.options.x).toBeUndefined()
    const events = win.on.mock.calls.map((c) => c[0])
    expect(events).toEqual(expect.arrayContaining(['resize', 'move', 'close']))
  })

  it('quits when all windows close, except on macOS', async () => {
    await boot(true)
    const listener = state.appListeners.get('window-all-closed')
    expect(listener).toBeDefined()
    listener?.()
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
