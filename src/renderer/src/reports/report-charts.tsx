/**
 * The charts of the Word reports, drawn with the app's own Recharts components (src/renderer/src/charts:
 * radar, trend, ranking, colour distribution) plus two made for the reports here (sessions per month,
 * hours by 方式), each at a fixed size with animation off, then turned into PNGs (chart-png.tsx).
 *
 * Print sizes: every chart is printed 150 mm wide. Chart fonts are 11–13 px on a 520–560 px canvas,
 * i.e. about 9–10 pt on paper; values are written on the bars and points, so nothing depends on colour.
 */
import type { ReactElement } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'
import type { Bucket } from '@shared/domain/statistics'
import { formatMonth } from '@shared/text/format'
import type { ChartImage, ChartRequest } from '@shared/reports/content'
import { ColourCountChart } from '../charts/ColourCountChart'
import { DimensionRadar } from '../charts/DimensionRadar'
import { RankingBarChart } from '../charts/RankingBarChart'
import { TrendLineChart } from '../charts/TrendLineChart'
import { rankingHeight } from '../charts/ranking-layout'
import { renderChartPng } from './chart-png'

/** Width of every chart on the page. */
export const CHART_WIDTH_MM = 150

const INK = '#1f2522'
const MUTED = '#4a524f'
/** Mid-grey green: prints as a clear grey bar with a dark outline. */
const BAR_FILL = '#8fb3a6'
const BAR_STROKE = '#1f4a3e'
const RANKING_ROW_PX = 26

interface MonthTickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: string; index?: number }
  hours: string[]
}

function MonthTick({ x, y, payload, hours }: MonthTickProps) {
  const i = payload?.index ?? 0
  return (
    <text x={Number(x ?? 0)} y={Number(y ?? 0)} textAnchor="middle" fontSize={12} fill={INK}>
      <tspan x={Number(x ?? 0)} dy={12}>
        {payload?.value ?? ''}
      </tspan>
      <tspan x={Number(x ?? 0)} dy={15} fontSize={11} fill={MUTED}>
        {hours[i] ?? ''}
      </tspan>
    </text>
  )
}

/** 各月督导次数与时数: a bar per month labelled with its count ("13 次"), the hours under the month. */
export function SessionsPerMonthChart({ buckets, width, height }: { buckets: readonly Bucket[]; width: number; height: number }) {
  // With a year of months the bars are narrow: the bare number (the note above the chart says what it counts).
  const data = buckets.map((b) => ({ axis: formatMonth(b.key), count: b.count, label: buckets.length > 6 ? String(b.count) : `${b.count} 次` }))
  const hours = buckets.map((b) => (buckets.length > 6 ? b.hours : `${b.hours} 小时`))
  return (
    <BarChart data={data} width={width} height={height} margin={{ top: 40, right: 16, bottom: 8, left: 4 }}>
      <text x={8} y={16} fontSize={11} fill={MUTED}>
        柱上数字：督导次数；月份下方数字：督导时数（小时）
      </text>
      <CartesianGrid vertical={false} strokeDasharray="2 4" stroke="#d5dbd8" />
      <XAxis dataKey="axis" interval={0} height={40} tick={(props: Omit<MonthTickProps, 'hours'>) => <MonthTick {...props} hours={hours} />} />
      <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: MUTED }} width={34} />
      <Bar dataKey="count" name="督导次数" fill={BAR_FILL} stroke={BAR_STROKE} isAnimationActive={false} maxBarSize={56}>
        <LabelList dataKey="label" position="top" style={{ fontSize: 12, fill: INK, fontWeight: 600 }} />
      </Bar>
    </BarChart>
  )
}

