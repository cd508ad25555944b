/**
 * Geometry of the 指数看板's plain-SVG charts (RankingBars, RadarSvg, TrendSvg). They draw what
 * the Recharts charts of the Word reports draw, at the same places, without Recharts' store and
 * selectors, which cost more than the 200 project cards when the dashboard opens. Pure numbers.
 */

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** The plot area inside a chart of `width` × `height` after margins and axis sizes. */
export function plotBox(width: number, height: number, inset: { top: number; right: number; bottom: number; left: number }): Box {
  return {
    left: inset.left,
    top: inset.top,
    width: Math.max(0, width - inset.left - inset.right),
    height: Math.max(0, height - inset.top - inset.bottom),
  }
}

/** Maps a value of [d0, d1] to [r0, r1] linearly. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  return (v) => r0 + (v - d0) * k
}

/** Row `index` of `count` equal bands over [start, start + size], less `gap` px on either side. */
export function band(index: number, count: number, start: number, size: number, gap: number): { start: number; size: number; centre: number } {
  const step = count > 0 ? size / count : 0
  const s = start + index * step
  return { start: s + gap, size: Math.max(0, step - 2 * gap), centre: s + step / 2 }
}

/** X of point `index` of `count` spread over [start, start + size] with `padding` px kept at each end (one point sits in the middle). */
export function pointX(index: number, count: number, start: number, size: number, padding: number): number {
  const inner = Math.max(0, size - 2 * padding)
  if (count <= 1) return start + padding + inner / 2
  return start + padding + (index * inner) / (count - 1)
}

const RAD = Math.PI / 180

/** A point at `radius` from the centre, `angle` degrees anticlockwise from 3 o'clock (SVG y grows downwards). */
export function polar(cx: number, cy: number, radius: number, angle: number): { x: number; y: number } {
  return { x: cx + Math.cos(-angle * RAD) * radius, y: cy + Math.sin(-angle * RAD) * radius }
}

/** Angle of axis `index` of `count`: the first at 12 o'clock, the rest clockwise. */
export function axisAngle(index: number, count: number): number {
  return 90 - (360 * index) / Math.max(1, count)
}

/** Text anchor of a label at `angle` outside a circle: left of the centre 'end', right 'start', top and bottom 'middle'. */
export function anchorAt(angle: number): 'start' | 'middle' | 'end' {
  const c = Math.cos(-angle * RAD)
  return c > 1e-5 ? 'start' : c < -1e-5 ? 'end' : 'middle'
}

/**
 * The line of a series with gaps: one SVG path of straight segments, broken where a value is
 * null ('M10 20L30 40M70 10' — a lone point between gaps gets no segment, only its marker).
 */
export function gappedPath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = ''
  let open = false
  for (const p of points) {
    if (p === null) {
      open = false
      continue
    }
    d += `${open ? 'L' : 'M'}${round2(p.x)} ${round2(p.y)}`
    open = true
  }
  return d
}

/** A closed polygon through the points ('M…L…Z'), or '' without points. */
export function polygonPath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return ''
  return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round2(p.x)} ${round2(p.y)}`).join('')}Z`
}

function round2(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * About how wide `text` is at `fontSize` px in the app's sans-serif: a Chinese character is a
 * full em, digits, Latin letters and punctuation about 0.6 em (bold about 0.63 em). Enough to
 * decide whether labels fit side by side; nothing is measured in the page.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0
  for (const ch of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : bold ? 0.63 : 0.6
  return ems * fontSize
}

/** A period's short label split for two lines: the part within the year ('Q1', '上半年') above, the year ('24年') below. */
export function splitPeriodLabel(label: string): { part: string; year: string } {
  const m = /^(\d+年)(.+)$/.exec(label)
  return m ? { part: m[2]!, year: m[1]! } : { part: label, year: '' }
}

export interface TrendLabelLayout {
  /** Period labels on two lines (the year written only where it changes) rather than one. */
  twoLineAxis: boolean
  /** The value labels without the colour's name (the marker's shape and colour still tell it). */
  valueOnly: boolean
  /** Every other value label below its marker, so neighbours do not run into each other. */
  alternate: boolean
}

/**
 * How a trend's labels fit `spacing` px between neighbouring periods (each value as the full
 * label '90.0 绿色' and the number alone): eight quarters in the
 * dashboard's side panel leave about 33 px, where '24年Q1' and '90.0 绿色' side by side overlap.
 */
export function trendLabelLayout(periodLabels: readonly string[], values: readonly { full: string; number: string }[], spacing: number): TrendLabelLayout {
  const widest = (labels: readonly string[], size: number, bold: boolean) => Math.max(0, ...labels.map((l) => textWidth(l, size, bold)))
  const twoLineAxis = widest(periodLabels, 12, false) + 6 > spacing
  const valueOnly = widest(values.map((v) => v.full), 12, true) + 6 > spacing
  const alternate = valueOnly && widest(values.map((v) => v.number), 12, true) + 6 > spacing
  return { twoLineAxis, valueOnly, alternate }
}
