/**
 * Chart requests: what a report wants drawn, with the data the domain functions produced. The
 * renderer (src/renderer/src/reports) draws each request with the app's Recharts components and
 * hands back PNGs keyed by `key`; a builder places the image where the request belongs and leaves
 * it out when no image came back. Plain data, no React here.
 */
import { rankingForChart, type DimensionPoint, type RankingBar, type RankingGap, type TrendPoint } from '../../domain/dashboard'
import type { ColourCounts } from '../../domain/supervision-index/compare'
import type { Bucket } from '../../domain/statistics'
import type { Thresholds } from '../../model/framework'
import { fitLabel, textWidthEm } from '../typeset/text-width'

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
  /** Highest first; beyond RANKING_MAX_BARS the top and bottom ones with a gap row (rankingForChart). */
  | (Base & { kind: 'ranking'; bars: (RankingBar | RankingGap)[]; thresholds: Thresholds | null })
  | (Base & { kind: 'colourCounts'; counts: ColourCounts })
  /** Sessions and hours per month (byMonth buckets, keys 'YYYY-MM'). */
  | (Base & { kind: 'sessionsByMonth'; buckets: Bucket[] })
  /** Hours (and counts) per 督导方式 (byMode buckets). */
  | (Base & { kind: 'hoursByMode'; buckets: Bucket[] })

/** Projects a ranking chart shows at most (the top and bottom half beyond that): more would not fit on a page at a readable size. */
export const RANKING_MAX_BARS = 24

/**
 * Room for a project's rank and name beside its bar, in em of the label font. A longer name is
 * shortened with an ellipsis: the table under the chart gives every name in full, and the
 * caption says so.
 */
export const RANKING_NAME_EM = 16

/** '3. 德化“近邻圩日”志愿服务项目', or shortened to fit RANKING_NAME_EM. */
export function rankingName(rank: number, name: string): string {
  const prefix = `${rank}. `
  return prefix + fitLabel(name, RANKING_NAME_EM - textWidthEm(prefix))
}

/**
 * The ranking chart request: every project up to RANKING_MAX_BARS, beyond that the top and bottom
 * twelve with a gap row between them, as the 指数看板 draws it (rankingForChart), said in the caption;
 * the report's table lists every project. The thresholds go into the caption, not onto the chart: at
 * print width the labels of lines 10 points apart overlap.
 */
export function rankingRequest(bars: readonly RankingBar[], title: string, periodText: string, thresholds: Thresholds | null): ChartRequest | null {
  if (bars.length === 0) return null
  const chart = rankingForChart(bars, RANKING_MAX_BARS)
  const half = chart.shown / 2
  const part = chart.omitted > 0 ? `前 ${half} 名与后 ${half} 名，共 ${bars.length} 个项目` : ''
  const scale = thresholds ? `绿色 ≥${thresholds.green}，蓝色 ≥${thresholds.blue}，黄色 ≥${thresholds.yellow}` : ''
  const shortened = chart.bars.some((b) => !('gap' in b) && rankingName(b.rank, b.name).endsWith('…'))
  const names = shortened ? '较长的项目名称以“…”缩写，全称见下表' : ''
  return {
    key: 'ranking',
    kind: 'ranking',
    caption: `${title}（${[periodText, part, scale, names].filter(Boolean).join('；')}）`,
    bars: chart.bars,
    thresholds: null,
  }
}
