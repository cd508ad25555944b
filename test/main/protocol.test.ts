import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}))
vi.mock('electron', () => electron)

import {
  createAppRequestHandler,
  installAppProtocol,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
} from '../../src/main/protocol'
import { buildCsp, CONTENT_SECURITY_POLICY } from '../../src/main/security'

const ROOT = resolve('/srv/app/out/renderer')

describe('registerAppScheme', () => {
  it('registers app:// as standard + secure with fetch and streaming', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
    ])
  })

  it('installAppProtocol handles the app scheme', () => {
    installAppProtocol(ROOT)
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})

describe('resolveAppPath', () => {
  it.each([
    ['app://studio/', 'index.html'],
    ['app://studio', 'index.html'],
    ['app://studio/index.html', 'index.html'],
    ['app://studio/index.html?x=1#/projects', 'index.html'],
    ['app://studio/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://studio/assets/%E5%9B%BE.png', join('assets', '图.png')],
  ])('%s → %s', (url, rel) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, rel))
  })

  it.each([
    'app://studio/../secret.txt',
    'app://studio/assets/../../secret.txt',
    'app://studio/%2e%2e/secret.txt',
    'app://studio/%2E%2E/secret.txt',
    'app://studio/.%2e/secret.txt',
    'app://studio/assets%2f..%2f..%2fsecret.txt',
    'app://studio/assets%2Fx.js',
    'app://studio/..%5csecret.txt',
    'app://studio/..\\secret.txt',
    'app://studio/assets\\x.js',
    'app://studio//etc/passwd',
    'app://studio/C:/Windows/win.ini',
    'app://studio/C%3A/Windows/win.ini',
    'app://studio/./index.html',
    'app://studio/assets/',
    'app://studio/a%00.js',
    'app://studio/%E0%A4%A',
    'app://other/index.html',
    'app://studio.evil/index.html',
    'app://user@studio/index.html',
    'app://studio:81/index.html',
    'file:///etc/passwd',
    'http://studio/index.html',
    '/etc/passwd',
    '',
  ])('rejects %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull()
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.png', 'image/png'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['A.PNG', 'image/png'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })
})

describe('createAppRequestHandler', () => {
  let root: string
  let outside: string
  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'studio-proto-'))
    root = join(outside, 'renderer')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>社工督导工作台</title>')
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(outside, 'secret.txt'), 'secret')
  })
  afterAll(async () => {
    await rm(outside, { recursive: true, force: true })
  })

  const get = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }))

  it('names the sync server saved at the time of each request in connect-src', async () => {
    let origin: string | null = null
    const handler = createAppRequestHandler(root, () => buildCsp({ syncOrigin: origin }))
    const connectSrc = async (url: string) => {
      const csp = (await handler(new Request(url))).headers.get('content-security-policy') ?? ''
      return csp.split('; ').find((d) => d.startsWith('connect-src'))
    }
    expect(await connectSrc('app://studio/')).toBe("connect-src 'self'")
    origin = 'https://couch.linquan.example:6984'
    expect(await connectSrc('app://studio/')).toBe("connect-src 'self' https://couch.linquan.example:6984")
    expect(await connectSrc('app://studio/missing.js')).toBe("connect-src 'self' https://couch.linquan.example:6984")
  })

  it('serves index.html for / with the CSP header', async () => {
    const res = await get('app://studio/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toContain('社工督导工作台')
  })

  it('serves assets with their MIME type', async () => {
    const res = await get('app://studio/assets/app.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await res.text()).toBe('console.log(1)')
  })

  it('answers HEAD without a body', async () => {
    const res = await get('app://studio/index.html', 'HEAD')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })

  it.each([
    'app://studio/missing.js',
    'app://studio/assets',
    'app://studio/%2e%2e/secret.txt',
    'app://other/index.html',
  ])('404 for %s', async (url) => {
    const res = await get(url)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await res.text()).not.toContain('secret')
  })

  it('405 for POST', async () => {
    const res = await get('app://studio/index.html', 'POST')
    expect(res.status).toBe(405)
  })

  it.each([
    ['GET', 'app://studio/'],
    ['GET', 'app://studio/index.html#/help'],
    ['GET', 'app://studio/assets/app.js'],
    ['HEAD', 'app://studio/index.html'],
    ['GET', 'app://studio/missing.js'],
    ['GET', 'app://studio/%2e%2e/secret.txt'],
    ['POST', 'app://studio/index.html'],
    ['PUT', 'app://studio/assets/app.js'],
  ])('every response carries the CSP header (%s %s), which runs no inline or eval’d script', async (method, url) => {
    const res = await get(url, method)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toBe(CONTENT_SECURITY_POLICY)
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const))
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe-eval')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
