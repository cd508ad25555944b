import { benchRegistry } from './registry.bench'
import type { Results } from './metrics'

declare global {
  interface Window {
    __bench?: { done: boolean; results: Results; error?: string }
  }
}

async function run() {
  const results: Results = {}
  window.__bench = { done: false, results }
  try {
    await benchRegistry(results)
  } catch (e) {
    window.__bench.error = String((e as Error)?.stack ?? e)
  }
  window.__bench.done = true
  document.getElementById('out')!.textContent = JSON.stringify(results, null, 2)
}

void run()
