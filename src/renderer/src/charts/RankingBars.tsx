import { useId } from 'react'
import type { Thresholds } from '@shared/model'
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'
import { COLOUR_STYLES, ColourPatternDefs, patternFill } from './index-colours'
import { band } from './geometry'
import { SvgGradeLines } from './grade-lines'
import { RANKING_NAME_WIDTH, rankingHeight, rankingName } from './ranking-layout'

export interface RankingBarsProps {
  /** Highest first; a gap row (see rankingForChart) draws as an empty row named '……'. */
  bars: readonly (RankingBar | RankingGap)[]
  thresholds?: Thresholds
  rowHeight?: number
  onSelect?: (projectId: string) => void
}

const MARGIN = { top: 24, right: 120, bottom: 4, left: 8 }
const X_AXIS_HEIGHT = 30
const TICKS = [0, 20, 40, 60, 80, 100]
const AXIS = '#666'

/**
 * 指数排名 on the dashboard, drawn as plain SVG: what RankingBarChart (Recharts, used by the Word
 * reports) draws — a patterned bar per project labelled "91.2 分 · 绿色", names on the left,
 * dashed threshold lines — without Recharts' layout machinery. Bars carry class `chart-rank-bar`.
 *
 * The names sit in a fixed column and the plot takes the rest of the row, its x positions in
 * percent of the plot (scores run 0-100), so the chart draws in the first render without
 * measuring its box: a measurement would force the layout of the page, ranking included, which
 * is off screen and otherwise laid out only when scrolled to.
 */
export function RankingBars({ bars, thresholds, rowHeight = 28, onSelect }: RankingBarsProps) {
  const prefix = useId()
  const height = rankingHeight(bars.length, rowHeight)
  const top = MARGIN.top
  const plotHeight = height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT
  const bottom = top + plotHeight
  const x = (v: number) => `${Math.min(100, Math.max(0, v))}%`
  const nameWidth = MARGIN.left + RANKING_NAME_WIDTH
  return (
    <div className="chart-rank" role="img" aria-label="指数排名" style={{ display: 'flex', width: '100%', height }}>
      <svg className="chart-svg" width={nameWidth} height={height} style={{ flex: 'none' }} aria-hidden="true">
        <g fontSize={13} fill="#1f2522" textAnchor="end">
          {bars.map((b, i) => (
            <text key={i} x={nameWidth - 14} y={band(i, bars.length, top, plotHeight, 0).centre} dy={4}>
              {rankingName(b)}
            </text>
          ))}
        </g>
      </svg>
      <svg className="chart-svg" height={height} style={{ flex: '1 1 0', minWidth: 0, marginRight: MARGIN.right, overflow: 'visible' }} aria-hidden="true">
        <ColourPatternDefs prefix={prefix} />
        <g stroke="#d5dbd8" strokeDasharray="2 4">
          {TICKS.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={top} y2={bottom} />
          ))}
        </g>
        {/* Axes: the value axis below, the name axis on the left, with Recharts' 6 px tick marks. */}
        <g stroke={AXIS}>
          <line x1="0" x2="100%" y1={bottom} y2={bottom} />
          {TICKS.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} />
          ))}
          <line x1="0" x2="0" y1={top} y2={bottom} />
          {bars.map((_, i) => {
            const c = band(i, bars.length, top, plotHeight, 0).centre
            return <line key={i} x1={-6} x2={0} y1={c} y2={c} />
          })}
        </g>
        <g fontSize={12} fill="#4a524f" textAnchor="middle">
          {TICKS.map((t) => (
            <text key={t} x={x(t)} y={bottom + 8} dy={14}>
              {t}
            </text>
          ))}
        </g>
        <SvgGradeLines thresholds={thresholds} axis={{ x, top, bottom }} />
        {bars.map((b, i) => {
          if ('gap' in b) return null
          const row = band(i, bars.length, top, plotHeight, 4)
          return (
            <g key={b.projectId} cursor={onSelect ? 'pointer' : undefined} onClick={onSelect ? () => onSelect(b.projectId) : undefined}>
              <rect
                className="chart-rank-bar"
                x={0}
                y={row.start}
                width={x(b.total)}
                height={row.size}
                fill={patternFill(prefix, b.colour)}
                stroke={COLOUR_STYLES[b.colour].stroke}
                strokeWidth={1}
              >
                <title>{`${b.rank}. ${b.name}：${b.label}`}</title>
              </rect>
              <text x={x(b.total)} dx={6} y={row.centre} dy={4} fontSize={12} fontWeight={600} fill="#1f2522">
                {b.label}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
}
