export interface Metric {
  value: number
  unit: 'ms' | 'bytes' | 'count'
}
export type Results = Record<string, Metric>

/** Median of `runs` timings of fn (after one warm-up unless warm is false). */
export async function time(fn: () => Promise<unknown> | unknown, runs = 5, warm = true): Promise<number> {
  if (warm) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  return round(samples[Math.floor(samples.length / 2)]!)
}

export const round = (n: number) => Math.round(n * 10) / 10

export const median = (xs: readonly number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!)

/** Time of one run of fn, in ms (rounded). */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return round(performance.now() - t0)
}

/**
 * Sessions the data groups generate: `?scale=` (BENCH_SCALE in scripts/run-bench.mjs runs the
 * page once per size), 20,000 by default. Metric names keep the default size's spelling
 * (`sessions.toArray.20000`, `backup.restore.20k`) with the size of the run in it.
 */
export function benchScale(): number {
  const n = Number(new URLSearchParams(location.search).get('scale'))
  return Number.isInteger(n) && n > 0 ? n : 20_000
}

/** 20000 → "20k", 5000 → "5k", 2500 → "2500". */
export const sizeTag = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))

/**
 * Ratio of a bulk path to its yardstick, both from this run (2 decimals): 1.0 is as fast as a
 * plain bulkPut of the same records can be on this machine.
 */
export function ratio(results: Results, name: string, path: string, yardstick: string): void {
  const a = results[path]?.value
  const b = results[yardstick]?.value
  if (a !== undefined && b) results[name] = { value: Math.round((a / b) * 100) / 100, unit: 'count' }
}
