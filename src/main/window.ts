/**
 * The main window. Its options are built by a pure function so tests can assert every
 * security-relevant webPreference.
 */
import { join } from 'node:path'
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { APP_NAME, APP_ORIGIN } from '@shared/app-info'
import { DEFAULT_WINDOW_SIZE, type WindowPlacement } from './window-state'

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function defaultPreloadPath(): string {
  return join(__dirname, '../preload/index.cjs')
}

export function buildMainWindowOptions(opts: {
  isDev: boolean
  preloadPath: string
  /** Remembered size and position (window-state.ts); x/y absent: centred. */
  placement?: WindowPlacement
}): BrowserWindowConstructorOptions {
  const { placement } = opts
  return {
    title: APP_NAME,
    ...(placement?.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: placement?.height ?? DEFAULT_WINDOW_SIZE.height,
    minWidth: DEFAULT_WINDOW_SIZE.minWidth,
    minHeight: DEFAULT_WINDOW_SIZE.minHeight,
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
  placement?: WindowPlacement
}): BrowserWindow {
  const options = buildMainWindowOptions({
    isDev: opts.isDev,
    preloadPath: opts.preloadPath ?? defaultPreloadPath(),
    placement: opts.placement,
  })
  const win = new BrowserWindow({
    ...options,
    // Restated as literals (buildMainWindowOptions already sets them, and the tests assert
    // both) so that static scanners such as electronegativity can see them here, and so no
    // later edit of the options builder can switch them off.
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  if (opts.placement?.isMaximized) win.maximize()
  if (opts.placement?.isFullScreen) win.setFullScreen(true)
  win.once('ready-to-show', () => win.show())
  win.loadURL(resolveStartUrl(opts.devServerUrl)).catch((error: unknown) => {
    console.error('[window] 加载界面失败', error)
  })
  return win
}
