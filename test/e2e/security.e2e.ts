/**
 * The Content-Security-Policy is in force and the renderer has no Node, checked in Chromium:
 *   1. the web build as it is served for the e2e tests (policy from index.html's <meta>);
 *   2. the same bundle served through the app:// request handler of src/main/protocol.ts
 *      (policy from the response header, as Electron serves it), routed by Playwright.
 * Each check has a control: the same injection on a page without a policy does run, so a
 * pass means the policy stopped it, not that the injection was broken.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHROMIUM_ARGS, openApp, type AppSession } from './support/browser'

// protocol.ts registers with Electron's `protocol` only when asked; the handler is plain Fetch.
vi.mock('electron', () => ({ protocol: {} }))
const { createAppRequestHandler } = await import('../../src/main/protocol')
const { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } = await import('../../src/main/security')

/** Records CSP violations from the first moment of every page (init scripts bypass CSP). */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] }
    w.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)
    })
  })
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

/** Appends an inline <script> the way an injected payload would; true if it ran. */
const inlineScriptRuns = (page: Page) =>
  page.evaluate(async () => {
    const w = window as unknown as { __injected?: number }
    delete w.__injected
    const script = document.createElement('script')
    script.textContent = 'window.__injected = 1'
    document.body.appendChild(script)
    await new Promise((r) => setTimeout(r, 50))
    script.remove()
    return w.__injected === 1
  })

/** An inline event handler attribute (the classic XSS payload); true if it ran. */
const inlineHandlerRuns = (page: Page) =>
  page.evaluate(async () => {
    const w = window as unknown as { __onerror?: number }
    delete w.__onerror
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="data:," onerror="window.__onerror = 1">'
    document.body.appendChild(holder)
    await new Promise((r) => setTimeout(r, 100))
    holder.remove()
    return w.__onerror === 1
  })

/**
 * eval and new Function, run from a timer: code evaluated by DevTools itself is exempt from
 * the policy, a timer callback is not. Returns what happened to each.
 */
const stringCodeOutcome = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ eval: string; fn: string }>((resolve) => {
        setTimeout(() => {
          const attempt = (run: () => unknown) => {
            try {
              run()
              return 'ran'
            } catch (e) {
              return (e as Error).name
            }
          }
          // eslint-disable-next-line no-eval, no-new-func -- the test proves the page's CSP blocks both
          resolve({ eval: attempt(() => (0, eval)('1 + 1')), fn: attempt(() => new Function('return 1')()) })
        }, 0)
      }),
  )

const nodeGlobals = (page: Page) =>
  page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
    Buffer: typeof (globalThis as Record<string, unknown>).Buffer,
    global: typeof (globalThis as Record<string, unknown>).global,
    __dirname: typeof (globalThis as Record<string, unknown>).__dirname,
  }))

