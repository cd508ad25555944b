/**
 * 社工督导指数 scores. Everything is computed in integers — weights in hundredths of a point,
 * scores in tenths — so 79.6 is exactly 796 tenths and never 79.60000000000001.
 * Indicator score = weight × rating / 5 (docs/domain.md, "Scores"); total and dimension scores are sums.
 */

export interface IndicatorLike {
  code: string
  name: string
  weight: number
}
export interface DimensionLike<I extends IndicatorLike = IndicatorLike> {
  code: string
  name: string
  indicators: readonly I[]
}
export type FrameworkLike = readonly DimensionLike[] | { dimensions: readonly DimensionLike[] }

/** Ratings by indicator code, or assessment items; null/absent = not rated yet. */
export type RatingsInput =
  | Readonly<Record<string, number | null | undefined>>
  | readonly { indicatorCode: string; rating: number | null }[]

export interface IndicatorScore {
  code: string
  name: string
  dimensionCode: string
  weight: number
  rating: number | null
  /** 0 when not rated. */
  scoreTenths: number
  /** weight in tenths (the score at rating 5). */
  maxTenths: number
}

export interface DimensionScore {
  code: string
  name: string
  /** Sum of the indicator weights. */
  weight: number
  maxTenths: number
  scoreTenths: number
  /** Score as a share of the dimension weight, in tenths of a percent (706 = 70.6%); null when weight is 0. */
  percentTenths: number | null
  /** '70.6%' or '—'. */
  percentText: string
  indicators: IndicatorScore[]
}

export interface ScoreResult {
  totalTenths: number
  /** '79.6' */
  totalText: string
  /** Total at all-5 ratings (1000 for a framework weighing 100). */
  maxTenths: number
  dimensions: DimensionScore[]
  indicators: IndicatorScore[]
  /** Indicator codes without a rating (they count as 0 in the total). */
  missing: string[]
  /** True when every indicator is rated. */
  complete: boolean
  /** Rated codes that the framework does not have (ignored in the total). */
  unknown: string[]
}

/** Weight in integer hundredths of a point (weights may carry at most two decimals). */
export function weightHundredths(weight: number): number {
  if (!Number.isFinite(weight) || weight < 0) throw new Error(`权重须为非负数：${weight}`)
  return Math.round(weight * 100)
}

/** n / d rounded half up, for n ≥ 0 and d > 0, in integers. */
function roundDiv(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d))
}

function checkRating(rating: number): void {
  if (!Number.isInteger(rating) || rating < 0 || rating > 5) throw new Error(`评分须为 0–5 的整数：${rating}`)
}

/** round(weight × 10 × rating / 5): the indicator score in tenths. (8, 4) → 64 = 6.4 points. */
export function indicatorScoreTenths(weight: number, rating: number): number {
  checkRating(rating)
  // weight×10×rating/5 = weightHundredths × rating × 2 / 100
  return roundDiv(weightHundredths(weight) * rating * 2, 100)
}

/** 797 → '79.7', 800 → '80.0', -32 → '-3.2'. */
export function formatTenths(tenths: number): string {
  const t = Math.round(tenths)
  const abs = Math.abs(t)
  return `${t < 0 ? '-' : ''}${Math.floor(abs / 10)}.${abs % 10}`
}

/** Hundredths as a short number: 9900 → '99', 9950 → '99.5', 9925 → '99.25'. */
export function formatHundredths(hundredths: number): string {
  const abs = Math.abs(hundredths)
  const int = Math.floor(abs / 100)
  const frac = abs % 100
  const sign = hundredths < 0 ? '-' : ''
  if (frac === 0) return `${sign}${int}`
  const f = String(frac).padStart(2, '0').replace(/0$/, '')
  return `${sign}${int}.${f}`
}

function dimensionsOf(framework: FrameworkLike): readonly DimensionLike[] {
  return Array.isArray(framework) ? framework : (framework as { dimensions: readonly DimensionLike[] }).dimensions
}

