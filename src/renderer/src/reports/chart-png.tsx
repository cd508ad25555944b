/**
 * A Recharts chart drawn offscreen and turned into a PNG at print resolution (docs/architecture.md
 * trap 8): render at a fixed size with animation off, wait until the SVG stops changing, copy any
 * HTML legend into the SVG (Recharts draws its legend as HTML outside the <svg>), serialise with a
 * CJK font-family, draw on a white canvas at `scale`× and export PNG bytes.
 */
import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** Fonts an SVG drawn as an image can use: the system's CJK fonts (web fonts are not available there). */
export const CHART_FONT_FAMILY =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", SimHei, sans-serif'

export interface ChartPngOptions {
  /** CSS pixels of the chart. */
  width: number
  height: number
  /** Device pixels per CSS pixel in the PNG (default 2.5: a 520 px chart printed 150 mm wide is ≈ 220 dpi). */
  scale?: number
  signal?: AbortSignal
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function abortError(): Error {
  return new DOMException('已取消', 'AbortError')
}

/** The chart's own <svg> (legend icons are `svg.recharts-surface` too, inside the HTML legend). */
function chartSvg(host: HTMLElement): SVGSVGElement | null {
  for (const svg of host.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
    if (!svg.closest('.recharts-legend-wrapper')) return svg
  }
  return null
}

/** Waits until the chart's SVG exists and its markup is the same on two consecutive looks. */
async function settledSvg(host: HTMLElement, signal?: AbortSignal): Promise<SVGSVGElement> {
  let previous = ''
  let stable = 0
  for (let i = 0; i < 120; i++) {
    if (signal?.aborted) throw abortError()
    await sleep(i < 2 ? 0 : 16)
    const svg = chartSvg(host)
    if (!svg) continue
    const markup = host.innerHTML
    if (markup === previous && svg.childElementCount > 0) {
      stable += 1
      if (stable >= 2) return svg
    } else {
      stable = 0
      previous = markup
    }
  }
  const svg = chartSvg(host)
  if (!svg) throw new Error('图表未能绘制')
  return svg
}

/** Copies the HTML legend (icons and labels) into the SVG clone at the same positions. */
function inlineLegend(clone: SVGSVGElement, host: HTMLElement, svg: SVGSVGElement): void {
  const base = svg.getBoundingClientRect()
  for (const item of host.querySelectorAll<HTMLElement>('.recharts-legend-item')) {
    const icon = item.querySelector<SVGSVGElement>('svg')
    if (icon) {
      const r = icon.getBoundingClientRect()
      const copy = icon.cloneNode(true) as SVGSVGElement
      copy.setAttribute('x', String(r.left - base.left))
      copy.setAttribute('y', String(r.top - base.top))
      copy.setAttribute('width', String(r.width))
      copy.setAttribute('height', String(r.height))
      copy.removeAttribute('style')
      clone.appendChild(copy)
    }
    const label = item.querySelector<HTMLElement>('.recharts-legend-item-text')
    if (label && label.textContent) {
      const r = label.getBoundingClientRect()
      const style = getComputedStyle(label)
      const fontSize = parseFloat(style.fontSize) || 12
      const text = document.createElementNS(SVG_NS, 'text')
      text.setAttribute('x', String(r.left - base.left))
      text.setAttribute('y', String(r.top - base.top + r.height / 2))
      text.setAttribute('dominant-baseline', 'central')
      text.setAttribute('font-size', String(fontSize))
      text.setAttribute('fill', style.color || '#1f2522')
      text.textContent = label.textContent
      clone.appendChild(text)
    }
  }
}

/** The SVG as a standalone document: namespaces, size, font, a white background, the legend inside. */
export function standaloneSvg(svg: SVGSVGElement, host: HTMLElement, width: number, height: number, scale: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink')
  clone.setAttribute('width', String(Math.round(width * scale)))
  clone.setAttribute('height', String(Math.round(height * scale)))
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  clone.setAttribute('font-family', CHART_FONT_FAMILY)
  clone.removeAttribute('style')
  clone.setAttribute('style', `font-family: ${CHART_FONT_FAMILY}; background: #ffffff`)
  const background = document.createElementNS(SVG_NS, 'rect')
  background.setAttribute('x', '0')
  background.setAttribute('y', '0')
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  background.setAttribute('fill', '#ffffff')
  clone.insertBefore(background, clone.firstChild)
  inlineLegend(clone, host, svg)
  return new XMLSerializer().serializeToString(clone)
}

/** Draws SVG markup onto a white canvas and returns PNG bytes. */
export async function svgMarkupToPng(markup: string, pixelWidth: number, pixelHeight: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = pixelWidth
    canvas.height = pixelHeight
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('无法创建画布')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, pixelWidth, pixelHeight)
    ctx.drawImage(img, 0, 0, pixelWidth, pixelHeight)
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成图片'))), 'image/png'),
    )
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Renders `element` (a Recharts chart with a fixed width and height, animation off) to PNG bytes. */
export async function renderChartPng(element: ReactElement, options: ChartPngOptions): Promise<Uint8Array> {
  const { width, height, signal } = options
  const scale = options.scale ?? 2.5
  if (signal?.aborted) throw abortError()
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.dataset.chartExport = 'true'
  Object.assign(host.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    overflow: 'hidden',
    background: '#ffffff',
    fontFamily: CHART_FONT_FAMILY,
    pointerEvents: 'none',
  })
  document.body.appendChild(host)
  const root = createRoot(host)
  try {
    flushSync(() => root.render(<div style={{ width, height, fontFamily: CHART_FONT_FAMILY, position: 'relative' }}>{element}</div>))
    const svg = await settledSvg(host, signal)
    const markup = standaloneSvg(svg, host, width, height, scale)
    return await svgMarkupToPng(markup, Math.round(width * scale), Math.round(height * scale))
  } finally {
    root.unmount()
    host.remove()
  }
}
