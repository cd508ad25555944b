// Types for scripts/bench-scale.mjs (used by test/scripts/bench-scale.test.ts).
export interface Metric {
  value: number
  unit: string
}
export function sizeFree(metric: string, n: number): string
export function scaleTable(bySize: Map<number, Record<string, Metric>>): {
  results: Record<string, Metric>
  tables: { title: string; rows: Record<string, string | number>[] }[]
}
