/**
 * The page may connect to the studio's sync server and to no other remote origin: the web build's
 * CSP header (scripts/static-server.mjs) names the run's CouchDB, as Electron's app:// handler
 * names the server saved on 设置 → 同步 (test/main/protocol.test.ts). Control: the other origin
 * answers a page that has no policy, so a refusal is the policy's doing.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { couchOrigin } from '../support/couch'
import { openApp, type AppSession } from './support/browser'

let app: AppSession
let other: Server
let otherOrigin: string

/** fetch from the page: 'ok <status>' or the error's name, plus the CSP violations it caused. */
function fetchFromPage(url: string) {
  return app.page.evaluate(async (target) => {
    const seen: string[] = []
    const listener = (e: SecurityPolicyViolationEvent) => seen.push(`${e.violatedDirective} ${e.blockedURI}`)
    document.addEventListener('securitypolicyviolation', listener)
    let outcome: string
    try {
      const res = await fetch(target)
      outcome = `ok ${res.status}`
    } catch (err) {
      outcome = (err as Error).name
    }
    await new Promise((r) => setTimeout(r, 50))
    document.removeEventListener('securitypolicyviolation', listener)
    return { outcome, violations: seen }
  }, url)
}

beforeAll(async () => {
  // Another server that would answer any page (CORS *): only the policy can stop the page.
  other = createServer((_req, res) => {
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' })
    res.end('{"couchdb":"Welcome"}')
  })
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()))
  const address = other.address()
  otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  app = await openApp('#/home')
  await app.page.getByRole('navigation', { name: '主导航' }).waitFor()
})

afterAll(async () => {
  await app?.close()
  await new Promise((r) => other?.close(r))
})

describe('connect-src: the sync server and nothing else', () => {
  it('lets the page reach the sync server', async () => {
    const r = await fetchFromPage(`${couchOrigin()}/`)
    expect(r).toEqual({ outcome: 'ok 200', violations: [] })
  })

  it('refuses a fetch to any other origin', async () => {
    const r = await fetchFromPage(`${otherOrigin}/`)
    expect(r.outcome).toBe('TypeError')
    expect(r.violations).toEqual([`connect-src ${otherOrigin}/`])
  })

  it('control: the other origin answers a page without a policy', async () => {
    const page = await app.context.newPage()
    await page.setContent('<!doctype html><body></body>')
    const status = await page.evaluate(async (url) => (await fetch(url)).status, `${otherOrigin}/`)
    expect(status).toBe(200)
    await page.close()
  })
})
