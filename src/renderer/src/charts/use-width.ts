import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of a chart's box, kept up to date whenever the box is resized.
 *
 * Without `expected`, the width is read in a layout effect, so the chart draws in the same frame
 * as the page around it; that read forces a layout of the whole page and a second render before
 * the first paint. With `expected` (the width the box has in the usual layout), the chart draws at
 * once at that width and the ResizeObserver, which reports after the browser's own layout, redraws
 * it only when the box turns out to be another width (a narrow window).
 */
export function useWidth<T extends HTMLElement>(expected?: number): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState<number | null>(expected ?? null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    if (expected === undefined || typeof ResizeObserver === 'undefined') setWidth(Math.round(el.clientWidth))
    if (typeof ResizeObserver === 'undefined') return
    const obs = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width
      if (w !== undefined) setWidth((old) => (old === Math.round(w) ? old : Math.round(w)))
    })
    obs.observe(el)
    return () => obs.disconnect()
  }, [expected])
  return [ref, width]
}
