import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts'
import type { Thresholds } from '@shared/model'
import type { TrendPoint } from '@shared/domain/dashboard'
import type { Colour } from '@shared/domain/supervision-index/grading'
import { ColourMarker, NEUTRAL_STYLE } from './index-colours'
import { gradeReferenceLines } from './grade-lines'
import { AboveLabel, plainTick, type LabelContentProps } from './svg-text'

export interface TrendLineChartProps {
  points: readonly TrendPoint[]
  thresholds?: Thresholds
  width: number
  height: number
}

interface DotProps {
  cx?: number
  cy?: number
  payload?: { colour: Colour | null }
  index?: number
}

const X_TICK = plainTick({ anchor: 'middle', dy: 14, fill: '#1f2522' })
const Y_TICK = plainTick({ anchor: 'end', dx: -4, dy: 4, fontSize: 11 })

/** A point's marker in its colour's shape (Recharts asks for an element even where there is none to draw). */
function ColourDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload?.colour) return <g />
  return <ColourMarker x={cx} y={cy} colour={payload.colour} />
}

/**
 * 指数趋势 in the reports: the project's total per period; each point labelled "91.2 绿色" and marked with the
 * colour's shape; gaps where a period was not assessed; dashed lines at the thresholds.
 */
export function TrendLineChart({ points, thresholds, width, height }: TrendLineChartProps) {
  const data = points.map((p) => ({ ...p, pointLabel: p.total === null ? '' : `${p.totalText} ${p.colour ?? ''}`.trim() }))
  return (
    <LineChart data={data} width={width} height={height} margin={{ top: 26, right: 56, bottom: 6, left: 0 }} accessibilityLayer>
      <CartesianGrid strokeDasharray="2 4" stroke="#d5dbd8" />
      {/* Room for half a point label ("91.2 绿色", about 60 px) beside the first and last point. */}
      <XAxis dataKey="shortLabel" tick={X_TICK} interval={0} padding={{ left: 36, right: 36 }} />
      <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={Y_TICK} width={36} />
      {gradeReferenceLines(thresholds, 'y')}
      <Line
        type="linear"
        dataKey="total"
        name="总分"
        stroke={NEUTRAL_STYLE.stroke}
        strokeWidth={2}
        connectNulls={false}
        dot={(props: DotProps) => <ColourDot key={`dot-${props.index}`} {...props} />}
        activeDot={false}
        isAnimationActive={false}
      >
        <LabelList dataKey="pointLabel" content={(p) => <AboveLabel {...(p as LabelContentProps)} offset={11} />} />
      </Line>
    </LineChart>
  )
}
