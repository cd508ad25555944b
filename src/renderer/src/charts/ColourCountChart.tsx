import { useId } from 'react'
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { ColourCounts } from '@shared/domain/supervision-index/compare'
import { COLOURS, GRADE_OF } from '@shared/domain/supervision-index/grading'
import { COLOUR_STYLES, ColourPatternDefs, NEUTRAL_STYLE, patternFill } from './index-colours'
import { AboveLabel, plainTick } from './svg-text'

export interface ColourCountChartProps {
  counts: ColourCounts
  /** Show the 未评估 bar (default true). */
  showUnassessed?: boolean
  width: number
  height: number
}

const X_TICK = plainTick({ anchor: 'middle', dy: 14, fill: '#1f2522' })
const Y_TICK = plainTick({ anchor: 'end', dx: -4, dy: 4, fontSize: 11 })

/** 四色分布 in the reports: one bar per colour, labelled "3 个", axis "绿色 优秀"; patterns for greyscale. */
export function ColourCountChart({ counts, showUnassessed = true, width, height }: ColourCountChartProps) {
  const prefix = useId()
  const data = [
    ...COLOURS.map((c) => ({ key: c, axis: `${c} ${GRADE_OF[c]}`, count: counts[c], colour: c as (typeof COLOURS)[number] | null })),
    ...(showUnassessed ? [{ key: '未评估', axis: '未评估', count: counts.未评估, colour: null }] : []),
  ].map((d) => ({ ...d, label: `${d.count} 个` }))
  return (
    <BarChart data={data} width={width} height={height} margin={{ top: 22, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
      <ColourPatternDefs prefix={prefix} />
      <XAxis dataKey="axis" tick={X_TICK} interval={0} />
      <YAxis allowDecimals={false} tick={Y_TICK} width={32} />
      <Bar dataKey="count" name="项目数" isAnimationActive={false} maxBarSize={56}>
        {data.map((d) => (
          <Cell key={d.key} fill={patternFill(prefix, d.colour)} stroke={d.colour ? COLOUR_STYLES[d.colour].stroke : NEUTRAL_STYLE.stroke} />
        ))}
        <LabelList dataKey="label" content={AboveLabel} />
      </Bar>
    </BarChart>
  )
}
