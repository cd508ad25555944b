/**
 * Remembers the main window's size and position between runs, in window-state.json under
 * userData. The file is validated with zod (a damaged or hand-edited file falls back to the
 * defaults) and the saved bounds are fitted onto the displays that exist now: a window last
 * seen on an unplugged monitor comes back centred on the primary one, never off screen.
 */
import { readFileSync } from 'node:fs'
import type { BrowserWindow, Rectangle } from 'electron'
import { z } from 'zod'
import { writeFileAtomicSync } from './fs-atomic'

export const WINDOW_STATE_FILE = 'window-state.json'

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(100).max(100_000)

const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  isMaximized: z.boolean().default(false),
  isFullScreen: z.boolean().default(false),
})

export type WindowState = z.infer<typeof windowStateSchema>

/** What createMainWindow applies: x/y absent means "let the OS centre it". */
export interface WindowPlacement {
  x?: number
  y?: number
  width: number
  height: number
  isMaximized: boolean
  isFullScreen: boolean
}

export interface DisplayLike {
  workArea: Rectangle
}

export interface WindowSizeDefaults {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

export const DEFAULT_WINDOW_SIZE: WindowSizeDefaults = { width: 1280, height: 820, minWidth: 960, minHeight: 600 }

/** Parses the saved state; anything unreadable or invalid gives null. */
export function parseWindowState(text: string): WindowState | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = windowStateSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}

/** Reads window-state.json; never throws (a missing or broken file means "no saved state"). */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, `${JSON.stringify(windowStateSchema.parse(state), null, 2)}\n`)
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max))
}

function fitSize(width: number, height: number, area: Rectangle | undefined, defaults: WindowSizeDefaults) {
  const maxW = area ? area.width : Number.MAX_SAFE_INTEGER
  const maxH = area ? area.height : Number.MAX_SAFE_INTEGER
  return {
    // The minimum yields to a display smaller than it.
    width: Math.round(clamp(width, Math.min(defaults.minWidth, maxW), maxW)),
    height: Math.round(clamp(height, Math.min(defaults.minHeight, maxH), maxH)),
  }
}

/**
 * Fits the saved state onto the current displays (primary first):
 * - no saved state: the default size (shrunk to the primary work area), centred;
 * - saved position on no display at all: the saved size on the primary display, centred;
 * - otherwise: the display the window overlaps most; the size is shrunk to its work area and
 *   the window moved so it lies wholly inside it (title bar reachable).
 */
export function fitToDisplays(
  state: WindowState | null,
  displays: readonly DisplayLike[],
  defaults: WindowSizeDefaults = DEFAULT_WINDOW_SIZE,
): WindowPlacement {
  const primary = displays[0]?.workArea
  const isMaximized = state?.isMaximized ?? false
  const isFullScreen = state?.isFullScreen ?? false
  if (!state) return { ...fitSize(defaults.width, defaults.height, primary, defaults), isMaximized, isFullScreen }

  if (state.x === undefined || state.y === undefined || displays.length === 0) {
    return { ...fitSize(state.width, state.height, primary, defaults), isMaximized, isFullScreen }
  }

  const rect: Rectangle = { x: state.x, y: state.y, width: state.width, height: state.height }
  let best: Rectangle | null = null
  let bestArea = 0
  for (const display of displays) {
    const area = overlapArea(rect, display.workArea)
    if (area > bestArea) {
      best = display.workArea
      bestArea = area
    }
  }
  if (!best) return { ...fitSize(state.width, state.height, primary, defaults), isMaximized, isFullScreen }

  const size = fitSize(state.width, state.height, best, defaults)
  return {
    x: Math.round(clamp(state.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(state.y, best.y, best.y + best.height - size.height)),
    ...size,
    isMaximized,
    isFullScreen,
  }
}

/** The subset of BrowserWindow the tracker uses (so tests can pass a fake). */
export type TrackableWindow = Pick<
  BrowserWindow,
  'on' | 'getBounds' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen' | 'isDestroyed'
>

/** The window's state now; the normal (restored) bounds while maximized, minimized or full screen. */
export function captureWindowState(win: TrackableWindow): WindowState {
  const isMaximized = win.isMaximized()
  const isFullScreen = win.isFullScreen()
  const bounds = isMaximized || isFullScreen || win.isMinimized() ? win.getNormalBounds() : win.getBounds()
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(100, Math.round(bounds.width)),
    height: Math.max(100, Math.round(bounds.height)),
    isMaximized,
    isFullScreen,
  }
}

/**
 * Saves the state a moment after the window stops moving or resizing, and at once when it
 * closes. Returns a function that saves immediately (used by tests).
 */
export function trackWindowState(
  win: TrackableWindow,
  file: string,
  options: { debounceMs?: number; save?: (file: string, state: WindowState) => void } = {},
): () => void {
  const { debounceMs = 500, save = saveWindowState } = options
  let timer: ReturnType<typeof setTimeout> | null = null

  const saveNow = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
    if (win.isDestroyed()) return
    try {
      save(file, captureWindowState(win))
    } catch (error) {
      console.warn('[window-state] 无法保存窗口位置', error)
    }
  }
  const schedule = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(saveNow, debounceMs)
  }

  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) {
    win.on(event as 'resize', schedule)
  }
  win.on('close', saveNow)
  return saveNow
}
