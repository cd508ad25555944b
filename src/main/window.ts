/**
 * The main window. Its options are built by a pure function so tests can assert every
 * security-relevant webPreference.
 */
import { join } from 'node:path'
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { APP_NAME, APP_ORIGIN } from '@shared/app-info'

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function defaultPreloadPath(): string {
  return join(__dirname, '../preload/index.cjs')
}

export function buildMainWindowOptions(opts: {
  isDev: boolean
  preloadPath: string
}): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would try to open a new window (denied anyway): switch it off.
      disableBlinkFeatures: 'Auxclick',
      devTools: opts.isDev,
    },
  }
}

/** What the window loads: the dev server in development, app://studio/index.html otherwise. */
export function resolveStartUrl(devServerUrl: string | null): string {
  return devServerUrl ?? APP_ENTRY_URL
}

export function createMainWindow(opts: {
  isDev: boolean
  devServerUrl: string | null
  preloadPath?: string
}): BrowserWindow {
  const win = new BrowserWindow(
    buildMainWindowOptions({ isDev: opts.isDev, preloadPath: opts.preloadPath ?? defaultPreloadPath() }),
  )
  win.once('ready-to-show', () => win.show())
  win.loadURL(resolveStartUrl(opts.devServerUrl)).catch((error: unknown) => {
    console.error('[window] 加载界面失败', error)
  })
  return win
}
