/**
 * Hardening applied to every WebContents and to the session: navigation limited to our own
 * pages, no new windows, no <webview>, no permissions, and one Content-Security-Policy.
 */
import type { Session, WebContents } from 'electron'
import { serverOrigin } from '@shared/sync/server-url'
import { isSafeExternalUrl, isTrustedUrl } from './trusted-url'

export { isSafeExternalUrl } from './trusted-url'

/**
 * The renderer's Content-Security-Policy. No remote origins but the studio's sync server and no
 * 'unsafe-eval'; styles allow 'unsafe-inline' because antd injects its CSS-in-JS at run time and
 * the auto-sizing text areas set style attributes (docs/security.md says why zero-runtime mode is
 * no way out). The full policy is sent as a header on every app:// response, with `connect-src`
 * naming the configured sync server's origin (and nothing else remote). index.html carries the
 * policy in a <meta> too, minus frame-ancestors (ignored in <meta>) and with `connect-src` open to
 * http(s): every policy present applies, so a <meta> naming 'self' only would block the sync
 * server the header admits; the header is what narrows connections (docs/security.md).
 */
export function buildCsp(options: { forMeta?: boolean; syncOrigin?: string | null } = {}): string {
  const origin = serverOrigin(options.syncOrigin)
  const connect = options.forMeta ? ["'self'", 'https:', 'http:'] : ["'self'", ...(origin ? [origin] : [])]
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', connect],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]
  if (!options.forMeta) directives.push(['frame-ancestors', ["'none'"]])
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

/** Sent as a header on every app:// response while no sync server is configured. */
export const CONTENT_SECURITY_POLICY = buildCsp()
/** What src/renderer/index.html's <meta http-equiv="Content-Security-Policy"> must say. */
export const META_CONTENT_SECURITY_POLICY = buildCsp({ forMeta: true })

export interface HardenOptions {
  /** The dev server origin, only in development; navigation there is allowed. */
  devOrigin?: string | null
  /** Opens a vetted http(s) link in the system browser (shell.openExternal). */
  openExternal?: (url: string) => void | Promise<void>
}

type Preventable = { preventDefault(): void }

/** The subset of WebContents that hardening touches (so tests can pass a fake). */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Call for every WebContents (app 'web-contents-created'). Navigation and redirects to
 * anything but our own pages are cancelled; window.open is always denied, and an http(s)
 * link is handed to the OS browser only after parsing; <webview> can never attach.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions = {}): void {
  const { devOrigin, openExternal } = options

  const guardNavigation = (event: Preventable & { url?: string }, legacyUrl?: string): void => {
    const target = typeof event.url === 'string' ? event.url : legacyUrl
    if (typeof target !== 'string' || !isTrustedUrl(target, devOrigin)) {
      event.preventDefault()
    }
  }

  contents.on('will-navigate', guardNavigation)
  contents.on('will-redirect', guardNavigation)
  // Any frame, not only the main one: will-navigate fires for the main frame alone, so an
  // <iframe> (none today; a library or a pasted document could add one) would go unchecked.
  contents.on('will-frame-navigate', guardNavigation)

  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })

  contents.setWindowOpenHandler(({ url }) => {
    if (openExternal && isSafeExternalUrl(url)) {
      // Re-serialise the parsed URL so the OS gets exactly what we checked.
      void Promise.resolve(openExternal(new URL(url).href)).catch(() => undefined)
    }
    return { action: 'deny' }
  })
}

/** The subset of Session that permission handling touches. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>

/** The app needs no browser permissions (camera, notifications, geolocation…): deny all. */
export function installPermissionHandlers(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
}
