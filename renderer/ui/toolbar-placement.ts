// Where the selection toolbar goes. Pure geometry on plain rectangles
// (viewport coordinates), so it is unit-tested without a browser.
//
// The toolbar must never cover what the reader needs next: the selected
// text and the rest of its sentence, where the attribution usually stands
// ("..., Xinhua News Agency reported"). Above the selection's first line
// covers neither (the rest of the sentence runs on below it), so that is
// preferred; below the end of the sentence is the fallback; both stay
// inside the free area (the viewport less the app bar and the sidebar).

export interface Rect { left: number; top: number; right: number; bottom: number }
export interface Size { width: number; height: number }
export interface Placement { left: number; top: number; side: 'above' | 'below' }

const GAP = 8

// The viewport less the app bar (a band across the top) and the sidebar:
// beside the text on a wide window, below it on a narrow one.
export function freeArea(viewport: Size, appBarBottom: number, sidebar: Rect | null): Rect {
  const area = { left: 0, top: Math.max(0, appBarBottom), right: viewport.width, bottom: viewport.height }
  if (!sidebar || sidebar.right <= sidebar.left || sidebar.bottom <= sidebar.top) return area
  if (sidebar.left >= viewport.width / 2) area.right = Math.min(area.right, sidebar.left)
  else if (sidebar.top < area.bottom) area.bottom = Math.max(area.top, sidebar.top)
  return area
}

// The widest the toolbar may be in the area: its buttons wrap onto more
// rows rather than run past it (over the drawer of a narrow window).
export function widestIn(area: Rect): number {
  return Math.max(0, area.right - area.left - 2 * GAP)
}

// `keepClear` are the line boxes of the selection and the rest of its
// sentence, the first being where the selection starts.
export function placeToolbar(keepClear: readonly Rect[], size: Size, area: Rect): Placement {
  const first = keepClear[0]
  if (!first) return { left: area.left + GAP, top: area.top + GAP, side: 'above' }
  const top = Math.min(...keepClear.map((r) => r.top))
  const bottom = Math.max(...keepClear.map((r) => r.bottom))
  const left = clamp(first.left, area.left + GAP, area.right - GAP - size.width)

  const above = top - GAP - size.height
  const below = bottom + GAP
  const fits = (y: number) => y >= area.top + GAP && y + size.height <= area.bottom - GAP
  if (fits(above)) return { left, top: above, side: 'above' }
  if (fits(below)) return { left, top: below, side: 'below' }
  // No room on either side (the selection fills the window, or is scrolled
  // out of it): the side with more room, pinned inside the area.
  const roomAbove = top - area.top
  const roomBelow = area.bottom - bottom
  const side = roomAbove >= roomBelow ? 'above' : 'below'
  const wanted = side === 'above' ? above : below
  return { left, top: clamp(wanted, area.top + GAP, area.bottom - GAP - size.height), side }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)))
}

// Where the sentence holding [start, end) ends: after the next full stop,
// question or exclamation mark (with any closing quote) followed by a space
// or the end of the paragraph. Looks at most `limit` characters ahead, so
// a long paragraph without stops costs a bounded scan.
export function sentenceEnd(text: string, end: number, limit = 600): number {
  const stop = Math.min(text.length, end + limit)
  for (let i = Math.max(0, end - 1); i < stop; i++) {
    const c = text[i]!
    if (c === '\n') return Math.max(end, i)
    if (c !== '.' && c !== '!' && c !== '?') continue
    let j = i + 1
    while (j < stop && /["'”’)\]]/.test(text[j]!)) j++
    if (j >= text.length || /\s/.test(text[j]!)) {
      if (j >= end) return j
    }
  }
  return Math.max(end, stop)
}
