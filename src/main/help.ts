/**
 * 帮助 → 使用指南: shows the bundled guide (docs/guide.md, rendered by the renderer at
 * #/help). Only the URL's fragment changes, so Chromium makes it a same-document navigation:
 * the hash router switches screens without reloading the page (and without asking for the
 * app-lock password again).
 */
import type { BrowserWindow } from 'electron'
import { isTrustedUrl } from './trusted-url'
import { APP_ENTRY_URL } from './window'

const HELP_ROUTE = '#/help'

/** Our current page with the help route, or app://studio/index.html#/help when we are not on one of our pages. */
export function helpUrlFor(currentUrl: string, devOrigin?: string | null): string {
  if (currentUrl && isTrustedUrl(currentUrl, devOrigin)) {
    const url = new URL(currentUrl)
    url.hash = HELP_ROUTE
    return url.href
  }
  return `${APP_ENTRY_URL}${HELP_ROUTE}`
}

export type HelpWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'> & {
  webContents: Pick<BrowserWindow['webContents'], 'getURL' | 'loadURL'>
}

export function showHelp(win: HelpWindow | null | undefined, devOrigin?: string | null): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  win.webContents.loadURL(helpUrlFor(win.webContents.getURL(), devOrigin)).catch((error: unknown) => {
    console.error('[help] 无法打开使用指南', error)
  })
}
