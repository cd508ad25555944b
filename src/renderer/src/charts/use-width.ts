import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The width of a chart's box, read before the first paint (so the chart draws in the same frame
 * as the page around it) and again whenever the box is resized.
 */
export function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    setWidth(Math.round(el.clientWidth))
    if (typeof ResizeObserver === 'undefined') return
    const obs = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width
      if (w !== undefined) setWidth((old) => (old === Math.round(w) ? old : Math.round(w)))
    })
    obs.observe(el)
    return () => obs.disconnect()
  }, [])
  return [ref, width]
}
