/**
 * The 四色 as they are drawn: each colour has a fill that stays distinguishable in greyscale
 * (different lightness) AND a pattern (solid / stripes / dots / cross-hatch), and every chart
 * prints the colour NAME next to the value, so a black-and-white printout still reads.
 */
import type { Colour } from '@shared/domain/supervision-index/grading'

export interface ColourStyle {
  /** Main fill (bars, tags). */
  fill: string
  /** Darker edge and text colour. */
  stroke: string
  /** Light background for cards. */
  tint: string
  /** Pattern name, for the legend. */
  pattern: '实心' | '斜线' | '圆点' | '网格'
  /** Marker shape in line charts. */
  shape: 'circle' | 'square' | 'diamond' | 'triangle'
}

export const COLOUR_STYLES: Record<Colour, ColourStyle> = {
  绿色: { fill: '#2f7d4f', stroke: '#1d5535', tint: '#e6f4ec', pattern: '实心', shape: 'circle' },
  蓝色: { fill: '#2f6fb0', stroke: '#1d4a78', tint: '#e7f0fa', pattern: '斜线', shape: 'square' },
  黄色: { fill: '#d9a400', stroke: '#8a6700', tint: '#fdf6dc', pattern: '圆点', shape: 'diamond' },
  红色: { fill: '#c23a32', stroke: '#7f1f1a', tint: '#fbe9e7', pattern: '网格', shape: 'triangle' },
}

/** Neutral style for 未评估 / 草稿. */
export const NEUTRAL_STYLE = { fill: '#b7bfbb', stroke: '#5f6a66', tint: '#f2f4f3' }

const SLUG: Record<Colour, string> = { 绿色: 'green', 蓝色: 'blue', 黄色: 'yellow', 红色: 'red' }

/** Id of the pattern of a colour within one chart (prefix from useId, so several charts may share a page). */
function patternId(prefix: string, colour: Colour): string {
  return `${prefix.replace(/[^a-zA-Z0-9_-]/g, '')}-pat-${SLUG[colour]}`
}

/** `url(#…)` fill of a colour's pattern. */
export function patternFill(prefix: string, colour: Colour | null | undefined): string {
  return colour ? `url(#${patternId(prefix, colour)})` : NEUTRAL_STYLE.fill
}

/** SVG <defs> with the four patterns; put inside each chart so an exported SVG carries its own. */
export function ColourPatternDefs({ prefix }: { prefix: string }) {
  const g = COLOUR_STYLES
  return (
    <defs>
      <pattern id={patternId(prefix, '绿色')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={g.绿色.fill} />
      </pattern>
      <pattern id={patternId(prefix, '蓝色')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={g.蓝色.fill} />
        <rect width="3" height="8" fill="#ffffff" fillOpacity="0.55" />
      </pattern>
      <pattern id={patternId(prefix, '黄色')} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill={g.黄色.fill} />
        <circle cx="3.5" cy="3.5" r="1.6" fill="#3d2f00" fillOpacity="0.75" />
      </pattern>
      <pattern id={patternId(prefix, '红色')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={g.红色.fill} />
        <path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" strokeOpacity="0.6" strokeWidth="1.4" />
      </pattern>
    </defs>
  )
}

/** A line chart's marker, whose SHAPE also tells the colour (circle 绿, square 蓝, diamond 黄, triangle 红). */
export function ColourMarker({ x, y, colour }: { x: number; y: number; colour: Colour }) {
  const s = COLOUR_STYLES[colour]
  const r = 6
  const common = { fill: s.fill, stroke: s.stroke, strokeWidth: 1.5 }
  if (s.shape === 'square') return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />
  if (s.shape === 'diamond') return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} {...common} />
  if (s.shape === 'triangle') return <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} {...common} />
  return <circle cx={x} cy={y} r={r} {...common} />
}

/**
 * The radar's legend (this period filled, the previous one dashed), drawn inside the SVG at the
 * top left so an exported chart carries it. A plain element, not a component: Recharts renders
 * the raw SVG children of its charts.
 */
export function radarLegend(seriesLabel: string, previousLabel: string) {
  return (
    <g fontSize={11} fill="#33403b">
      <rect x={6} y={6} width={14} height={9} fill="#1f6f5c" fillOpacity={0.22} stroke="#1f6f5c" strokeWidth={2} />
      <text x={24} y={14}>{seriesLabel}</text>
      <line x1={6} y1={26} x2={20} y2={26} stroke="#6b7571" strokeWidth={1.5} strokeDasharray="5 4" />
      <text x={24} y={30}>{previousLabel}</text>
    </g>
  )
}
