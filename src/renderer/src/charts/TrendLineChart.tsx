import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { Thresholds } from '@shared/model'
import type { TrendPoint } from '@shared/domain/dashboard'
import type { Colour } from '@shared/domain/supervision-index/grading'
import { COLOUR_STYLES, gradeLines, NEUTRAL_STYLE } from './index-colours'
import { AboveLabel, plainTick, type LabelContentProps } from './svg-text'

export interface TrendLineChartProps {
  points: readonly TrendPoint[]
  thresholds?: Thresholds
  width?: number
  height?: number
  animate?: boolean
}

interface DotProps {
  cx?: number
  cy?: number
  payload?: { colour: Colour | null }
  index?: number
}

const X_TICK = plainTick({ anchor: 'middle', dy: 14, fill: '#1f2522' })
const Y_TICK = plainTick({ anchor: 'end', dx: -4, dy: 4, fontSize: 11 })

/** A marker whose SHAPE also tells the colour (circle 绿, square 蓝, diamond 黄, triangle 红). */
function ColourDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload?.colour) return <g />
  const s = COLOUR_STYLES[payload.colour]
  const r = 6
  const common = { fill: s.fill, stroke: s.stroke, strokeWidth: 1.5 }
  if (s.shape === 'square') return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} {...common} />
  if (s.shape === 'diamond') return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z`} {...common} />
  if (s.shape === 'triangle') return <path d={`M${cx} ${cy - r - 1}L${cx + r + 1} ${cy + r}L${cx - r - 1} ${cy + r}Z`} {...common} />
  return <circle cx={cx} cy={cy} r={r} {...common} />
}

/**
 * 指数趋势: the project's total per period; each point labelled "91.2 绿色" and marked with the
 * colour's shape; gaps where a period was not assessed; dashed lines at the thresholds.
 */
export function TrendLineChart({ points, thresholds, width, height = 240, animate = false }: TrendLineChartProps) {
  const data = points.map((p) => ({ ...p, pointLabel: p.total === null ? '' : `${p.totalText} ${p.colour ?? ''}`.trim() }))
  const chart = (
    <LineChart data={data} width={width} height={width ? height : undefined} margin={{ top: 26, right: 56, bottom: 6, left: 0 }} accessibilityLayer>
      <CartesianGrid strokeDasharray="2 4" stroke="#d5dbd8" />
      <XAxis dataKey="shortLabel" tick={X_TICK} interval={0} padding={{ left: 24, right: 24 }} />
      <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={Y_TICK} width={36} />
      {thresholds
        ? gradeLines(thresholds).map(({ colour: c, value: v, stroke }) => (
            <ReferenceLine
              key={c}
              y={v}
              stroke={stroke}
              strokeDasharray="5 4"
              label={{ value: `${c} ≥${v}`, position: 'right', fontSize: 11, fill: '#4a524f' }}
            />
          ))
        : null}
      <Line
        type="linear"
        dataKey="total"
        name="总分"
        stroke={NEUTRAL_STYLE.stroke}
        strokeWidth={2}
        connectNulls={false}
        dot={(props: DotProps) => <ColourDot key={`dot-${props.index}`} {...props} />}
        activeDot={false}
        isAnimationActive={animate}
      >
        <LabelList dataKey="pointLabel" content={(p) => <AboveLabel {...(p as LabelContentProps)} offset={11} />} />
      </Line>
    </LineChart>
  )
  if (width) return chart
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  )
}
