/**
 * Plain SVG labels for the charts. Recharts' own <Text> measures words in the DOM whenever it is
 * given a width (to wrap them); with 200 bars that is hundreds of forced layouts. These draw the
 * text as is, which also keeps an exported SVG free of measuring spans.
 */

export interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: string | number }
}

/** An axis tick drawn as one line of text. `anchor` and offsets depend on the axis side. */
export function plainTick(options: { anchor: 'start' | 'middle' | 'end'; dx?: number; dy?: number; fontSize?: number; fill?: string; format?: (v: string | number) => string }) {
  const { anchor, dx = 0, dy = 0, fontSize = 12, fill = '#4a524f', format } = options
  return function PlainTick(props: TickProps) {
    const v = props.payload?.value ?? ''
    return (
      <text x={Number(props.x ?? 0) + dx} y={Number(props.y ?? 0) + dy} textAnchor={anchor} fontSize={fontSize} fill={fill}>
        {format ? format(v) : String(v)}
      </text>
    )
  }
}

export interface LabelContentProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
}

/** A bar label just right of a horizontal bar, vertically centred. */
export function RightOfBarLabel(props: LabelContentProps) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 6
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2
  return (
    <text x={x} y={y} dy={4} fontSize={12} fontWeight={600} fill="#1f2522">
      {String(props.value ?? '')}
    </text>
  )
}

/** A label centred above a vertical bar or a point. */
export function AboveLabel(props: LabelContentProps & { offset?: number }) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2
  const y = Number(props.y ?? 0) - (props.offset ?? 8)
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1f2522">
      {String(props.value ?? '')}
    </text>
  )
}
