// The 区级看板 of a district with 100 studios × 8 quarters (800 roll-ups), timed in the real app.
// The bench page is opened again at #seed-district to load them into the app's database as a
// district computer holds them (it replaces what the other screens used). Timed inside the page:
// from the hash change to the frame after the DOM shows the grid's 100 studio rows, the ranking's
// 100 entries and the trend line. district.rollup.100 is the median of three first opens, each
// in a freshly loaded app (the page loaded again on 帮助), with the fastest and slowest beside it.

import { armUiTimer, medianResults } from './bench-ui-timer.mjs'

const round = (n) => Math.round(n * 10) / 10
const FRESH_STARTS = 3

/** The 区级看板 is drawn: the grid of every studio (its rows in view), 100 ranking entries, the trend line. */
const arm = (page, studios) =>
  armUiTimer(page, [
    ['[data-district-ready]', null],
    [`table.district-grid[aria-rowcount="${studios + 1}"] tbody tr[data-index]`, null],
    ['ol.district-ranking li', studios],
    ['.district-trend .recharts-line path', null],
  ])

/** When the loader had read the roll-ups and shaped them, from the hash change (the latest marks). */
const marks = (page) =>
  page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN
    return { read: at('district:read') - window.__uiT0, shaped: at('district:shaped') - window.__uiT0 }
  })

export async function uiBenchDistrict(page, baseUrl, results) {
  await page.goto(`${baseUrl}/bench/#seed-district`)
  await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 10 * 60_000, polling: 250 })
  const seeded = await page.evaluate(() => window.__bench)
  if (seeded.error) throw new Error(seeded.error)
  Object.assign(results, seeded.results)
  const info = await page.evaluate(() => window.__benchDistrict)
  if (!info) return
  const firsts = []
  const reads = []
  const shapes = []
  for (let start = 0; start < FRESH_STARTS; start++) {
    if (start === 0) await page.goto(`${baseUrl}/#/help`)
    else await page.reload()
    await page.getByRole('heading', { level: 1, name: '帮助' }).waitFor({ timeout: 120_000 })
    await page.waitForTimeout(2000)
    await arm(page, info.studios)
    await page.evaluate((period) => (location.hash = `#/district?period=${period}`), info.period)
    firsts.push(await page.evaluate(() => window.__uiTimer))
    const m = await marks(page)
    reads.push(m.read)
    shapes.push(m.shaped)
    await page.evaluate(() => (location.hash = '#/help'))
  }
  console.log(`district first opens, in order: ${firsts.map((ms) => round(ms)).join(', ')} ms`)
  medianResults(results, 'district.rollup.100', firsts)
  // Of the open: the roll-ups read from IndexedDB, then shaped (the rest is drawing the screen).
  medianResults(results, 'district.rollup.100.read', reads)
  medianResults(results, 'district.rollup.100.shaped', shapes)
}
