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
