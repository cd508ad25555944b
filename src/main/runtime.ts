/**
 * Development vs packaged mode, decided in one place. The dev server URL is honoured only
 * when the app is not packaged, and only if it is a plain http(s) URL.
 */
export interface RuntimeMode {
  isDev: boolean
  /** The Vite dev server URL (ELECTRON_RENDERER_URL), only in development. */
  devServerUrl: string | null
  /** Its origin, for the URL guards. */
  devOrigin: string | null
}

export function resolveRuntimeMode(input: {
  isPackaged: boolean
  env: Record<string, string | undefined>
}): RuntimeMode {
  if (input.isPackaged) return { isDev: false, devServerUrl: null, devOrigin: null }
  const raw = input.env.ELECTRON_RENDERER_URL
  let devServerUrl: string | null = null
  let devOrigin: string | null = null
  if (raw) {
    try {
      const url = new URL(raw)
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) {
        devServerUrl = url.href
        devOrigin = url.origin
      }
    } catch {
      // ignore a malformed value: fall back to the packaged renderer
    }
  }
  return { isDev: true, devServerUrl, devOrigin }
}
