import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const instances: Array<{ options: unknown; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }> = []
  class BrowserWindow {
    options: unknown
    once = vi.fn((event: string, cb: () => void) => {
      if (event === 'ready-to-show') this.readyToShow = cb
    })
    on = vi.fn()
    show = vi.fn()
    maximize = vi.fn()
    setFullScreen = vi.fn()
    loadURL = vi.fn(() => Promise.resolve())
    readyToShow?: () => void
    constructor(options: unknown) {
      this.options = options
      instances.push(this)
    }
  }
  return { BrowserWindow, instances }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

import { APP_NAME } from '../../src/shared/app-info'
import { resolveRuntimeMode } from '../../src/main/runtime'
import {
  APP_ENTRY_URL,
  buildMainWindowOptions,
  createMainWindow,
  defaultPreloadPath,
  resolveStartUrl,
} from '../../src/main/window'

describe('buildMainWindowOptions', () => {
  const packaged = buildMainWindowOptions({ isDev: false, preloadPath: '/app/out/preload/index.cjs' })
  const prefs = packaged.webPreferences ?? {}

  it('locks the renderer down', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.spellcheck).toBe(false)
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('has no dev tools when packaged, dev tools in development', () => {
    expect(prefs.devTools).toBe(false)
    const dev = buildMainWindowOptions({ isDev: true, preloadPath: 'x' })
    expect(dev.webPreferences?.devTools).toBe(true)
    expect(dev.webPreferences?.sandbox).toBe(true)
  })

  it('uses the CJS preload, our title and starts hidden', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
    expect(packaged.title).toBe(APP_NAME)
    expect(packaged.show).toBe(false)
    expect(defaultPreloadPath().replace(/\\/g, '/')).toMatch(/\/preload\/index\.cjs$/)
  })
})

describe('resolveStartUrl / createMainWindow', () => {
  beforeEach(() => {
    electron.instances.length = 0
  })

  it('loads app://studio/index.html without a dev server', () => {
    expect(APP_ENTRY_URL).toBe('app://studio/index.html')
    expect(resolveStartUrl(null)).toBe('app://studio/index.html')
    createMainWindow({ isDev: false, devServerUrl: null, preloadPath: '/p.cjs' })
    const win = electron.instances[0]
    expect(win?.loadURL).toHaveBeenCalledWith('app://studio/index.html')
    expect((win?.options as { webPreferences: { devTools: boolean } }).webPreferences.devTools).toBe(false)
  })

  it('loads the dev server in development and shows on ready-to-show', () => {
    const win = createMainWindow({ isDev: true, devServerUrl: 'http://localhost:5173/', preloadPath: '/p.cjs' })
    const fake = win as unknown as InstanceType<typeof electron.BrowserWindow>
    expect(fake.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(fake.show).not.toHaveBeenCalled()
    fake.readyToShow?.()
    expect(fake.show).toHaveBeenCalledTimes(1)
  })
})

describe('remembered placement', () => {
  beforeEach(() => {
    electron.instances.length = 0
  })

  it('uses the fitted size and position', () => {
    const options = buildMainWindowOptions({
      isDev: false,
      preloadPath: '/p.cjs',
      placement: { x: 40, y: 30, width: 1100, height: 700, isMaximized: false, isFullScreen: false },
    })
    expect(options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700, minWidth: 960, minHeight: 600 })
  })

  it('leaves x/y out so the window is centred when there is no position', () => {
    const options = buildMainWindowOptions({
      isDev: false,
      preloadPath: '/p.cjs',
      placement: { width: 1100, height: 700, isMaximized: false, isFullScreen: false },
    })
    expect(options).not.toHaveProperty('x')
    expect(options).not.toHaveProperty('y')
  })

  it('maximizes again a window closed maximized', () => {
    const win = createMainWindow({
      isDev: false,
      devServerUrl: null,
      preloadPath: '/p.cjs',
      placement: { x: 0, y: 0, width: 1100, height: 700, isMaximized: true, isFullScreen: false },
    }) as unknown as { maximize: ReturnType<typeof vi.fn>; setFullScreen: ReturnType<typeof vi.fn> }
    expect(win.maximize).toHaveBeenCalled()
    expect(win.setFullScreen).not.toHaveBeenCalled()
  })

  it('passes the locked-down webPreferences literally to new BrowserWindow', () => {
    createMainWindow({ isDev: false, devServerUrl: null, preloadPath: '/p.cjs' })
    const prefs = (electron.instances[0]?.options as { webPreferences: Record<string, unknown> }).webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      preload: '/p.cjs',
    })
  })
})

describe('resolveRuntimeMode', () => {
  it('ignores ELECTRON_RENDERER_URL when packaged', () => {
    expect(
      resolveRuntimeMode({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).toEqual({ isDev: false, devServerUrl: null, devOrigin: null })
  })

  it('uses the dev server when not packaged', () => {
    expect(
      resolveRuntimeMode({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } }),
    ).toEqual({ isDev: true, devServerUrl: 'http://localhost:5173/', devOrigin: 'http://localhost:5173' })
  })

  it.each(['file:///tmp/index.html', 'javascript:alert(1)', 'http://u:p@localhost:5173', 'nonsense'])(
    'ignores a non-http dev URL %s',
    (value) => {
      expect(resolveRuntimeMode({ isPackaged: false, env: { ELECTRON_RENDERER_URL: value } })).toEqual({
        isDev: true,
        devServerUrl: null,
        devOrigin: null,
      })
    },
  )

  it('is development without a dev server when unpackaged and unset', () => {
    expect(resolveRuntimeMode({ isPackaged: false, env: {} })).toEqual({
      isDev: true,
      devServerUrl: null,
      devOrigin: null,
    })
  })
})
