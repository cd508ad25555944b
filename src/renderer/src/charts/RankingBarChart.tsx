import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { Thresholds } from '@shared/model'
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'
import { COLOUR_STYLES, ColourPatternDefs, gradeLines, patternFill } from './index-colours'
import { plainTick, RightOfBarLabel } from './svg-text'

export interface RankingBarChartProps {
  /** Highest first; a gap row (see rankingForChart) draws as an empty row named '……'. */
  bars: readonly (RankingBar | RankingGap)[]
  thresholds?: Thresholds
  /** Fixed width in px (for export); fills the container when absent. */
  width?: number
  /** Row height in px (the chart grows with the number of projects). */
  rowHeight?: number
  animate?: boolean
  onSelect?: (projectId: string) => void
}

const NAME_WIDTH = 200

function truncate(name: string, max = 12): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name
}

const X_TICK = plainTick({ anchor: 'middle', dy: 14 })

/** One line per project, right-aligned against the axis (Recharts would wrap long names). */
function NameTick(props: { x?: number | string; y?: number | string; payload?: { value?: string } }) {
  return (
    <text x={Number(props.x ?? 0) - 6} y={Number(props.y ?? 0)} dy={4} textAnchor="end" fontSize={13} fill="#1f2522">
      {props.payload?.value ?? ''}
    </text>
  )
}

/**
 * 指数排名: one horizontal bar per assessed project, highest first, filled with the colour's
 * pattern and labelled "91.2 分 · 绿色" so it reads in greyscale; dashed lines at the thresholds.
 */
export function RankingBarChart({ bars, thresholds, width, rowHeight = 28, animate = false, onSelect }: RankingBarChartProps) {
  const prefix = useId()
  const height = Math.max(120, bars.length * rowHeight + 56)
  const data = bars.map((b) => ({ ...b, axisName: 'gap' in b ? b.name : `${b.rank}. ${truncate(b.name)}` }))
  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 24, right: 120, bottom: 4, left: 8 }}
      barCategoryGap={4}
      accessibilityLayer
    >
      <ColourPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={false} strokeDasharray="2 4" stroke="#d5dbd8" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={X_TICK} />
      <YAxis type="category" dataKey="axisName" width={NAME_WIDTH} tick={NameTick} interval={0} />
      {thresholds
        ? gradeLines(thresholds).map(({ colour: c, value: v, stroke }) => (
            <ReferenceLine
              key={c}
              x={v}
              stroke={stroke}
              strokeDasharray="5 4"
              label={{ value: `${c} ${v}`, position: 'top', fontSize: 11, fill: '#4a524f' }}
            />
          ))
        : null}
      <Bar
        dataKey="total"
        isAnimationActive={animate}
        name="总分"
        onClick={onSelect ? (d: { payload?: RankingBar | RankingGap }) => d.payload?.projectId && onSelect(d.payload.projectId) : undefined}
        cursor={onSelect ? 'pointer' : undefined}
      >
        {data.map((b, i) =>
          'gap' in b ? (
            <Cell key={`gap-${i}`} fill="none" stroke="none" />
          ) : (
            <Cell key={b.projectId} fill={patternFill(prefix, b.colour)} stroke={COLOUR_STYLES[b.colour].stroke} strokeWidth={1} />
          ),
        )}
        <LabelList dataKey="label" content={RightOfBarLabel} />
      </Bar>
    </BarChart>
  )
  if (width) return chart
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  )
}
