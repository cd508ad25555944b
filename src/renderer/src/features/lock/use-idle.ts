import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const

/**
 * Calls `onIdle` once no keyboard, mouse or touch activity has been seen for `minutes`
 * (checked every few seconds, and at once when the window becomes visible again: timers in a
 * hidden window run late). Does nothing while `active` is false or `minutes` is 0.
 */
export function useIdleTimeout(active: boolean, minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle)
  onIdleRef.current = onIdle

  useEffect(() => {
    if (!active || minutes <= 0) return
    const limitMs = minutes * 60_000
    let last = Date.now()
    let fired = false
    const touch = () => {
      last = Date.now()
    }
    const check = () => {
      if (!fired && Date.now() - last >= limitMs) {
        fired = true
        onIdleRef.current()
      }
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check()
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true })
    document.addEventListener('visibilitychange', onVisibility)
    const timer = window.setInterval(check, Math.min(15_000, Math.max(1_000, limitMs / 4)))
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true })
      document.removeEventListener('visibilitychange', onVisibility)
      window.clearInterval(timer)
    }
  }, [active, minutes])
}
