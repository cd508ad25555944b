import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Height that makes an element reach the bottom of the window (less `bottom` px), whatever sits
 * above it (a notice, a header), so a list scrolls inside itself and its header stays in view.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, bottom = 24, min = 420): number | undefined {
  const [height, setHeight] = useState<number>()
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = () => {
      const top = el.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - bottom)))
    }
    update()
    window.addEventListener('resize', update)
    // Something above may appear or go (a notice closed): the page's height changes with it.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null
    observer?.observe(document.body)
    return () => {
      window.removeEventListener('resize', update)
      observer?.disconnect()
    }
  }, [ref, bottom, min])
  return height
}