/** Sum of all indicator weights in hundredths (exact). */
export function weightsTotalHundredths(framework: FrameworkLike): number {
  let sum = 0
  for (const d of dimensionsOf(framework)) for (const i of d.indicators) sum += weightHundredths(i.weight)
  return sum
}

/** Sum of all indicator weights (100 for a valid framework). */
export function weightsTotal(framework: FrameworkLike): number {
  return weightsTotalHundredths(framework) / 100
}

/** null when the weights total exactly 100, else '权重合计须为 100，当前为 99'. */
export function validateFrameworkWeights(framework: FrameworkLike): string | null {
  const total = weightsTotalHundredths(framework)
  if (total === 10_000) return null
  return `权重合计须为 100，当前为 ${formatHundredths(total)}`
}

function ratingsMap(ratings: RatingsInput): Map<string, number | null> {
  const map = new Map<string, number | null>()
  if (Array.isArray(ratings)) {
    for (const item of ratings as readonly { indicatorCode: string; rating: number | null }[]) {
      map.set(item.indicatorCode, item.rating ?? null)
    }
  } else {
    for (const [code, rating] of Object.entries(ratings as Record<string, number | null | undefined>)) {
      map.set(code, rating ?? null)
    }
  }
  return map
}

/** Scores of every indicator and dimension and the total. Unrated indicators count as 0 and are listed in `missing`. */
export function computeScores(framework: FrameworkLike, ratings: RatingsInput): ScoreResult {
  const map = ratingsMap(ratings)
  const known = new Set<string>()
  const dimensions: DimensionScore[] = []
  const all: IndicatorScore[] = []
  const missing: string[] = []
  let totalTenths = 0
  let maxTenthsAll = 0
  for (const d of dimensionsOf(framework)) {
    const indicators: IndicatorScore[] = []
    let scoreTenths = 0
    let weightH = 0
    for (const i of d.indicators) {
      known.add(i.code)
      const rating = map.get(i.code) ?? null
      if (rating !== null) checkRating(rating)
      else missing.push(i.code)
      const score = rating === null ? 0 : indicatorScoreTenths(i.weight, rating)
      const maxTenths = indicatorScoreTenths(i.weight, 5)
      const row: IndicatorScore = {
        code: i.code,
        name: i.name,
        dimensionCode: d.code,
        weight: i.weight,
        rating,
        scoreTenths: score,
        maxTenths,
      }
      indicators.push(row)
      all.push(row)
      scoreTenths += score
      weightH += weightHundredths(i.weight)
    }
    // percent of the dimension weight in tenths of a percent: score/(weight×10) × 1000
    const percentTenths = weightH === 0 ? null : roundDiv(scoreTenths * 10_000, weightH)
    const maxTenths = indicators.reduce((s, r) => s + r.maxTenths, 0)
    dimensions.push({
      code: d.code,
      name: d.name,
      weight: weightH / 100,
      maxTenths,
      scoreTenths,
      percentTenths,
      percentText: percentTenths === null ? '—' : `${formatTenths(percentTenths)}%`,
      indicators,
    })
    totalTenths += scoreTenths
    maxTenthsAll += maxTenths
  }
  const unknown = [...map.entries()].filter(([code, r]) => !known.has(code) && r !== null).map(([code]) => code)
  return {
    totalTenths,
    totalText: formatTenths(totalTenths),
    maxTenths: maxTenthsAll,
    dimensions,
    indicators: all,
    missing,
    complete: missing.length === 0,
    unknown,
  }
}

/** Chinese note on unrated indicators, or null when all are rated: '尚有 2 项指标未评分：A1、B2'. */
export function missingRatingsText(result: Pick<ScoreResult, 'missing'>): string | null {
  if (result.missing.length === 0) return null
  return `尚有 ${result.missing.length} 项指标未评分：${result.missing.join('、')}`
}
