/**
 * The app:// scheme that serves the packaged renderer from out/renderer.
 *
 * The origin app://studio is where the renderer's IndexedDB lives: never change the scheme,
 * the host or the privileges, or users' data silently disappears (see electron/electron#37702).
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from '@shared/app-info'
import { FORBIDDEN_FILE_NAME_CHARS } from '@shared/ipc-contract'
import { CONTENT_SECURITY_POLICY } from './security'
import { isAppUrl } from './trusted-url'

/** Must run before the app's 'ready' event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: V8 keeps the compiled renderer bundle between starts, as it does for https
      // pages (off by default for custom schemes): each screen's first opening compiles less.
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ])
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

const APP_PREFIX = `${APP_SCHEME}://${APP_HOST}`
// Encoded dots, slashes, backslashes and NUL have no business in our asset paths.
const SUSPICIOUS_RAW = /%2e|%2f|%5c|%00|\\/i

/**
 * Maps an app://studio/… URL to a file under rootDir, or null when the URL is not ours or
 * tries to leave rootDir in any way (.., encoded .., encoded slashes, absolute or drive paths).
 * '/' maps to index.html. Query and fragment are ignored.
 */
export function resolveAppPath(rootDir: string, rawUrl: string): string | null {
  if (typeof rawUrl !== 'string' || !isAppUrl(rawUrl)) return null

  // The URL parser silently resolves "..", so inspect the raw text as well.
  const withoutSuffix = rawUrl.split(/[?#]/, 1)[0] ?? ''
  if (!withoutSuffix.startsWith(APP_PREFIX)) return null
  const rawPath = withoutSuffix.slice(APP_PREFIX.length)
  if (rawPath !== '' && !rawPath.startsWith('/')) return null
  if (SUSPICIOUS_RAW.test(rawPath)) return null

  const relativePath = rawPath === '' || rawPath === '/' ? 'index.html' : rawPath.slice(1)
  const segments: string[] = []
  for (const rawSegment of relativePath.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(rawSegment)
    } catch {
      return null
    }
    if (segment === '' || segment === '.' || segment === '..') return null
    if (FORBIDDEN_FILE_NAME_CHARS.test(segment)) return null
    segments.push(segment)
  }

  const root = resolve(rootDir)
  const target = resolve(root, ...segments)
  const rel = relative(root, target)
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null
  return target
}

function textResponse(status: number, body: string, csp: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    },
  })
}

/**
 * The handler for protocol.handle('app', …), serving files under rootDir. `csp` gives the policy
 * of each response: it names the sync server saved on 设置 → 同步 (src/main/sync-store.ts), read
 * per request so a page loaded after saving is allowed to reach it.
 */
export function createAppRequestHandler(rootDir: string, csp: () => string = () => CONTENT_SECURITY_POLICY): (request: Request) => Promise<Response> {
  return async (request) => {
    const policy = csp()
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method Not Allowed', policy)
    }
    const filePath = resolveAppPath(rootDir, request.url)
    if (!filePath) return textResponse(404, 'Not Found', policy)
    try {
      const info = await stat(filePath)
      if (!info.isFile()) return textResponse(404, 'Not Found', policy)
      const body = request.method === 'HEAD' ? null : await readFile(filePath)
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(filePath),
          'content-length': String(info.size),
          'content-security-policy': policy,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
      })
    } catch {
      return textResponse(404, 'Not Found', policy)
    }
  }
}

/** Call after 'ready'. */
export function installAppProtocol(rootDir: string, csp?: () => string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, csp))
}
