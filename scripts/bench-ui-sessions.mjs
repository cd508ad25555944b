// The 督导记录 list screen, timed in the real app on the 20,000 sessions bench/sessions.bench.ts
// wrote into the app's database (same origin). Every figure is taken inside the page: from the
// user's action (hash change, option click, input event) to the frame that shows the
// result. (No eval in the page: the app's CSP forbids it.)

import { writeFileSync } from 'node:fs'

const round = (n) => Math.round(n * 10) / 10

/**
 * Arms a timer in the page. It starts now, or at the next `start` event ('click', 'input'), and
 * stops when `until` holds: 'row' (a list row is on screen), 'loaded' (the count line shows
 * "共 N 条"), or 'changed' (the count line shows a count other than the text it had).
 */
async function arm(page, start, until) {
  await page.evaluate(
    ({ start, until }) => {
      const countText = () => document.querySelector('[data-testid="session-count"]')?.textContent ?? ''
      const before = countText()
      const tests = {
        row: () => document.querySelector('[role="table"][aria-label="督导记录列表"] [role="row"][data-session-id]') !== null,
        loaded: () => /^共 \d+ 条/.test(countText()),
        changed: () => /^共 \d+ 条/.test(countText()) && countText() !== before,
      }
      const done = tests[until]
      window.__uiTimer = new Promise((resolve) => {
        let t0 = start === 'now' ? performance.now() : null
        if (start !== 'now') document.addEventListener(start, () => (t0 ??= performance.now()), { capture: true, once: true })
        const obs = new MutationObserver(() => {
          if (t0 === null || !done()) return
          obs.disconnect()
          // the frame that shows the change (its rAF callback runs just before that frame is painted)
          requestAnimationFrame(() => resolve(performance.now() - t0))
        })
        obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
      })
    },
    { start, until },
  )
}
const result = async (page) => round(await page.evaluate(() => window.__uiTimer))

const RUNS = 5
const median = (xs) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)])

/** Each UI figure is the median of RUNS runs (the CI box is shared: single runs jump around). */
/** `info`: what the bench page left in window.__benchSessions, when the page has moved on since (scripts/bench-ab.mjs). */
export async function uiBenchSessions(page, baseUrl, results, info = null) {
  info ??= await page.evaluate(() => window.__benchSessions)
  if (!info) return
  const count = page.getByTestId('session-count')
  const settings = page.getByRole('heading', { level: 1, name: '设置' })
  const runs = { open: [], allLoaded: [], reopen: [], filter: [], search: [], heap: [] }
  const cdp = await page.context().newCDPSession(page)
  for (let i = 0; i < RUNS; i++) {
    // The app freshly loaded on another screen: the list's index is built on the list's first visit.
    await page.goto('about:blank')
    await page.goto(`${baseUrl}/#/settings`)
    await settings.waitFor()
    await page.waitForTimeout(300)
    await arm(page, 'now', 'row')
    await page.evaluate(() => (location.hash = '#/sessions'))
    runs.open.push(await result(page))
    // …and the rest of the 20,000 arriving behind the first rows (approximate: polled).
    const t0 = Date.now()
    await count.filter({ hasText: /^共 \d+ 条/ }).waitFor({ timeout: 600_000 })
    runs.allLoaded.push(Date.now() - t0)
    // The renderer's JS heap with the list open on every record, after a full garbage collection.
    await cdp.send('HeapProfiler.collectGarbage')
    runs.heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize)

    // Back to the list later: the index is already in memory.
    await page.evaluate(() => (location.hash = '#/settings'))
    await settings.waitFor()
    await page.waitForTimeout(200)
    await arm(page, 'now', 'loaded')
    await page.evaluate(() => (location.hash = '#/sessions'))
    runs.reopen.push(await result(page))

    // Filter by one supervisee: from the click on the option to the new count on screen.
    const box = page.getByLabel('被督导者', { exact: true })
    await box.click()
    await box.pressSequentially(info.superviseeName, { delay: 5 })
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: info.superviseeName }).first()
    await option.waitFor()
    await page.waitForTimeout(200)
    await arm(page, 'click', 'changed')
    await option.click()
    runs.filter.push(await result(page))

    // Clear it, then search a phrase over everything: from the input event to the new count.
    await page.getByRole('button', { name: '清除筛选' }).first().click()
    await count.filter({ hasText: new RegExp(`^共 ${info.count} 条`) }).waitFor()
    await page.waitForTimeout(200)
    await arm(page, 'input', 'changed')
    // BENCH_PROFILE_SEARCH=<file.cpuprofile>: the last run's search alone, sampled every 0.1 ms.
    const profiling = process.env.BENCH_PROFILE_SEARCH && i === RUNS - 1
    if (profiling) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    }
    await page.getByLabel('全文搜索').fill(info.phrase)
    runs.search.push(await result(page))
    if (profiling) {
      writeFileSync(process.env.BENCH_PROFILE_SEARCH, JSON.stringify((await cdp.send('Profiler.stop')).profile))
      console.log(`${process.env.BENCH_PROFILE_SEARCH} written`)
    }
  }
  results['sessions.list.open'] = { value: median(runs.open), unit: 'ms' }
  results['sessions.list.allLoaded.approx'] = { value: median(runs.allLoaded), unit: 'ms' }
  results['sessions.list.reopen'] = { value: median(runs.reopen), unit: 'ms' }
  results['sessions.filter.supervisee.ui'] = { value: median(runs.filter), unit: 'ms' }
  results['sessions.search.phrase.ui'] = { value: median(runs.search), unit: 'ms' }
  results['sessions.list.heap'] = { value: Math.round(median(runs.heap)), unit: 'bytes' }
  await cdp.detach()
}
