/** Runs `run` when the browser is next idle (at the latest after a second). */
export function whenIdle(run: () => void): { cancel: () => void } {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 1000 })
    return { cancel: () => window.cancelIdleCallback(id) }
  }
  const id = window.setTimeout(run, 0)
  return { cancel: () => window.clearTimeout(id) }
}
