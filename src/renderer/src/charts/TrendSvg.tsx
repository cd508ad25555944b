import type { Thresholds } from '@shared/model'
import type { TrendPoint } from '@shared/domain/dashboard'
import { ColourMarker, NEUTRAL_STYLE } from './index-colours'
import { SvgGradeLines } from './grade-lines'
import { gappedPath, linear, plotBox, pointX, splitPeriodLabel, trendLabelLayout } from './geometry'
import { useWidth } from './use-width'

export interface TrendSvgProps {
  points: readonly TrendPoint[]
  thresholds?: Thresholds
  height?: number
  /** The box's width in the usual layout, to draw without measuring first (see useWidth). */
  expectedWidth?: number
}

const MARGIN = { top: 26, right: 56, bottom: 6, left: 0 }
const Y_AXIS_WIDTH = 36
const X_AXIS_HEIGHT = 30
/** Room for the year under the period when the labels are on two lines. */
const X_AXIS_SECOND_LINE = 14
const X_PADDING = 24
const TICKS = [0, 20, 40, 60, 80, 100]
const AXIS = '#666'

/** What the chart shows, for a screen reader: every period with its total and colour. */
function trendDescription(points: readonly TrendPoint[]): string {
  const parts = points.map((p) => (p.total === null ? `${p.label}未评估` : `${p.label} ${p.totalText} 分${p.colour ? `，${p.colour}` : ''}`))
  return `总分趋势：${parts.join('；')}`
}

/**
 * 指数趋势 on the dashboard, drawn as plain SVG: what TrendLineChart (Recharts, used by the Word
 * reports) draws — the total per period labelled "91.2 绿色" with the colour's marker, gaps where a
 * period was not assessed, dashed threshold lines. The line has class `chart-trend-line`.
 */
export function TrendSvg({ points, thresholds, height = 240, expectedWidth }: TrendSvgProps) {
  const [ref, width] = useWidth<HTMLDivElement>(expectedWidth)
  let svg = null
  if (width !== null && width > 0) {
    const valueText = (p: TrendPoint) => `${p.totalText} ${p.colour ?? ''}`.trim()
    const plotWidth = Math.max(0, width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right)
    const spacing = points.length > 1 ? (plotWidth - 2 * X_PADDING) / (points.length - 1) : plotWidth
    const fit = trendLabelLayout(
      points.map((p) => p.shortLabel),
      points.filter((p) => p.total !== null).map((p) => ({ full: valueText(p), number: p.totalText })),
      spacing,
    )
    // Split once: each label's year is also compared with the one before it.
    const split = fit.twoLineAxis ? points.map((p) => splitPeriodLabel(p.shortLabel)) : null
    const axisHeight = X_AXIS_HEIGHT + (fit.twoLineAxis ? X_AXIS_SECOND_LINE : 0)
    const box = plotBox(width, height, { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom + axisHeight, left: MARGIN.left + Y_AXIS_WIDTH })
    const y = linear(0, 100, box.top + box.height, box.top)
    const bottom = box.top + box.height
    const right = box.left + box.width
    const xs = points.map((_, i) => pointX(i, points.length, box.left, box.width, X_PADDING))
    const at = points.map((p, i) => (p.total === null ? null : { x: xs[i]!, y: y(p.total) }))
    svg = (
      <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={trendDescription(points)}>
        <g stroke="#d5dbd8" strokeDasharray="2 4">
          {TICKS.map((t) => (
            <line key={`h${t}`} x1={box.left} x2={right} y1={y(t)} y2={y(t)} />
          ))}
          {xs.map((x, i) => (
            <line key={`v${i}`} x1={x} x2={x} y1={box.top} y2={bottom} />
          ))}
        </g>
        <g stroke={AXIS}>
          <line x1={box.left} x2={right} y1={bottom} y2={bottom} />
          {xs.map((x, i) => (
            <line key={`x${i}`} x1={x} x2={x} y1={bottom} y2={bottom + 6} />
          ))}
          <line x1={box.left} x2={box.left} y1={box.top} y2={bottom} />
          {TICKS.map((t) => (
            <line key={`y${t}`} x1={box.left - 6} x2={box.left} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g fontSize={12} fill="#1f2522" textAnchor="middle">
          {points.map((p, i) => {
            if (!split)
              return (
                <text key={p.period} x={xs[i]} y={bottom + 8} dy={14}>
                  {p.shortLabel}
                </text>
              )
            const { part, year } = split[i]!
            const newYear = i === 0 || split[i - 1]!.year !== year
            return (
              <text key={p.period} x={xs[i]} y={bottom + 8} dy={14}>
                {part}
                {newYear && year ? (
                  <tspan x={xs[i]} dy={15} fill="#4a524f">
                    {year}
                  </tspan>
                ) : null}
              </text>
            )
          })}
        </g>
        <g fontSize={11} fill="#4a524f" textAnchor="end">
          {TICKS.map((t) => (
            <text key={t} x={box.left - 12} y={y(t)} dy={4}>
              {t}
            </text>
          ))}
        </g>
        <SvgGradeLines thresholds={thresholds} axis={{ y, left: box.left, right }} />
        <path className="chart-trend-line" d={gappedPath(at)} stroke={NEUTRAL_STYLE.stroke} strokeWidth={2} fill="none" />
        {points.map((p, i) => {
          const q = at[i]
          return q && p.colour ? <ColourMarker key={p.period} x={q.x} y={q.y} colour={p.colour} /> : null
        })}
        {/* A white halo keeps a value readable where a grade line runs through it (below the marker). */}
        <g fontSize={12} fontWeight={600} fill="#1f2522" textAnchor="middle" stroke="#fff" strokeWidth={3} strokeLinejoin="round" paintOrder="stroke">
          {points.map((p, i) => {
            const q = at[i]
            if (!q) return null
            // Below the marker for every other point when even the numbers would touch.
            const below = fit.alternate && i % 2 === 1
            return (
              <text key={p.period} x={q.x} y={below ? q.y + 21 : q.y - 11}>
                {fit.valueOnly ? p.totalText : valueText(p)}
              </text>
            )
          })}
        </g>
      </svg>
    )
  }
  return (
    <div ref={ref} style={{ width: '100%', height }}>
      {svg}
    </div>
  )
}
