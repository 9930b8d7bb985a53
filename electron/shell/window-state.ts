// Where the window opens: where it was left, when that place is still on a
// display; else the saved size centred on the main display, shrunk to fit
// its work area. Pure, so displays removed or resized can be tested.

import { z } from 'zod'

export const Bounds = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
})
export type Bounds = z.infer<typeof Bounds>

export const WindowState = z.strictObject({ bounds: Bounds, maximized: z.boolean() })
export type WindowState = z.infer<typeof WindowState>

export interface Display { workArea: Bounds }

export const DEFAULT_SIZE = { width: 1200, height: 860 }
const MIN_SIZE = { width: 480, height: 360 }
// How much of the title bar must be on a display to grab the window.
const GRAB = { width: 120, height: 32 }

// The bounds to open with (x/y absent: let the OS centre it), and whether
// to maximise.
export function restoreWindow(saved: WindowState | null, displays: readonly Display[]): { bounds: Partial<Bounds> & { width: number; height: number }; maximized: boolean } {
  const primary = displays[0]?.workArea
  const size = saved ? saved.bounds : DEFAULT_SIZE
  const fit = (area: Bounds | undefined) => ({
    width: clampSize(size.width, MIN_SIZE.width, area?.width),
    height: clampSize(size.height, MIN_SIZE.height, area?.height),
  })
  if (!saved) return { bounds: fit(primary), maximized: false }
  const home = displays.find((d) => titleBarOn(saved.bounds, d.workArea))
  if (home) {
    const { width, height } = fit(home.workArea)
    const area = home.workArea
    // Kept where it was, pulled in only as far as needed to fit its display.
    const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width)
    const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height)
    return { bounds: { x, y, width, height }, maximized: saved.maximized }
  }
  if (!primary) return { bounds: fit(undefined), maximized: saved.maximized }
  const { width, height } = fit(primary)
  return {
    bounds: { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height },
    maximized: saved.maximized,
  }
}

function clampSize(size: number, min: number, max: number | undefined): number {
  const upper = max ?? size
  return Math.max(Math.min(size, upper), Math.min(min, upper))
}

// Enough of the window's top edge lies on the display to grab and move it.
function titleBarOn(window: Bounds, area: Bounds): boolean {
  const left = Math.max(window.x, area.x)
  const right = Math.min(window.x + window.width, area.x + area.width)
  const top = window.y
  return right - left >= Math.min(GRAB.width, window.width) && top >= area.y && top + GRAB.height <= area.y + area.height
}

// What is saved: the size and place the window has when not maximised, so
// it comes back to that, with whether it was maximised.
export function windowStateOf(normal: Bounds, maximized: boolean): WindowState {
  const round = (n: number, min: number) => Math.max(min, Math.min(100_000, Math.round(n)))
  return {
    bounds: { x: round(normal.x, -100_000), y: round(normal.y, -100_000), width: round(normal.width, 1), height: round(normal.height, 1) },
    maximized,
  }
}
