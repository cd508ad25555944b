import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// window-state.ts only needs Electron's types; mock the module so nothing tries to load it.
vi.mock('electron', () => ({}))

import {
  captureWindowState,
  DEFAULT_WINDOW_SIZE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type TrackableWindow,
  type WindowState,
} from '../../src/main/window-state'

const PRIMARY = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const RIGHT = { workArea: { x: 1920, y: 0, width: 1280, height: 984 } }
const LAPTOP = { workArea: { x: 0, y: 0, width: 1366, height: 728 } }

const state = (s: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 80,
  width: 1280,
  height: 820,
  isMaximized: false,
  isFullScreen: false,
  ...s,
})

describe('parseWindowState', () => {
  it('accepts a saved state and fills the flags', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1200,"height":800}')).toEqual({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      isMaximized: false,
      isFullScreen: false,
    })
  })

  it.each([
    ['not json', '{x'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a string width', '{"width":"1200","height":800}'],
    ['no height', '{"width":1200}'],
    ['a tiny window', '{"width":10,"height":10}'],
    ['a fractional position', '{"x":1.5,"y":0,"width":1200,"height":800}'],
    ['an absurd position', '{"x":1e12,"y":0,"width":1200,"height":800}'],
    ['NaN-ish', '{"x":null,"y":0,"width":1200,"height":800}'],
    ['a maximized flag as text', '{"width":1200,"height":800,"isMaximized":"yes"}'],
  ])('rejects %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull()
  })
})

describe('fitToDisplays', () => {
  it('uses the defaults, centred, without a saved state', () => {
    expect(fitToDisplays(null, [PRIMARY])).toEqual({ width: 1280, height: 820, isMaximized: false, isFullScreen: false })
  })

  it('shrinks the default to a small laptop screen', () => {
    expect(fitToDisplays(null, [LAPTOP])).toEqual({ width: 1280, height: 728, isMaximized: false, isFullScreen: false })
  })

  it('keeps a window that is on screen exactly where it was', () => {
    expect(fitToDisplays(state({}), [PRIMARY])).toEqual(state({}))
  })

  it('keeps a window on the second monitor', () => {
    const s = state({ x: 2000, y: 50, width: 1000, height: 700 })
    expect(fitToDisplays(s, [PRIMARY, RIGHT])).toEqual(s)
  })

  it('centres a window whose monitor was unplugged on the primary display', () => {
    const s = state({ x: 2000, y: 50, width: 1000, height: 700 })
    expect(fitToDisplays(s, [PRIMARY])).toEqual({ width: 1000, height: 700, isMaximized: false, isFullScreen: false })
  })

  it('pulls a window hanging off an edge back inside the display it mostly covers', () => {
    expect(fitToDisplays(state({ x: 1500, y: -200 }), [PRIMARY])).toEqual(state({ x: 640, y: 0 }))
    expect(fitToDisplays(state({ x: -300, y: 600 }), [PRIMARY])).toEqual(state({ x: 0, y: 220 }))
  })

  it('moves a window straddling two monitors onto the one it mostly covers', () => {
    const fitted = fitToDisplays(state({ x: 1700, y: 100, width: 1200, height: 800 }), [PRIMARY, RIGHT])
    expect(fitted).toEqual(state({ x: 1920, y: 100, width: 1200, height: 800 }))
  })

  it('shrinks a window bigger than its display (a 4K window on a laptop)', () => {
    const fitted = fitToDisplays(state({ x: 0, y: 0, width: 3800, height: 2100 }), [LAPTOP])
    expect(fitted).toEqual(state({ x: 0, y: 0, width: 1366, height: 728 }))
  })

  it('raises a too-small window to the minimum size', () => {
    const fitted = fitToDisplays(state({ width: 300, height: 200 }), [PRIMARY])
    expect(fitted.width).toBe(DEFAULT_WINDOW_SIZE.minWidth)
    expect(fitted.height).toBe(DEFAULT_WINDOW_SIZE.minHeight)
  })

  it('keeps the maximized and full-screen flags', () => {
    expect(fitToDisplays(state({ isMaximized: true }), [PRIMARY]).isMaximized).toBe(true)
    expect(fitToDisplays(state({ isFullScreen: true }), [PRIMARY]).isFullScreen).toBe(true)
  })

  it('copes with no display information at all', () => {
    expect(fitToDisplays(state({}), [])).toEqual({ width: 1280, height: 820, isMaximized: false, isFullScreen: false })
  })
})

