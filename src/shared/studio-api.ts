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
}

declare global {
  interface Window {
    /** Present only inside Electron (set by the preload). */
    studio?: StudioApi
  }
}
