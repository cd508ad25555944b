/**
 * Shares of a whole as percentages that add up: a column of percentages printed above a 合计 of
 * 100.0% must sum to 100.0%, which rounding each share on its own does not give (five shares of
 * 44 sessions truncate to 99.7%). The largest-remainder method (Hamilton's) rounds the shares
 * down, then gives the tenths still missing to the shares that lost most in rounding.
 */
import { formatTenths } from './supervision-index/scoring'

/**
 * Integers adding up to exactly `target`, each its part's share of `target` rounded down or up:
 * rounded down first, then the units still missing go to the parts that lost most in rounding;
 * equal remainders go to the larger part, then to the earlier one. All zero (or none) → all 0.
 */
export function apportion(parts: readonly number[], target: number): number[] {
  const total = parts.reduce((a, b) => a + b, 0)
  if (!(total > 0)) return parts.map(() => 0)
  const floors = parts.map((p) => Math.floor((p * target) / total))
  const remainders = parts.map((p, i) => p * target - floors[i]! * total)
  let missing = target - floors.reduce((a, b) => a + b, 0)
  const order = parts
    .map((p, i) => ({ p, i, r: remainders[i]! }))
    .sort((a, b) => b.r - a.r || b.p - a.p || a.i - b.i)
  for (const { i } of order) {
    if (missing <= 0) break
    floors[i]! += 1
    missing -= 1
  }
  return floors
}

/**
 * Each part's share of their sum in tenths of a percent, adding up to exactly 1000 (integers, no
 * floating drift). All zero (or none) → all 0: there is no whole to share.
 */
export function shareTenths(parts: readonly number[]): number[] {
  return apportion(parts, 1000)
}

/** The shares as '36.4%' texts (see shareTenths); all zero → '0.0%' each. */
export function shareTexts(parts: readonly number[]): string[] {
  return shareTenths(parts).map((t) => `${formatTenths(t)}%`)
}
