/** How the district screens write their figures (hours from minutes, rates from tenths). */
import { formatTenths } from '@shared/domain/supervision-index/scoring'
import { formatHours } from '@shared/text/format'
import type { RankingMeasure } from '@shared/domain/district'

export const hoursText = (minutes: number) => formatHours(minutes)

export function completionText(tenths: number | null | undefined): string {
  return tenths === null || tenths === undefined ? '—' : `${formatTenths(tenths)}%`
}

/** A ranking measure's value as the ranking shows it. */
export function measureText(measure: RankingMeasure, value: number | null): string {
  if (value === null) return '—'
  switch (measure) {
    case 'minutes':
      return hoursText(value)
    case 'sessions':
      return `${value} 次`
    case 'coverage':
      return `${value} 人`
    case 'index':
      return `${formatTenths(value)} 分`
    case 'completion':
    case 'followUps':
      return completionText(value)
  }
}
