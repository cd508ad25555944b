/**
 * The grade lines behind the ranking and trend charts: a dashed line at each of the 绿/蓝/黄
 * thresholds, in the colour's edge, labelled with the colour and the value. The dashboard's
 * plain-SVG charts and the reports' Recharts charts draw the same lines from here.
 */
import { ReferenceLine } from 'recharts'
import type { Thresholds } from '@shared/model'
import type { Colour } from '@shared/domain/supervision-index/grading'
import { COLOUR_STYLES } from './index-colours'

const LABEL_FILL = '#4a524f'
const DASH = '5 4'

/** The three lines: 绿/蓝/黄 thresholds, each with its colour's edge. */
export function gradeLines(thresholds: { green: number; blue: number; yellow: number }): { colour: Colour; value: number; stroke: string }[] {
  return (
    [
      ['绿色', thresholds.green],
      ['蓝色', thresholds.blue],
      ['黄色', thresholds.yellow],
    ] as const
  ).map(([colour, value]) => ({ colour, value, stroke: COLOUR_STYLES[colour].stroke }))
}

/** Where a plain-SVG chart's value axis runs: left to right (ranking) or bottom to top (trend). */
export type ValueAxis =
  | { x: (value: number) => number | string; top: number; bottom: number }
  | { y: (value: number) => number; left: number; right: number }

/**
 * The lines in a plain-SVG chart: across a left-to-right axis a vertical line labelled above it
 * ("绿色 90"), across a bottom-to-top axis a horizontal line labelled at its right end ("绿色 ≥90").
 */
export function SvgGradeLines({ thresholds, axis }: { thresholds: Thresholds | undefined; axis: ValueAxis }) {
  if (!thresholds) return null
  return gradeLines(thresholds).map(({ colour: c, value: v, stroke }) => (
    <g key={c}>
      {'x' in axis ? (
        <>
          <line x1={axis.x(v)} x2={axis.x(v)} y1={axis.top} y2={axis.bottom} stroke={stroke} strokeDasharray={DASH} />
          <text x={axis.x(v)} y={axis.top - 5} textAnchor="middle" fontSize={11} fill={LABEL_FILL}>
            {`${c} ${v}`}
          </text>
        </>
      ) : (
        <>
          <line x1={axis.left} x2={axis.right} y1={axis.y(v)} y2={axis.y(v)} stroke={stroke} strokeDasharray={DASH} />
          <text x={axis.right + 5} y={axis.y(v)} dy="0.355em" fontSize={11} fill={LABEL_FILL}>
            {`${c} ≥${v}`}
          </text>
        </>
      )}
    </g>
  ))
}

/**
 * The lines in a Recharts chart whose values run along `axis`: the same lines and labels as
 * SvgGradeLines. Elements, not a component: Recharts reads its charts' direct children.
 */
export function gradeReferenceLines(thresholds: Thresholds | undefined, axis: 'x' | 'y') {
  if (!thresholds) return null
  return gradeLines(thresholds).map(({ colour: c, value: v, stroke }) => (
    <ReferenceLine
      key={c}
      {...(axis === 'x' ? { x: v } : { y: v })}
      stroke={stroke}
      strokeDasharray={DASH}
      label={axis === 'x' ? { value: `${c} ${v}`, position: 'top', fontSize: 11, fill: LABEL_FILL } : { value: `${c} ≥${v}`, position: 'right', fontSize: 11, fill: LABEL_FILL }}
    />
  ))
}
