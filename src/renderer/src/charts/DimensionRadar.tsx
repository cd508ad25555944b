import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import type { DimensionPoint } from '@shared/domain/dashboard'
import { plainTick } from './svg-text'
import { radarLegend } from './index-colours'

export interface DimensionRadarProps {
  /** This period's dimension scores (as % of each dimension's weight). */
  dimensions: readonly DimensionPoint[]
  /** Optional earlier period, drawn dashed. */
  previous?: readonly DimensionPoint[] | null
  seriesLabel?: string
  previousLabel?: string
  width: number
  height: number
}

interface TickProps {
  x?: number | string
  y?: number | string
  cx?: number
  cy?: number
  textAnchor?: string
  payload?: { value?: string }
}

const RADIUS_TICK = plainTick({ anchor: 'start', dx: 2, dy: 3, fontSize: 10, fill: '#6b7571' })

/**
 * 维度雷达图 in the reports: each axis is a dimension, labelled with its name AND its percentage, so the values
 * read without colour. Scale 0–100 % of the dimension's weight.
 */
export function DimensionRadar({
  dimensions,
  previous,
  seriesLabel = '本期',
  previousLabel = '上期',
  width,
  height,
}: DimensionRadarProps) {
  const prevByCode = new Map((previous ?? []).map((d) => [d.code, d]))
  const data = dimensions.map((d) => ({
    axis: d.name,
    text: d.percentText,
    current: d.percent ?? 0,
    previous: prevByCode.get(d.code)?.percent ?? null,
  }))
  const byAxis = new Map(data.map((d) => [d.axis, d]))
  const hasPrevious = data.some((d) => d.previous !== null)

  const tick = (props: TickProps) => {
    const x = Number(props.x ?? 0)
    const y = Number(props.y ?? 0)
    const name = props.payload?.value ?? ''
    const row = byAxis.get(name)
    const cy = props.cy ?? y
    const dy = y < cy - 5 ? -14 : y > cy + 5 ? 4 : -4
    return (
      <text x={x} y={y + dy} textAnchor={(props.textAnchor as 'start' | 'middle' | 'end') ?? 'middle'} fontSize={12} fill="#1f2522">
        <tspan x={x} dy={0}>
          {name}
        </tspan>
        <tspan x={x} dy={15} fontWeight={600}>
          {row?.text ?? ''}
        </tspan>
      </text>
    )
  }

  return (
    <RadarChart data={data} width={width} height={height} outerRadius="68%" margin={{ top: 24, right: 40, bottom: 12, left: 40 }}>
      <PolarGrid stroke="#c9d0cd" />
      <PolarAngleAxis dataKey="axis" tick={tick} />
      <PolarRadiusAxis angle={54} domain={[0, 100]} tickCount={6} tick={RADIUS_TICK} axisLine={false} />
      {hasPrevious ? (
        <Radar
          name={previousLabel}
          dataKey="previous"
          stroke="#6b7571"
          strokeDasharray="5 4"
          strokeWidth={1.5}
          fill="none"
          isAnimationActive={false}
        />
      ) : null}
      <Radar
        name={seriesLabel}
        dataKey="current"
        stroke="#1f6f5c"
        strokeWidth={2}
        fill="#1f6f5c"
        fillOpacity={0.22}
        dot={{ r: 3, fill: '#1f6f5c' }}
        isAnimationActive={false}
      />
      {hasPrevious ? radarLegend(seriesLabel, previousLabel) : null}
    </RadarChart>
  )
}
