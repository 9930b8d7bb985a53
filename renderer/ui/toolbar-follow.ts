// The toolbar follows the selection, else the current annotation; it
// gives way to the note editor and the library, and stays put while its
// picker is in use. Placed at most once a frame however often it is asked
// for; a scroll only moves it.

import { describe } from '../../shared/anchoring/describe.ts'
import type { Target } from '../../shared/model/annotation.ts'
import type { Reader } from '../reader.ts'
import { selectedSpan } from '../selection.ts'
import { PlacementInputs } from './placement-inputs.ts'
import type { Sidebar } from './sidebar.ts'
import type { Toolbar } from './toolbar.ts'
import { keepClearRects } from './toolbar-anchor.ts'

export interface ToolbarFollow {
  // Placed now.
  place(): void
  // Placed in the next frame; bySelection: asked for by a selection change.
  placeNextFrame(bySelection?: boolean): void
  // The selection it was last shown for.
  shownFor(): Target | null
}

export function followSelection(toolbar: Toolbar, reader: Reader, sidebar: Sidebar, libraryShown: () => boolean): ToolbarFollow {
  let shownFor: Target | null = null
  // The span the toolbar was last placed beside.
  let placedBy: { start: number; end: number } | null = null
  const placedFrom = new PlacementInputs(() => {
    const session = reader.current?.session
    return [reader.current, session?.current, session?.annotations, session?.sources, libraryShown(), sidebar.editing]
  })
  const placeToolbar = () => {
    if (toolbar.picking) return
    placedFrom.note()
    const opened = reader.current
    shownFor = null
    placedBy = null
    if (!opened || libraryShown() || sidebar.editing) return toolbar.hide()
    const { session } = opened
    // Kept by the session, not counted over every annotation here.
    const uses = session.tally.counts
    const span = selectedSpan(opened.view, opened.map)
    const current = session.currentAnnotation()
    const painted = current ? opened.painter.span(current.id) : null
    if (span) {
      shownFor = describe(opened.map.text, span.start, span.end)
      placedBy = span
      toolbar.show(keepClearRects(opened, span), { sources: session.sources, uses, pressed: { sources: [] } })
      // The claim this may become is listed where the sidebar may not be:
      // its neighbours' cards are drawn now, not in the key's task.
      sidebar.prepareAt(span.start)
    } else if (current && painted) {
      placedBy = painted
      toolbar.show(keepClearRects(opened, painted), { sources: session.sources, uses, pressed: { kind: current.kind, sources: current.sources } })
    } else {
      toolbar.hide()
    }
  }
  let placing = false
  // Asked for by selection changes only: a key that marks a claim takes the
  // selection away in its task and has the claim placed in the next frame;
  // the "selectionchange" comes after that frame, and placing again then
  // would work out the same place a frame later. So it asks for no frame
  // when nothing the placement goes by changed since: a frame asked for
  // then ran before the claim's save answer, which waited behind it, and
  // the save (the same span, kind and sources, under its stored id) then
  // had the toolbar placed again in the frame that shows "saved".
  let selectionOnly = true
  const placeNextFrame = (bySelection = false) => {
    if (!bySelection) selectionOnly = false
    if (placing) return
    if (bySelection && placedFrom.unchanged()) return
    placing = true
    requestAnimationFrame(() => {
      placing = false
      const same = selectionOnly && placedFrom.unchanged()
      selectionOnly = true
      if (!same) placeToolbar()
    })
  }
  const placeSoon = () => { if (toolbar.shown) placeNextFrame() }
  // A scroll moves the span on screen and changes nothing else: the toolbar
  // is only placed again (its buttons, the sources' counts and the
  // selection stay as they were, and are not worked out again each frame).
  let moving = false
  const moveSoon = () => {
    if (moving || !toolbar.shown) return
    moving = true
    requestAnimationFrame(() => {
      moving = false
      const opened = reader.current
      if (opened && placedBy && !toolbar.picking) toolbar.move(keepClearRects(opened, placedBy))
      else placeToolbar()
    })
  }
  window.addEventListener('scroll', moveSoon, { passive: true })
  window.addEventListener('resize', placeSoon)
  return { place: placeToolbar, placeNextFrame, shownFor: () => shownFor }
}
