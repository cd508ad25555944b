/**
 * Chart requests: what a report wants drawn, with the data the domain functions produced. The
 * renderer (src/renderer/src/reports) draws each request with the app's Recharts components and
 * hands back PNGs keyed by `key`; a builder places the image where the request belongs and leaves
 * it out when no image came back. Plain data, no React here.
 */
import type { DimensionPoint, RankingBar, TrendPoint } from '../../domain/dashboard'
import type { ColourCounts } from '../../domain/index/compare'
import type { Bucket } from '../../domain/statistics'
import type { Thresholds } from '../../model/framework'

interface Base {
  /** Key of the image in ChartImages. */
  key: string
  /** Caption under the image (图N　caption). */
  caption: string
}

export type ChartRequest =
  | (Base & {
      kind: 'radar'
      dimensions: DimensionPoint[]
      /** The previous period's dimension scores, drawn dashed; null when not assessed. */
      previous: DimensionPoint[] | null
      seriesLabel: string
      previousLabel: string
    })
  | (Base & { kind: 'trend'; points: TrendPoint[]; thresholds: Thresholds | null })
  | (Base & { kind: 'ranking'; bars: RankingBar[]; thresholds: Thresholds | null })
  | (Base & { kind: 'colourCounts'; counts: ColourCounts })
  /** Sessions and hours per month (byMonth buckets, keys 'YYYY-MM'). */
  | (Base & { kind: 'sessionsByMonth'; buckets: Bucket[] })
  /** Hours (and counts) per 督导方式 (byMode buckets). */
  | (Base & { kind: 'hoursByMode'; buckets: Bucket[] })

export type ChartKind = ChartRequest['kind']

/** Bars of a ranking chart: more would not fit on a page at a readable size. */
export const RANKING_BARS_PER_IMAGE = 25
/** With more projects than fit, the chart shows the top ones and the bottom ones (the table lists all). */
export const RANKING_TOP = 15
export const RANKING_BOTTOM = 10

/**
 * The ranking chart request. Up to RANKING_BARS_PER_IMAGE projects: all of them; more: the first
 * RANKING_TOP and the last RANKING_BOTTOM (ranks kept), said in the caption. The thresholds go into
 * the caption, not onto the chart: at print width the labels of lines 10 points apart overlap.
 */
export function rankingRequest(bars: readonly RankingBar[], title: string, periodText: string, thresholds: Thresholds | null): ChartRequest | null {
  if (bars.length === 0) return null
  const all = bars.length <= RANKING_BARS_PER_IMAGE
  const shown = all ? [...bars] : [...bars.slice(0, RANKING_TOP), ...bars.slice(-RANKING_BOTTOM)]
  const part = all ? '' : `前 ${RANKING_TOP} 名与后 ${RANKING_BOTTOM} 名，共 ${bars.length} 个项目`
  const scale = thresholds ? `绿色 ≥${thresholds.green}，蓝色 ≥${thresholds.blue}，黄色 ≥${thresholds.yellow}` : ''
  return {
    key: 'ranking',
    kind: 'ranking',
    caption: `${title}（${[periodText, part, scale].filter(Boolean).join('；')}）`,
    bars: shown,
    thresholds: null,
  }
}
