// A tiny static file server for the built renderer (and the bench page), used by the e2e
// tests, the benchmark and `npm run web`. Everything it serves shares one origin, so the
// bench page and the app see the same IndexedDB.
import { createServer } from 'node:http'
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

/** mounts: { '/': dir, '/bench/': dir2 } — longest prefix wins. */
export function startStaticServer({ mounts, port = 0, host = '127.0.0.1' }) {
  const entries = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length)
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
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
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
