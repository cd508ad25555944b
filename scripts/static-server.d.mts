// Types for scripts/static-server.mjs (used by the e2e set-up and tests).
export function webCspHeader(metaPolicy: string, syncOrigin: string | null): string
export function metaPolicyOf(indexHtmlPath: string): string | null
export function startStaticServer(options: {
  mounts: Record<string, string>
  port?: number
  host?: string
  syncOrigin?: string | null
}): Promise<{ url: string; close: () => Promise<void> }>
