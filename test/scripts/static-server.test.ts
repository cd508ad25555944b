import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCsp, META_CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { metaPolicyOf, startStaticServer, webCspHeader } from '../../scripts/static-server.mjs'

// The web build (npm run web, the e2e tests) sends the same policy as Electron's app:// handler.
describe('the web build’s Content-Security-Policy header', () => {
  it('is the app:// policy, with the sync server admitted to connect-src', () => {
    expect(webCspHeader(META_CONTENT_SECURITY_POLICY, null)).toBe(buildCsp())
    expect(webCspHeader(META_CONTENT_SECURITY_POLICY, 'https://couch.linquan.example:6984')).toBe(buildCsp({ syncOrigin: 'https://couch.linquan.example:6984' }))
    expect(webCspHeader(META_CONTENT_SECURITY_POLICY, 'http://127.0.0.1:5984/')).toBe(buildCsp({ syncOrigin: 'http://127.0.0.1:5984' }))
  })

  it('refuses a sync address that is not a plain http(s) origin', () => {
    for (const bad of ['https://couch.example/studio-x', 'https://admin:pw@couch.example', 'ftp://couch.example']) {
      expect(() => webCspHeader(META_CONTENT_SECURITY_POLICY, bad), bad).toThrow('not an http(s) origin')
    }
  })

  it('is sent with the app’s files, built from the page’s own <meta>', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-csp-'))
    try {
      writeFileSync(join(dir, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" /><title>x</title>`)
      expect(metaPolicyOf(join(dir, 'index.html'))).toBe(META_CONTENT_SECURITY_POLICY)
      const server = await startStaticServer({ mounts: { '/': dir }, syncOrigin: 'http://127.0.0.1:5984' })
      try {
        const res = await fetch(`${server.url}/`)
        expect(res.headers.get('content-security-policy')).toBe(buildCsp({ syncOrigin: 'http://127.0.0.1:5984' }))
      } finally {
        await server.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
