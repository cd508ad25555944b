import type { StudioApi } from '@shared/studio-api'
import { createBrowserApi } from './browser'

let api: StudioApi | null = null

/** The host API: Electron's preload when present, else the browser implementation. */
export function studio(): StudioApi {
  api ??= window.studio ?? createBrowserApi()
  return api
}