/** 各督导方式的督导时数: a horizontal bar per 方式 labelled "22.8 小时（16 次）". */
export function HoursByModeChart({ buckets, width, height }: { buckets: readonly Bucket[]; width: number; height: number }) {
  const data = buckets.map((b) => ({ mode: b.key, hours: b.minutes / 60, label: `${b.hours} 小时（${b.count} 次）` }))
  return (
    <BarChart data={data} layout="vertical" width={width} height={height} margin={{ top: 12, right: 150, bottom: 4, left: 4 }} barCategoryGap={8}>
      <CartesianGrid horizontal={false} strokeDasharray="2 4" stroke="#d5dbd8" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: MUTED }} />
      <YAxis type="category" dataKey="mode" width={78} tick={{ fontSize: 13, fill: INK }} interval={0} />
      <Bar dataKey="hours" name="督导时数" fill={BAR_FILL} stroke={BAR_STROKE} isAnimationActive={false} maxBarSize={30}>
        <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: INK, fontWeight: 600 }} />
      </Bar>
    </BarChart>
  )
}

export interface ChartSpec {
  element: ReactElement
  /** CSS pixels. */
  width: number
  height: number
  /** Printed width (default CHART_WIDTH_MM). */
  widthMm?: number
}

/** A chart drawn at `width` × `height` CSS pixels (`draw` gets the size to pass on). */
function sized(width: number, height: number, draw: (size: { width: number; height: number }) => ReactElement, widthMm?: number): ChartSpec {
  return { width, height, widthMm, element: draw({ width, height }) }
}

/** The React element and size that draw a chart request. */
export function chartSpec(request: ChartRequest): ChartSpec {
  switch (request.kind) {
    case 'radar':
      // Narrower than the others (125 mm): the radar is square-ish, and a full-width one would not fit under a table.
      return sized(440, request.previous ? 340 : 310, (size) => (
        <DimensionRadar dimensions={request.dimensions} previous={request.previous} seriesLabel={request.seriesLabel} previousLabel={request.previousLabel} {...size} />
      ), 125)
    case 'trend':
      return sized(540, 260, (size) => <TrendLineChart points={request.points} thresholds={request.thresholds ?? undefined} {...size} />)
    case 'ranking':
      return sized(560, rankingHeight(request.bars.length, RANKING_ROW_PX), ({ width }) => (
        <RankingBarChart bars={request.bars} thresholds={request.thresholds ?? undefined} width={width} rowHeight={RANKING_ROW_PX} />
      ))
    case 'colourCounts':
      return sized(520, 240, (size) => <ColourCountChart counts={request.counts} {...size} />)
    case 'sessionsByMonth':
      return sized(520, 260, (size) => <SessionsPerMonthChart buckets={request.buckets} {...size} />)
    case 'hoursByMode':
      return sized(520, Math.max(160, request.buckets.length * 38 + 40), (size) => <HoursByModeChart buckets={request.buckets} {...size} />)
  }
}

/** Draws one chart request to a PNG with its print size. */
export async function renderChartImage(request: ChartRequest, options: { scale?: number; signal?: AbortSignal } = {}): Promise<ChartImage> {
  const spec = chartSpec(request)
  const png = await renderChartPng(spec.element, { width: spec.width, height: spec.height, scale: options.scale, signal: options.signal })
  const widthMm = spec.widthMm ?? CHART_WIDTH_MM
  return { png, widthMm, heightMm: Math.round(((widthMm * spec.height) / spec.width) * 10) / 10 }
}

/**
 * Draws every chart request, a few at a time (one chart's PNG encoding overlaps the next one's
 * layout); a chart that fails to draw is left out (the report then goes without that image, never
 * with an empty heading) and reported through `onError`.
 */
export async function renderChartImages(
  requests: readonly ChartRequest[],
  options: { scale?: number; signal?: AbortSignal; concurrency?: number; onError?: (request: ChartRequest, error: unknown) => void } = {},
): Promise<Record<string, ChartImage>> {
  const out: Record<string, ChartImage> = {}
  const queue = [...requests]
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      try {
        out[request.key] = await renderChartImage(request, options)
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') throw e
        options.onError?.(request, e)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 3, requests.length)) }, worker))
  return out
}