const NO_NODE = { require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined', global: 'undefined', __dirname: 'undefined' }

describe('CSP and no Node: the web build (policy in <meta>)', () => {
  let app: AppSession
  beforeEach(async () => {
    app = await openApp('#/home')
    await app.page.getByRole('navigation', { name: '主导航' }).waitFor()
  })
  afterEach(async () => {
    await app.close()
  })

  it('ships the agreed policy in index.html', () => {
    const html = readFileSync(resolve('out/renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i) // no inline script in the page itself
  })

  it('does not run an injected inline script, inline handler, eval or new Function', async () => {
    expect(await inlineScriptRuns(app.page)).toBe(false)
    expect(await inlineHandlerRuns(app.page)).toBe(false)
    expect(await stringCodeOutcome(app.page)).toEqual({ eval: 'EvalError', fn: 'EvalError' })
  })

  it('has no Node in the page', async () => {
    expect(await nodeGlobals(app.page)).toEqual(NO_NODE)
    // The browser build has no preload bridge either.
    expect(await app.page.evaluate(() => typeof (window as { studio?: unknown }).studio)).toBe('undefined')
  })

  it('shows the bundled guide under 帮助 (last in the sidebar), rendered as plain elements', async () => {
    const nav = app.page.getByRole('navigation', { name: '主导航' })
    const items = await nav.getByRole('menuitem').allInnerTexts()
    expect(items.at(-1)?.trim()).toBe('帮助')
    await nav.getByRole('menuitem', { name: '帮助' }).click()
    // The sidebar highlights the screen shown, and only it (the menu is memoised, see NavMenu).
    await nav.locator('.ant-menu-item-selected', { hasText: '帮助' }).waitFor()
    expect(await nav.locator('.ant-menu-item-selected').count()).toBe(1)
    const guide = app.page.getByRole('article', { name: '使用指南' })
    await guide.getByRole('heading', { name: '每周的工作流程：记录 → 跟进 → 评估 → 导出 → 备份' }).waitFor()
    await guide.getByRole('heading', { name: '换一台新电脑' }).waitFor()
    expect(await guide.locator('script, iframe, img, a').count()).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('control: the same injections run on a page without a policy', async () => {
    const page = await app.context.newPage()
    await page.setContent('<!doctype html><body></body>')
    expect(await inlineScriptRuns(page)).toBe(true)
    expect(await inlineHandlerRuns(page)).toBe(true)
    expect(await stringCodeOutcome(page)).toEqual({ eval: 'ran', fn: 'ran' })
    await page.close()
  })
})

describe('CSP: the bundle served by the app:// handler (policy in the response header)', () => {
  const ORIGIN = 'https://studio.test'
  let context: BrowserContext
  let page: Page
  let dir: string
  const served: { url: string; csp: string | null }[] = []

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'e2e-csp-'))
    context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      viewport: { width: 1366, height: 860 },
      args: CHROMIUM_ARGS,
    })
    await recordViolations(context)
    const handle = createAppRequestHandler(resolve('out/renderer'))
    // Every request to the test origin goes through our protocol handler, as app://studio would.
    await context.route(`${ORIGIN}/**`, async (route) => {
      const request = route.request()
      const appUrl = request.url().replace(ORIGIN, 'app://studio')
      const response = await handle(new Request(appUrl, { method: request.method() }))
      const headers = Object.fromEntries(response.headers.entries())
      served.push({ url: appUrl, csp: response.headers.get('content-security-policy') })
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) })
    })
    page = context.pages()[0] ?? (await context.newPage())
    const response = await page.goto(`${ORIGIN}/index.html#/home`)
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await page.getByRole('navigation', { name: '主导航' }).waitFor()
  })

  afterAll(async () => {
    await context?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends the policy with every response', () => {
    expect(served.length).toBeGreaterThan(1)
    for (const r of served) expect(r.csp, r.url).toBe(CONTENT_SECURITY_POLICY)
  })

  it('runs the app itself without a single violation', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '设置' }).click()
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor()
    expect(await violations(page)).toEqual([])
  })

  it('does not run an injected inline script, inline handler, eval or new Function', async () => {
    expect(await inlineScriptRuns(page)).toBe(false)
    expect(await inlineHandlerRuns(page)).toBe(false)
    expect(await stringCodeOutcome(page)).toEqual({ eval: 'EvalError', fn: 'EvalError' })
    const seen = await violations(page)
    expect(seen.some((v) => v.startsWith('script-src'))).toBe(true)
  })

  it('has no Node in the page', async () => {
    expect(await nodeGlobals(page)).toEqual(NO_NODE)
  })

  it('cannot be framed (frame-ancestors)', async () => {
    const other = await context.newPage()
    await other.setContent(`<iframe src="${ORIGIN}/index.html"></iframe>`)
    await other.waitForTimeout(500)
    const framed = other.frames().find((f) => f.url().startsWith(ORIGIN))
    const loaded = framed ? await framed.evaluate(() => !!document.getElementById('root')).catch(() => false) : false
    expect(loaded).toBe(false)
    await other.close()
  })
})
