import type { DimensionPoint } from '@shared/domain/dashboard'
import { anchorAt, axisAngle, plotBox, polar, polygonPath } from './geometry'
import { useWidth } from './use-width'
import { radarLegend } from './index-colours'

export interface RadarSvgProps {
  /** This period's dimension scores (as % of each dimension's weight). */
  dimensions: readonly DimensionPoint[]
  /** Optional earlier period, drawn dashed. */
  previous?: readonly DimensionPoint[] | null
  seriesLabel?: string
  previousLabel?: string
  height?: number
  /** The box's width in the usual layout, to draw without measuring first (see useWidth). */
  expectedWidth?: number
}

const MARGIN = { top: 24, right: 40, bottom: 12, left: 40 }
const RADIUS_TICKS = [0, 20, 40, 60, 80, 100]
const RADIUS_AXIS_ANGLE = 54

/**
 * 维度雷达图 on the dashboard, drawn as plain SVG: what DimensionRadar (Recharts, used by the Word
 * reports) draws — each axis a dimension labelled with its name and percentage, scale 0–100 %,
 * the earlier period dashed — without Recharts' store. The current series has class `chart-radar-series`.
 */
export function RadarSvg({ dimensions, previous, seriesLabel = '本期', previousLabel = '上期', height = 300, expectedWidth }: RadarSvgProps) {
  const [ref, width] = useWidth<HTMLDivElement>(expectedWidth)
  let svg = null
  if (width !== null && width > 0) {
    const box = plotBox(width, height, MARGIN)
    // As Recharts: centred on the whole chart, the radius from the box inside the margins.
    const cx = width / 2
    const cy = height / 2
    const radius = (Math.min(box.width, box.height) / 2) * 0.68
    const n = dimensions.length
    const angles = dimensions.map((_, i) => axisAngle(i, n))
    const prevByCode = new Map((previous ?? []).map((d) => [d.code, d]))
    const prevPoints = dimensions.flatMap((d, i) => {
      const p = prevByCode.get(d.code)?.percent
      return p === null || p === undefined ? [] : [polar(cx, cy, (radius * p) / 100, angles[i]!)]
    })
    const hasPrevious = prevPoints.length > 0
    const current = dimensions.map((d, i) => polar(cx, cy, (radius * (d.percent ?? 0)) / 100, angles[i]!))
    svg = (
      <svg className="chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label="维度雷达图">
        <g stroke="#c9d0cd" fill="none">
          {angles.map((a, i) => {
            const p = polar(cx, cy, radius, a)
            return <line key={i} x1={cx} y1={cy} x2={p.x} y2={p.y} />
          })}
          {RADIUS_TICKS.filter((t) => t > 0).map((t) => (
            <path key={t} d={polygonPath(angles.map((a) => polar(cx, cy, (radius * t) / 100, a)))} />
          ))}
        </g>
        <g fontSize={12} fill="#1f2522">
          {dimensions.map((d, i) => {
            const a = angles[i]!
            const { x, y } = polar(cx, cy, radius + 8, a)
            const dy = y < cy - 5 ? -14 : y > cy + 5 ? 4 : -4
            return (
              <text key={d.code} x={x} y={y + dy} textAnchor={anchorAt(a)}>
                <tspan x={x} dy={0}>
                  {d.name}
                </tspan>
                <tspan x={x} dy={15} fontWeight={600}>
                  {d.percentText}
                </tspan>
              </text>
            )
          })}
        </g>
        <g fontSize={10} fill="#6b7571">
          {RADIUS_TICKS.map((t) => {
            const p = polar(cx, cy, (radius * t) / 100, RADIUS_AXIS_ANGLE)
            return (
              <text key={t} x={p.x + 2} y={p.y + 3} textAnchor="start">
                {t}
              </text>
            )
          })}
        </g>
        {hasPrevious ? <path d={polygonPath(prevPoints)} stroke="#6b7571" strokeDasharray="5 4" strokeWidth={1.5} fill="none" /> : null}
        <path className="chart-radar-series" d={polygonPath(current)} stroke="#1f6f5c" strokeWidth={2} fill="#1f6f5c" fillOpacity={0.22}>
          <title>{`${seriesLabel}：${dimensions.map((d) => `${d.name} ${d.percentText}`).join('，')}`}</title>
        </path>
        <g fill="#1f6f5c">
          {current.map((p, i) => (
            <circle key={i} cx={p.x} cy={p.y} r={3} />
          ))}
        </g>
        {hasPrevious ? radarLegend(seriesLabel, previousLabel) : null}
      </svg>
    )
  }
  return (
    <div ref={ref} style={{ width: '100%', height }}>
      {svg}
    </div>
  )
}
