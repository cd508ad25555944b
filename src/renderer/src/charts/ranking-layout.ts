/**
 * The layout the two ranking charts share (RankingBars on the dashboard, RankingBarChart in the
 * reports): one row per project, its name in a fixed column on the left.
 */
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'
import { RANKING_NAME_EM, rankingName as fittedName } from '@shared/reports/content/charts'

/** Width of the column of names, in px: RANKING_NAME_EM at the 13 px label font, and the gap to the axis. */
export const RANKING_NAME_WIDTH = Math.ceil(RANKING_NAME_EM * 13) + 14

/** The chart's height for `rows` rows: room for the axis and the grade lines' labels, never under 120 px. */
export function rankingHeight(rows: number, rowHeight: number): number {
  return Math.max(120, rows * rowHeight + 56)
}

/**
 * A row's name: "3. 古街社区助老送餐服务项目", shortened with "…" to the name column where it is
 * longer (the full name is in the bar's title and in the table beside the report chart), or the gap's "……".
 */
export function rankingName(bar: RankingBar | RankingGap): string {
  return 'gap' in bar ? bar.name : fittedName(bar.rank, bar.name)
}
