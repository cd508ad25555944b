/**
 * Lets the renderer finish its last writes (the quit backup) before the main window closes,
 * whether the user closes the window or quits the app: the first 'close' is held back, the
 * renderer is told (IPC_EVENTS.beforeQuit), and the window closes when it answers
 * (beforeQuitDone) or after `timeoutMs`, whichever comes first. A quit that was under way
 * is resumed afterwards (holding back a window's close cancels a quit in Electron).
 */
import type { App, BrowserWindow } from 'electron'
import { IPC_EVENTS } from '@shared/ipc-contract'

const QUIT_FLUSH_TIMEOUT_MS = 10_000

export type FlushableWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'send' | 'isDestroyed' | 'isCrashed'>
}

export class QuitFlush {
  private phase: 'idle' | 'waiting' | 'done' = 'idle'
  private quitting = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private window: FlushableWindow | null = null

  constructor(
    private readonly app: Pick<App, 'on' | 'quit'>,
    private readonly timeoutMs = QUIT_FLUSH_TIMEOUT_MS,
  ) {
    app.on('before-quit', () => {
      this.quitting = true
    })
  }

  /** Call once for each main window. */
  attach(win: FlushableWindow): void {
    this.phase = 'idle'
    this.window = win
    win.on('close', (event) => {
      if (this.window !== win || this.phase === 'done') return
      const contents = win.webContents
      if (contents.isDestroyed() || contents.isCrashed()) return
      event.preventDefault()
      if (this.phase === 'waiting') return
      this.phase = 'waiting'
      this.timer = setTimeout(() => this.done(), this.timeoutMs)
      contents.send(IPC_EVENTS.beforeQuit)
    })
  }

  /** The renderer is done (or the time ran out): close the window, and finish a quit. */
  done(): void {
    if (this.phase !== 'waiting') return
    this.phase = 'done'
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const win = this.window
    if (win && !win.isDestroyed()) win.close()
    if (this.quitting) this.app.quit()
  }
}
