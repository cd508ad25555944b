/**
 * The layout the two ranking charts share (RankingBars on the dashboard, RankingBarChart in the
 * reports): one row per project, its name in a fixed column on the left.
 */
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'

/** Width of the column of names, in px. */
export const RANKING_NAME_WIDTH = 200

/** The chart's height for `rows` rows: room for the axis and the grade lines' labels, never under 120 px. */
export function rankingHeight(rows: number, rowHeight: number): number {
  return Math.max(120, rows * rowHeight + 56)
}

/** A row's name: "3. 古街社区助老送餐…" (12 characters at most; the full name is in the bar's title), or the gap's "……". */
export function rankingName(bar: RankingBar | RankingGap): string {
  if ('gap' in bar) return bar.name
  const max = 12
  return `${bar.rank}. ${bar.name.length > max ? `${bar.name.slice(0, max - 1)}…` : bar.name}`
}
