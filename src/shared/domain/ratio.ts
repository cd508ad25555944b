/**
 * Ratios and percentages without floating drift. A ratio is kept as numerator/denominator and
 * compared by cross-multiplying, so 9/10 is exactly 90% (never 89.99999%).
 */
import { formatTenths } from './supervision-index/scoring'

/** Lower bounds (in %) of ratings 5, 4, 3, 2 for a ratio (docs/domain.md, "Suggested ratings from data"); > 0 → 1, else 0. */
export const RATIO_BOUNDS = [100, 90, 75, 60] as const
/** Lower bounds (in %) of ratings 5, 4, 3, 2 for a satisfaction percentage; > 0 → 1, else 0. */
export const SATISFACTION_BOUNDS = [95, 90, 80, 70] as const

/** num/den ≥ pct% , exactly. */
export function ratioAtLeast(num: number, den: number, pct: number): boolean {
  return num * 100 >= den * pct
}

/** Rating 0..5 for a ratio num/den: ≥100% → 5, ≥90% → 4, ≥75% → 3, ≥60% → 2, > 0 → 1, else 0. null when den ≤ 0. */
export function ratioRating(num: number, den: number): number | null {
  if (!(den > 0) || !Number.isFinite(num) || !Number.isFinite(den)) return null
  for (let i = 0; i < RATIO_BOUNDS.length; i++) {
    if (ratioAtLeast(num, den, RATIO_BOUNDS[i] as number)) return 5 - i
  }
  return num > 0 ? 1 : 0
}

/** Rating 0..5 for a satisfaction %: ≥95 → 5, ≥90 → 4, ≥80 → 3, ≥70 → 2, > 0 → 1, else 0. */
export function satisfactionRating(percent: number): number {
  for (let i = 0; i < SATISFACTION_BOUNDS.length; i++) {
    if (percent >= (SATISFACTION_BOUNDS[i] as number)) return 5 - i
  }
  return percent > 0 ? 1 : 0
}

/**
 * num/den as tenths of a percent, TRUNCATED (2/3 → 666 = 66.6%), so a shown percentage never
 * reaches a rating boundary the ratio itself did not reach (8999/10000 shows 89.9%, not 90.0%).
 */
export function percentTenthsFloor(num: number, den: number): number {
  return Math.floor((num * 1000) / den)
}

/** '75.0%' (truncated to one decimal); '—' when den ≤ 0. */
export function percentText(num: number, den: number): string {
  if (!(den > 0)) return '—'
  return `${formatTenths(percentTenthsFloor(num, den))}%`
}

/** A number for figures: integers as is, otherwise at most two decimals (12.5, 1.75). */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Math.round(value * 100) / 100)
}
