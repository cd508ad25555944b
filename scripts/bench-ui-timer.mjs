// A UI timing taken inside the page: from now (the caller then changes the hash) to the frame
// after the DOM holds what the screen must show. `checks`: CSS selectors with the number of
// matches each must reach (exact), or null for "at least one".

export async function armUiTimer(page, checks) {
  await page.evaluate((checks) => {
    const done = () => checks.every(([selector, count]) => (count === null ? document.querySelector(selector) !== null : document.querySelectorAll(selector).length === count))
    const t0 = performance.now()
    window.__uiT0 = t0
    window.__uiTimer = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (!done()) return
        obs.disconnect()
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0))
      })
      obs.observe(document.body, { subtree: true, childList: true, attributes: true })
    })
  }, checks)
}

const round = (n) => Math.round(n * 10) / 10

/** `name` (median), `name.min` and `name.max` of the samples, in ms. */
export function medianResults(results, name, samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  results[name] = { value: round(sorted[Math.floor(sorted.length / 2)]), unit: 'ms' }
  results[`${name}.min`] = { value: round(sorted[0]), unit: 'ms' }
  results[`${name}.max`] = { value: round(sorted[sorted.length - 1]), unit: 'ms' }
}
