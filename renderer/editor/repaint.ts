// Changes what the read-only article paints (annotations, suggestions, the
// byline) without putting back an older selection. The view hears of the
// page's selection on "selectionchange", a task after it changed, and a
// redraw sets the selection the view last heard of: a repaint landing in
// between (a save's answer, a slice of suggestions) would undo a sentence a
// key or a drag had just selected, and the next mark would take the old
// text. So the view reads the page's selection first.

import type { EditorState, Transaction } from 'prosemirror-state'

export interface PaintedView {
  state: EditorState
  dispatch(tr: Transaction): void
}

export function repaint(view: PaintedView, change: (state: EditorState) => Transaction): void {
  // The observer is internal to prosemirror-view; its flush is what a
  // "selectionchange" runs. A view without one (a test's) has nothing to read.
  ;(view as { domObserver?: { flush?(): void } }).domObserver?.flush?.()
  view.dispatch(change(view.state))
}
