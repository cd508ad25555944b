// A tiny static file server for the built renderer (and the bench page), used by the e2e
// tests, the benchmark and `npm run web`. Everything it serves shares one origin, so the
// bench page and the app see the same IndexedDB.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
}

/**
 * The Content-Security-Policy header of the web build: the policy of the page's <meta> (the one
 * src/main/security.ts builds; test/main/security.test.ts keeps index.html equal to it) with
 * frame-ancestors added and connect-src narrowed to 'self' and the studio's sync server, as the
 * app:// protocol sends it in Electron. `syncOrigin`: an http(s) origin, or null for none.
 */
export function webCspHeader(metaPolicy, syncOrigin) {
  let origin = null
  if (syncOrigin) {
    const url = new URL(syncOrigin)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.origin !== syncOrigin.replace(/\/$/, '')) {
      throw new Error(`not an http(s) origin: ${syncOrigin}`)
    }
    origin = url.origin
  }
  const directives = metaPolicy.split(/;\s*/).filter(Boolean).map((d) => (d.startsWith('connect-src ') ? `connect-src 'self'${origin ? ` ${origin}` : ''}` : d))
  return [...directives, "frame-ancestors 'none'"].join('; ')
}

/** The <meta> Content-Security-Policy of a built index.html, or null when it has none. */
export function metaPolicyOf(indexHtmlPath) {
  try {
    const html = readFileSync(indexHtmlPath, 'utf8')
    return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? null
  } catch {
    return null
  }
}

/**
 * mounts: { '/': dir, '/bench/': dir2 } — longest prefix wins. `syncOrigin` (or STUDIO_SYNC_URL):
 * the studio's sync server, the one remote origin the pages' CSP header admits.
 */
export function startStaticServer({ mounts, port = 0, host = '127.0.0.1', syncOrigin = process.env.STUDIO_SYNC_URL ?? null }) {
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length)
  const rootDir = mounts['/']
  const metaPolicy = rootDir ? metaPolicyOf(join(resolve(rootDir), 'index.html')) : null
  const csp = metaPolicy ? webCspHeader(metaPolicy, syncOrigin) : null
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x')
      const path = decodeURIComponent(url.pathname)
      const mount = entries.find(([prefix]) => path.startsWith(prefix))
      if (!mount) return notFound(res)
      const [prefix, root] = mount
      let rel = path.slice(prefix.length)
      if (rel === '' || rel.endsWith('/')) rel += 'index.html'
      const file = normalize(join(root, rel))
      if (file !== root && !file.startsWith(root + sep)) return notFound(res)
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) return notFound(res)
      const body = await readFile(file)
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }
      // The app's pages only: the bench page under /bench/ is ours, not the app.
      if (csp && prefix === '/') headers['content-security-policy'] = csp
      res.writeHead(200, headers)
      res.end(body)
    } catch {
      notFound(res)
    }
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      const address = server.address()
      ok({ url: `http://${host}:${address.port}`, close: () => new Promise((r) => server.close(() => r())) })
    })
  })
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('not found')
}
