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

  // Automatic backups (Electron only: the browser build leaves these out, and the renderer
  // feature-detects them — see src/renderer/src/db/backup-auto.ts).
  /** Stores one automatic backup under the app's data folder; keeps the newest 30. */
  writeAutoBackup?(request: WriteAutoBackupRequest): Promise<AutoBackupEntry>
  /** The automatic backups there are, newest first. */
  listAutoBackups?(): Promise<AutoBackupEntry[]>
  /** The bytes of one automatic backup, by the name listAutoBackups gave. */
  readAutoBackup?(name: string): Promise<Uint8Array>
  /**
   * Runs `handler` when the window is about to close (closing the window or quitting); the
   * window closes when its promise settles, or after 10 s. Returns an unsubscribe function.
   */
  onBeforeQuit?(handler: () => Promise<void>): () => void

  // Studio sync (Electron only; the browser build keeps the password in memory for the session,
  // and its server's header names the sync origin — see src/renderer/src/platform/sync-secrets.ts).
  /** Saves the sync server's address ('' forgets it); resolves to the origin the CSP now admits (after a reload). */
  setSyncServer?(serverUrl: string): Promise<string | null>
  /** Whether this computer keeps the sync password in its keychain or asks once per session. */
  syncPasswordStorage?(): Promise<SyncPasswordStorage>
  /** Stores the sync password encrypted by the OS ('' forgets it); false when it cannot be kept safely. */
  saveSyncPassword?(password: string): Promise<boolean>
  /** The stored sync password, or null. */
  loadSyncPassword?(): Promise<string | null>
  /** 连接测试 asked from main (the page's CSP admits only the saved server; main tells certificate errors apart). */
  testSyncConnection?(request: SyncConnectionRequest): Promise<SyncConnectionResult>
  /** 区级汇总's 连接测试, asked from main for the same reasons. */
  testDistrictConnection?(request: DistrictConnectionRequest): Promise<DistrictConnectionResult>
}

export interface SyncConnectionRequest {
  serverUrl: string
  studioCode: string
  username: string
  password: string
}
/** As src/shared/sync/connection-test.ts's ConnectionResult (this module has no imports). */
export type SyncConnectionResult =
  | { ok: true }
  | { ok: false; reason: 'unreachable' | 'auth' | 'forbidden' | 'certificate' | 'other'; message: string }

export interface DistrictConnectionRequest {
  serverUrl: string
  username: string
  password: string
  studios: string[]
}
/** As src/shared/district/connection-test.ts's DistrictConnectionResult. */
export type DistrictConnectionResult =
  | { ok: true; studios: ({ code: string; ok: true } | { code: string; ok: false; message: string })[] }
  | { ok: false; reason: 'unreachable' | 'auth' | 'forbidden' | 'certificate' | 'other'; message: string }

/** 'keychain': kept encrypted by the operating system; 'session': not stored, asked once per session. */
export type SyncPasswordStorage = 'keychain' | 'session'

export type AutoBackupReason = 'daily' | 'quit' | 'before-restore' | 'before-merge'

export interface WriteAutoBackupRequest {
  data: Uint8Array
  reason: AutoBackupReason
  /** ISO time of the backup (its manifest's createdAt). */
  createdAt: string
}

export interface AutoBackupEntry {
  /** File name only, e.g. auto-20250306-140200-daily.sgbak. */
  name: string
  size: number
  /** ISO time (UTC) the backup was made, to the second. */
  createdAt: string
  reason: AutoBackupReason
}

declare global {
  interface Window {
    /** Present only inside Electron (set by the preload). */
    studio?: StudioApi
  }
}
