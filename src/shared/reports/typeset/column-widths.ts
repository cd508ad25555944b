/**
 * Column widths of a table in twips, summing exactly to the text width (WPS and LibreOffice
 * ignore a table's own width, docs/architecture.md trap 7): the builder's proportions (millimetres
 * or weights), then every column widened to hold its widest unbreakable piece — a code, a date, a
 * number, a name — taking the room from the columns that have some to spare.
 */
import type { TableColumn } from '../report-model'

/** Integers summing to `total`, each the floor of its float plus the largest remainders. */
function roundKeepingSum(raw: readonly number[], total: number): number[] {
  const floors = raw.map((w) => Math.floor(w))
  let left = total - floors.reduce((a, b) => a + b, 0)
  const order = raw.map((w, i) => ({ i, frac: w - Math.floor(w) })).sort((a, b) => b.frac - a.frac)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i]! += 1
    left -= 1
  }
  return floors
}

/** The builder's proportions as float widths summing to `total`. */
function proportions(columns: readonly Pick<TableColumn, 'width'>[], total: number, twipsPerMm: number): number[] {
  const fixed = columns.map((c) => (c.width && 'mm' in c.width ? Math.max(0, c.width.mm) * twipsPerMm : 0))
  const weights = columns.map((c) => (c.width && 'mm' in c.width ? 0 : Math.max(0, c.width?.weight ?? 1)))
  const fixedSum = fixed.reduce((a, b) => a + b, 0)
  const weightSum = weights.reduce((a, b) => a + b, 0)
  if (weightSum > 0 && fixedSum < total) {
    const rest = total - fixedSum
    return columns.map((_, i) => fixed[i]! + (rest * weights[i]!) / weightSum)
  }
  if (fixedSum > 0) {
    // Millimetre columns fill (or overflow) the width: weighted columns get 10 mm per weight, then all shrink.
    const wanted = fixed.map((w, i) => w + weights[i]! * 10 * twipsPerMm)
    const wantedSum = wanted.reduce((a, b) => a + b, 0)
    return wanted.map((w) => (w * total) / wantedSum)
  }
  return columns.map(() => total / columns.length)
}

/**
 * Raises every column below its minimum to it, taking the difference from the columns above
 * theirs in proportion to what they have to spare. When the minima alone exceed the total, they
 * are scaled down together (the widest pieces then wrap, which nothing can prevent).
 */
function enforceMinima(widths: readonly number[], minima: readonly number[], total: number): number[] {
  const minSum = minima.reduce((a, b) => a + b, 0)
  if (minSum >= total) return minima.map((m) => (m * total) / minSum)
  const out = [...widths]
  for (let round = 0; round < out.length; round++) {
    const deficit = out.reduce((s, w, i) => s + Math.max(0, minima[i]! - w), 0)
    if (deficit <= 1e-6) break
    for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i]!, minima[i]!)
    const spare = out.map((w, i) => Math.max(0, w - minima[i]!))
    const spareSum = spare.reduce((a, b) => a + b, 0)
    for (let i = 0; i < out.length; i++) out[i]! -= (deficit * spare[i]!) / spareSum
  }
  return out
}

/**
 * Integer widths (e.g. twips) for the columns, summing exactly to `total`. Millimetre widths keep
 * their proportions to one another; weights share what the millimetre columns leave; then each
 * column is at least `minima[i]` (when given). If the millimetre columns alone exceed `total` (or
 * there are only millimetre columns), everything is scaled to fit first.
 */
export function resolveColumnWidths(
  columns: readonly Pick<TableColumn, 'width'>[],
  total: number,
  twipsPerMm: number,
  minima?: readonly number[],
): number[] {
  if (columns.length === 0) return []
  const raw = proportions(columns, total, twipsPerMm)
  return roundKeepingSum(minima ? enforceMinima(raw, minima, total) : raw, total)
}