function fakeWindow(overrides: Partial<Record<keyof TrackableWindow, unknown>> = {}) {
  const listeners = new Map<string, Array<() => void>>()
  const win = {
    on: vi.fn((event: string, fn: () => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), fn])
      return win
    }),
    getBounds: vi.fn(() => ({ x: 10, y: 20, width: 1100, height: 700 })),
    getNormalBounds: vi.fn(() => ({ x: 30, y: 40, width: 1000, height: 650 })),
    isMaximized: vi.fn(() => false),
    isMinimized: vi.fn(() => false),
    isFullScreen: vi.fn(() => false),
    isDestroyed: vi.fn(() => false),
    ...overrides,
  }
  const emit = (event: string) => {
    for (const fn of listeners.get(event) ?? []) fn()
  }
  return { win: win as unknown as TrackableWindow, emit, raw: win }
}

describe('captureWindowState', () => {
  it('takes the live bounds of a normal window', () => {
    expect(captureWindowState(fakeWindow().win)).toEqual({
      x: 10,
      y: 20,
      width: 1100,
      height: 700,
      isMaximized: false,
      isFullScreen: false,
    })
  })

  it('takes the restored bounds of a maximized or minimized window', () => {
    expect(captureWindowState(fakeWindow({ isMaximized: () => true }).win)).toEqual({
      x: 30,
      y: 40,
      width: 1000,
      height: 650,
      isMaximized: true,
      isFullScreen: false,
    })
    expect(captureWindowState(fakeWindow({ isMinimized: () => true }).win).x).toBe(30)
  })
})

describe('load, save and track', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'studio-window-'))
  })
  afterEach(async () => {
    vi.useRealTimers()
    await rm(dir, { recursive: true, force: true })
  })

  it('round-trips through window-state.json, atomically', async () => {
    const file = join(dir, 'window-state.json')
    saveWindowState(file, state({}))
    expect(loadWindowState(file)).toEqual(state({}))
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it('creates the userData folder when it does not exist yet', () => {
    const file = join(dir, 'new', 'window-state.json')
    saveWindowState(file, state({}))
    expect(loadWindowState(file)).toEqual(state({}))
  })

  it('treats a missing or damaged file as no state', async () => {
    expect(loadWindowState(join(dir, 'missing.json'))).toBeNull()
    const file = join(dir, 'window-state.json')
    await writeFile(file, '{"width": -5')
    expect(loadWindowState(file)).toBeNull()
  })

  it('saves a moment after moving, and at once on close', async () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const save = vi.fn()
    const { win, emit } = fakeWindow()
    trackWindowState(win, file, { debounceMs: 500, save })
    emit('move')
    emit('resize')
    emit('move')
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(500)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith(file, expect.objectContaining({ x: 10, width: 1100 }))
    emit('resize')
    emit('close')
    expect(save).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1000)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('writes the real file on close', async () => {
    const file = join(dir, 'window-state.json')
    const { win, emit } = fakeWindow()
    trackWindowState(win, file)
    emit('close')
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1100,
      height: 700,
      isMaximized: false,
      isFullScreen: false,
    })
  })

  it('never throws out of a failed save', () => {
    const { win, emit } = fakeWindow()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    trackWindowState(win, '/x', {
      save: () => {
        throw new Error('disk full')
      },
    })
    expect(() => emit('close')).not.toThrow()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('does nothing for a destroyed window', () => {
    const save = vi.fn()
    const { win, emit } = fakeWindow({ isDestroyed: () => true })
    trackWindowState(win, '/x', { save })
    emit('close')
    expect(save).not.toHaveBeenCalled()
  })
})
