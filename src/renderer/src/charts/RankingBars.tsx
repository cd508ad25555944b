import { useId } from 'react'
import type { Thresholds } from '@shared/model'
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'
import { COLOUR_STYLES, ColourPatternDefs, gradeLines, patternFill } from './index-colours'
import { band, linear, plotBox } from './geometry'
import { useWidth } from './use-width'

export interface RankingBarsProps {
  /** Highest first; a gap row (see rankingForChart) draws as an empty row named '……'. */
  bars: readonly (RankingBar | RankingGap)[]
  thresholds?: Thresholds
  rowHeight?: number
  onSelect?: (projectId: string) => void
}

const NAME_WIDTH = 200
const MARGIN = { top: 24, right: 120, bottom: 4, left: 8 }
const X_AXIS_HEIGHT = 30
const TICKS = [0, 20, 40, 60, 80, 100]
const AXIS = '#666'

function truncate(name: string, max = 12): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name
}

/**
 * 指数排名 on the dashboard, drawn as plain SVG: what RankingBarChart (Recharts, used by the Word
 * reports) draws — a patterned bar per project labelled "91.2 分 · 绿色", names on the left,
 * dashed threshold lines — without Recharts' layout machinery. Bars carry class `chart-rank-bar`.
 */
export function RankingBars({ bars, thresholds, rowHeight = 28, onSelect }: RankingBarsProps) {
  const prefix = useId()
  const [ref, width] = useWidth<HTMLDivElement>()
  const height = Math.max(120, bars.length * rowHeight + 56)
  let svg = null
  if (width !== null && width > 0) {
    const box = plotBox(width, height, { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom + X_AXIS_HEIGHT, left: MARGIN.left + NAME_WIDTH })
    const x = linear(0, 100, box.left, box.left + box.width)
    const bottom = box.top + box.height
    svg = (
      <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="指数排名">
        <ColourPatternDefs prefix={prefix} />
        <g stroke="#d5dbd8" strokeDasharray="2 4">
          {TICKS.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={box.top} y2={bottom} />
          ))}
        </g>
        {/* Axes: the value axis below, the name axis on the left, with Recharts' 6 px tick marks. */}
        <g stroke={AXIS}>
          <line x1={box.left} x2={box.left + box.width} y1={bottom} y2={bottom} />
          {TICKS.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 6} />
          ))}
          <line x1={box.left} x2={box.left} y1={box.top} y2={bottom} />
          {bars.map((_, i) => {
            const c = band(i, bars.length, box.top, box.height, 0).centre
            return <line key={i} x1={box.left - 6} x2={box.left} y1={c} y2={c} />
          })}
        </g>
        <g fontSize={12} fill="#4a524f" textAnchor="middle">
          {TICKS.map((t) => (
            <text key={t} x={x(t)} y={bottom + 8} dy={14}>
              {t}
            </text>
          ))}
        </g>
        <g fontSize={13} fill="#1f2522" textAnchor="end">
          {bars.map((b, i) => (
            <text key={i} x={box.left - 14} y={band(i, bars.length, box.top, box.height, 0).centre} dy={4}>
              {'gap' in b ? b.name : `${b.rank}. ${truncate(b.name)}`}
            </text>
          ))}
        </g>
        {thresholds
          ? gradeLines(thresholds).map(({ colour: c, value: v, stroke }) => (
              <g key={c}>
                <line x1={x(v)} x2={x(v)} y1={box.top} y2={bottom} stroke={stroke} strokeDasharray="5 4" />
                <text x={x(v)} y={box.top - 5} textAnchor="middle" fontSize={11} fill="#4a524f">
                  {`${c} ${v}`}
                </text>
              </g>
            ))
          : null}
        {bars.map((b, i) => {
          if ('gap' in b) return null
          const row = band(i, bars.length, box.top, box.height, 4)
          const w = Math.max(0, x(b.total) - box.left)
          return (
            <g key={b.projectId} cursor={onSelect ? 'pointer' : undefined} onClick={onSelect ? () => onSelect(b.projectId) : undefined}>
              <rect
                className="chart-rank-bar"
                x={box.left}
                y={row.start}
                width={w}
                height={row.size}
                fill={patternFill(prefix, b.colour)}
                stroke={COLOUR_STYLES[b.colour].stroke}
                strokeWidth={1}
              >
                <title>{`${b.rank}. ${b.name}：${b.label}`}</title>
              </rect>
              <text x={box.left + w + 6} y={row.centre} dy={4} fontSize={12} fontWeight={600} fill="#1f2522">
                {b.label}
              </text>
            </g>
          )
        })}
      </svg>
    )
  }
  return (
    <div ref={ref} style={{ width: '100%', height }}>
      {svg}
    </div>
  )
}
