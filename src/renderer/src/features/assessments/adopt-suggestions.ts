import type { DataSource, Suggestion } from '@shared/model'
import type { AssessmentFormValues } from './assessment-form-values'

type Item = AssessmentFormValues['items'][number]

export interface AdoptResult {
  items: Item[]
  /** Indicators now rated as suggested (those already were included). */
  adopted: number
  /** Indicators the assessor rated otherwise and explained: their rating stays. */
  kept: string[]
}

/**
 * 采用建议: each indicator with a suggestion (of one dimension, or all) takes the suggested
 * rating; its figures are stored with it on saving, and are its basis. An indicator the
 * assessor rated otherwise AND explained in a 评分依据 keeps that judgement — taking the
 * suggestion over it would throw away what they wrote the reason for.
 */
export function adoptSuggestions(
  items: readonly Item[],
  indicators: readonly { code: string; dimensionCode: string; dataSource: DataSource | null }[],
  suggestions: Partial<Record<DataSource, Suggestion | null>>,
  dimensionCode?: string,
): AdoptResult {
  const byCode = new Map(indicators.map((i) => [i.code, i]))
  let adopted = 0
  const kept: string[] = []
  const next = items.map((item) => {
    const ind = byCode.get(item.indicatorCode)
    if (!ind?.dataSource || (dimensionCode && ind.dimensionCode !== dimensionCode)) return item
    const suggestion = suggestions[ind.dataSource]
    if (!suggestion) return item
    if (item.rating !== null && item.rating !== suggestion.rating && item.basis.trim() !== '') {
      kept.push(item.indicatorCode)
      return item
    }
    adopted += 1
    return { ...item, rating: suggestion.rating }
  })
  return { items: next, adopted, kept }
}

/** How many indicators (of one dimension, or all) have a suggestion now. */
export function suggestedCount(
  indicators: readonly { dimensionCode: string; dataSource: DataSource | null }[],
  suggestions: Partial<Record<DataSource, Suggestion | null>>,
  dimensionCode?: string,
): number {
  return indicators.filter((i) => i.dataSource && (!dimensionCode || i.dimensionCode === dimensionCode) && suggestions[i.dataSource]).length
}

export interface CarryResult {
  items: Item[]
  /** Indicators that took last period's rating and 评分依据. */
  carried: string[]
}

/**
 * 沿用上期评分: the indicators the records say nothing about (no data source) and that are still
 * unrated take the rating and 评分依据 of the project's final assessment of the previous period,
 * where that one rated them. Project design, organisation and incentives seldom change from one
 * quarter to the next; the assessor then changes what did. A data-backed indicator never takes
 * an old rating: its figures are this period's or there is none.
 */
export function carryOverRatings(
  items: readonly Item[],
  indicators: readonly { code: string; dataSource: DataSource | null }[],
  previous: readonly { indicatorCode: string; rating: number | null; basis: string }[],
): CarryResult {
  const byCode = new Map(indicators.map((i) => [i.code, i]))
  const before = new Map(previous.map((i) => [i.indicatorCode, i]))
  const carried: string[] = []
  const next = items.map((item) => {
    const ind = byCode.get(item.indicatorCode)
    const prev = before.get(item.indicatorCode)
    if (!ind || ind.dataSource || item.rating !== null || !prev || prev.rating === null) return item
    carried.push(item.indicatorCode)
    return { ...item, rating: prev.rating, basis: item.basis.trim() ? item.basis : prev.basis }
  })
  return { items: next, carried }
}
