import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { Thresholds } from '@shared/model'
import type { RankingBar, RankingGap } from '@shared/domain/dashboard'
import { COLOUR_STYLES, ColourPatternDefs, patternFill } from './index-colours'
import { gradeReferenceLines } from './grade-lines'
import { RANKING_NAME_WIDTH, rankingHeight, rankingName } from './ranking-layout'
import { plainTick, RightOfBarLabel } from './svg-text'

export interface RankingBarChartProps {
  /** Highest first; a gap row (see rankingForChart) draws as an empty row named '……'. */
  bars: readonly (RankingBar | RankingGap)[]
  thresholds?: Thresholds
  width: number
  /** Row height in px (the chart grows with the number of projects: rankingHeight). */
  rowHeight?: number
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
 * 指数排名 in the reports: one horizontal bar per assessed project, highest first, filled with the colour's
 * pattern and labelled "91.2 分 · 绿色" so it reads in greyscale; dashed lines at the thresholds.
 */
export function RankingBarChart({ bars, thresholds, width, rowHeight = 28 }: RankingBarChartProps) {
  const prefix = useId()
  const height = rankingHeight(bars.length, rowHeight)
  const data = bars.map((b) => ({ ...b, axisName: rankingName(b) }))
  return (
    <BarChart
      data={data}
      layout="vertical"
      width={width}
      height={height}
      margin={{ top: 24, right: 120, bottom: 4, left: 8 }}
      barCategoryGap={4}
      accessibilityLayer
    >
      <ColourPatternDefs prefix={prefix} />
      <CartesianGrid horizontal={false} strokeDasharray="2 4" stroke="#d5dbd8" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={X_TICK} />
      <YAxis type="category" dataKey="axisName" width={RANKING_NAME_WIDTH} tick={NameTick} interval={0} />
      {gradeReferenceLines(thresholds, 'x')}
      <Bar dataKey="total" isAnimationActive={false} name="总分">
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
}
