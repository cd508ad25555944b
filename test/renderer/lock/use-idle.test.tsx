// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useIdleTimeout } from '@renderer/features/lock/use-idle'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('useIdleTimeout', () => {
  it('fires once after the idle time without activity', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleTimeout(true, 5, onIdle))
    vi.advanceTimersByTime(4 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(61_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10 * 60_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('starts over on keyboard or mouse activity', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleTimeout(true, 5, onIdle))
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    vi.advanceTimersByTime(4 * 60_000)
    window.dispatchEvent(new Event('pointerdown'))
    vi.advanceTimersByTime(4 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(61_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
  })

  it('does nothing when inactive or set to 0 (only at start)', () => {
    const onIdle = vi.fn()
    renderHook(() => useIdleTimeout(false, 5, onIdle))
    renderHook(() => useIdleTimeout(true, 0, onIdle))
    vi.advanceTimersByTime(60 * 60_000)
    expect(onIdle).not.toHaveBeenCalled()
  })
})
