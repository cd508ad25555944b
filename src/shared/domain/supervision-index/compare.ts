/**
 * Comparisons across periods and projects: change vs the previous period, ranking by total,
 * colour counts. Totals are in tenths (see scoring.ts).
 */
import { previousPeriod } from '../period'
import { COLOURS, type Colour } from './grading'
import { formatTenths } from './scoring'

export interface Change {
  /** current − previous in tenths; null when either is missing. */
  deltaTenths: number | null
  direction: 'up' | 'down' | 'same' | null
  /** '↑ 3.2', '↓ 1.5', '→ 0.0', or '—' when there is nothing to compare. */
  text: string
}

/** '↑ 3.2' for +32 tenths, '↓ 1.5' for −15, '→ 0.0' for 0. */
export function deltaText(deltaTenths: number): string {
  if (deltaTenths > 0) return `↑ ${formatTenths(deltaTenths)}`
  if (deltaTenths < 0) return `↓ ${formatTenths(-deltaTenths)}`
  return '→ 0.0'
}

export function compareTotals(currentTenths: number | null, previousTenths: number | null): Change {
  if (currentTenths === null || previousTenths === null) return { deltaTenths: null, direction: null, text: '—' }
  const d = currentTenths - previousTenths
  return { deltaTenths: d, direction: d > 0 ? 'up' : d < 0 ? 'down' : 'same', text: deltaText(d) }
}

/**
 * Change of a project's total vs the previous period of the same kind (2025Q1 vs 2024Q4).
 * `totalsByPeriod` maps period codes to totals in tenths (null or absent = not assessed).
 */
export function compareWithPrevious(
  totalsByPeriod: Readonly<Record<string, number | null | undefined>> | ReadonlyMap<string, number | null>,
  period: string,
): Change & { previousPeriod: string } {
  const get = (p: string): number | null =>
    totalsByPeriod instanceof Map
      ? (totalsByPeriod.get(p) ?? null)
      : ((totalsByPeriod as Record<string, number | null | undefined>)[p] ?? null)
  const prev = previousPeriod(period)
  return { ...compareTotals(get(period), get(prev)), previousPeriod: prev }
}

export interface Rankable {
  name: string
  totalTenths: number | null
}

export type Ranked<T> = T & { rank: number | null }

/**
 * Projects by total, highest first. Equal totals share a rank (1, 1, 3) and are listed by name
 * (zh-CN collation, i.e. pinyin order). Projects without a total come last, by name, rank null.
 */
export function rankProjects<T extends Rankable>(items: readonly T[]): Ranked<T>[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN')
  const scored = items.filter((i) => i.totalTenths !== null)
  const unscored = items.filter((i) => i.totalTenths === null)
  scored.sort((a, b) => (b.totalTenths as number) - (a.totalTenths as number) || byName(a, b))
  unscored.sort(byName)
  const out: Ranked<T>[] = []
  scored.forEach((item, i) => {
    const prev = out[i - 1]
    const rank = prev && prev.totalTenths === item.totalTenths ? prev.rank : i + 1
    out.push({ ...item, rank })
  })
  for (const item of unscored) out.push({ ...item, rank: null })
  return out
}

export type ColourCounts = Record<Colour, number> & { 未评估: number; total: number }

/** How many projects are in each colour; null/undefined counts as 未评估. */
export function colourCounts(colours: readonly (Colour | null | undefined)[]): ColourCounts {
  const counts: ColourCounts = { 绿色: 0, 蓝色: 0, 黄色: 0, 红色: 0, 未评估: 0, total: colours.length }
  for (const c of colours) {
    if (c && (COLOURS as readonly string[]).includes(c)) counts[c] += 1
    else counts.未评估 += 1
  }
  return counts
}
