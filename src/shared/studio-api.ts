/**
 * The bridge between the renderer and its host. Electron's preload implements it with IPC;
 * the browser build implements it with downloads and <input type=file>. The renderer only
 * ever talks to this interface, so the same bundle runs in both.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  suggestedName: string
  data: Uint8Array
  filters?: FileFilter[]
}

export interface SaveFileResult {
  saved: boolean
  /** Where it went (Electron) — absent for a browser download or a cancelled dialog. */
  path?: string
}

export interface OpenFileRequest {
  filters?: FileFilter[]
}

export interface OpenedFile {
  name: string
  data: Uint8Array
}

export interface StudioApi {
  readonly platform: 'electron' | 'browser'
  getAppVersion(): Promise<string>
  /** Asks the user where to save and writes the bytes there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Asks the user for one file and returns its bytes, or null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  /**
   * The .sgbak backup file the user opened from the desktop (double-click or "open with"),
   * read by the host, handed over once: later calls return null until another file is opened.
   * Rejects with a Chinese message when the file cannot be read (gone, not a file, too big).
   * The browser build never has one.
   *
   * Optional in the type only so hand-written test hosts need not stub it: the preload and
   * the browser shim (platform/browser.ts) both provide it.
   */
  takePendingBackupFile?(): Promise<OpenedFile | null>
  /**
   * Calls `listener` whenever a backup file is opened from the desktop while the app runs
   * (the app is brought to the front); the listener then calls takePendingBackupFile().
   * Returns a function that unsubscribes. Also check takePendingBackupFile() once at start:
   * a file that launched the app arrives before anyone listens. Optional like the above.
   */
  onOpenBackupFile?(listener: () => void): () => void
}

declare global {
  interface Window {
    /** Present only inside Electron (set by the preload). */
    studio?: StudioApi
  }
}
