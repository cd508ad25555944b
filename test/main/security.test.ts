import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import {
  buildCsp,
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  hardenWebContents,
  installPermissionHandlers,
  type HardenableContents,
  type PermissionSession,
} from '../../src/main/security'

type Listener = (...args: unknown[]) => unknown

function fakeContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler
    },
  }
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args)
  }
  return {
    contents: contents as unknown as HardenableContents,
    emit,
    listeners,
    open: (url: string) => {
      if (!openHandler) throw new Error('no window open handler')
      return openHandler({ url })
    },
  }
}

function navEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

const HOSTILE = [
  'https://evil.example/?next=app://studio/index.html',
  'http://localhost.evil.example:3001',
  'app://user@studio/index.html',
  'app://studio.evil/',
  'file:///tmp/a.html',
  'javascript:alert(1)',
  'data:text/html,<h1>x</h1>',
]

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: blocks hostile URLs, allows app://studio', (name) => {
    const f = fakeContents()
    hardenWebContents(f.contents)
    for (const url of HOSTILE) {
      const event = navEvent(url)
      f.emit(name, event, url)
      expect(event.preventDefault, url).toHaveBeenCalledTimes(1)
    }
    const ok = navEvent('app://studio/index.html')
    f.emit(name, ok, ok.url)
    expect(ok.preventDefault).not.toHaveBeenCalled()
  })

  it('allows the dev server only when its origin is given', () => {
    const plain = fakeContents()
    hardenWebContents(plain.contents)
    const a = navEvent('http://localhost:5173/')
    plain.emit('will-navigate', a, a.url)
    expect(a.preventDefault).toHaveBeenCalled()

    const dev = fakeContents()
    hardenWebContents(dev.contents, { devOrigin: 'http://localhost:5173' })
    const b = navEvent('http://localhost:5173/')
    dev.emit('will-navigate', b, b.url)
    expect(b.preventDefault).not.toHaveBeenCalled()
    const c = navEvent('http://localhost:5174/')
    dev.emit('will-navigate', c, c.url)
    expect(c.preventDefault).toHaveBeenCalled()
  })

  it('falls back to the legacy url argument and blocks when there is none', () => {
    const f = fakeContents()
    hardenWebContents(f.contents)
    const legacyOk = { preventDefault: vi.fn() }
    f.emit('will-navigate', legacyOk, 'app://studio/index.html')
    expect(legacyOk.preventDefault).not.toHaveBeenCalled()
    const none = { preventDefault: vi.fn() }
    f.emit('will-navigate', none)
    expect(none.preventDefault).toHaveBeenCalled()
  })

  it('denies <webview>', () => {
    const f = fakeContents()
    hardenWebContents(f.contents)
    const event = { preventDefault: vi.fn() }
    f.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window and opens only http(s) externally', async () => {
    const openExternal = vi.fn()
    const f = fakeContents()
    hardenWebContents(f.contents, { openExternal })
    expect(f.open('https://example.org/help')).toEqual({ action: 'deny' })
    expect(f.open('app://studio/index.html')).toEqual({ action: 'deny' })
    expect(f.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(f.open('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(f.open('smb://host/share')).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://example.org/help')
  })

  it('denies new windows without an external opener', () => {
    const f = fakeContents()
    hardenWebContents(f.contents)
    expect(f.open('https://example.org/')).toEqual({ action: 'deny' })
  })
})

describe('installPermissionHandlers', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined
    let check: ((...args: unknown[]) => boolean) | undefined
    const session = {
      setPermissionRequestHandler: vi.fn((h) => {
        request = h
      }),
      setPermissionCheckHandler: vi.fn((h) => {
        check = h
      }),
    }
    installPermissionHandlers(session as unknown as PermissionSession)
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check?.({}, permission, 'app://studio', {})).toBe(false)
    }
  })
})

describe('Content-Security-Policy', () => {
  it('is exactly the agreed policy', () => {
    expect(buildCsp()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    )
    expect(CONTENT_SECURITY_POLICY).toBe(buildCsp())
  })

  it('has no remote origins and no unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/)
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'))
    expect(script).toBe("script-src 'self'")
  })

  it('the <meta> variant drops frame-ancestors (ignored in <meta>) and leaves connections to the header', () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '').replace("connect-src 'self';", "connect-src 'self' https: http:;"),
    )
  })

  it('admits the configured sync server’s origin to connect-src, and no other remote origin', () => {
    const csp = buildCsp({ syncOrigin: 'https://couch.linquan.example:6984' })
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const))
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://couch.linquan.example:6984'])
    expect(csp.replace('https://couch.linquan.example:6984', '')).toBe(CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' "))
    expect(buildCsp({ syncOrigin: 'http://10.0.0.5:5984' })).toContain("connect-src 'self' http://10.0.0.5:5984;")
    // Only an origin: a path, credentials, another scheme or a wildcard admit nothing.
    for (const bad of ['http://10.0.0.5:5984/studio-linquan', 'javascript:alert(1)', 'https://user:pw@couch.example', "https://a.example 'unsafe-eval'", '*', '']) {
      expect(buildCsp({ syncOrigin: bad }), bad).toBe(CONTENT_SECURITY_POLICY)
    }
    expect(buildCsp({ syncOrigin: null })).toBe(CONTENT_SECURITY_POLICY)
  })

  const indexHtml = fileURLToPath(new URL('../../src/renderer/index.html', import.meta.url))
  it.skipIf(!existsSync(indexHtml))('src/renderer/index.html carries the same policy in its <meta>', () => {
    const html = readFileSync(indexHtml, 'utf8')
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(match?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
  })
})
