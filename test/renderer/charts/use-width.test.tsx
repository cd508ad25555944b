// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useWidth } from '@renderer/charts/use-width'

/** A ResizeObserver the test drives: `report(w)` delivers a box of width w to every observer. */
const observers = new Set<ResizeObserverCallback>()
class TestResizeObserver {
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe() {
    observers.add(this.cb)
  }
  unobserve() {}
  disconnect() {
    observers.delete(this.cb)
  }
}
const report = (width: number) =>
  act(() => {
    for (const cb of observers) cb([{ contentRect: { width } } as ResizeObserverEntry], {} as ResizeObserver)
  })

let clientWidthReads = 0
beforeEach(() => {
  observers.clear()
  clientWidthReads = 0
  window.ResizeObserver = TestResizeObserver as unknown as typeof ResizeObserver
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      clientWidthReads++
      return 500
    },
  })
})
afterEach(cleanup)

let renders: (number | null)[] = []
function Box({ expected }: { expected?: number }) {
  const [ref, width] = useWidth<HTMLDivElement>(expected)
  renders.push(width)
  return <div ref={ref}>{width === null ? '未量' : `宽 ${width}`}</div>
}

describe('useWidth', () => {
  beforeEach(() => {
    renders = []
  })

  it('draws at the expected width without reading the layout, and once only when the box has it', () => {
    render(<Box expected={374} />)
    expect(screen.getByText('宽 374')).toBeTruthy()
    expect(clientWidthReads).toBe(0)
    report(374)
    expect(renders).toEqual([374])
  })

  it('redraws at the width the box turns out to have (a narrow window)', () => {
    render(<Box expected={374} />)
    report(826.4)
    expect(screen.getByText('宽 826')).toBeTruthy()
    expect(renders).toEqual([374, 826])
  })

  it('without an expected width, measures the box before the first paint', () => {
    render(<Box />)
    expect(screen.getByText('宽 500')).toBeTruthy()
    expect(clientWidthReads).toBe(1)
    report(620)
    expect(screen.getByText('宽 620')).toBeTruthy()
  })
})
