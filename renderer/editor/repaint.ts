// Changes what the read-only article paints (annotations, suggestions, the
// byline) without losing the reader's selection. The view hears of the
// page's selection on "selectionchange", a task after it changed, and a
// redraw sets the selection the view last heard of: a repaint landing in
// between (a save's answer, a slice of suggestions) would undo a sentence a
// key or a drag had just selected, and the next mark would take the old
// text. So the view reads the page's selection first. A redraw may also
// replace the text nodes the selection lies in (a decoration wraps them),
// which leaves it collapsed; it is put back where it was, in document
// positions, which a repaint does not move.

import type { EditorState, Transaction } from 'prosemirror-state'

export interface PaintedView {
  state: EditorState
  dispatch(tr: Transaction): void
}

interface DomView extends PaintedView {
  dom: HTMLElement
  posAtDOM(node: Node, offset: number): number
  domAtPos(pos: number): { node: Node; offset: number }
}

export function repaint(view: PaintedView, change: (state: EditorState) => Transaction): void {
  // The observer is internal to prosemirror-view; its flush is what a
  // "selectionchange" runs. A view without one (a test's) has nothing to read.
  ;(view as { domObserver?: { flush?(): void } }).domObserver?.flush?.()
  const kept = selected(view)
  view.dispatch(change(view.state))
  if (kept) putBack(view as DomView, kept)
}

// The page's selection inside the view, as document positions; null when
// there is none, it is collapsed, or the view has no DOM (a test's).
function selected(view: PaintedView): { anchor: number; head: number } | null {
  const v = view as Partial<DomView>
  if (!v.dom || !v.posAtDOM) return null
  const selection = v.dom.ownerDocument.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection
  if (!anchorNode || !focusNode || !v.dom.contains(anchorNode) || !v.dom.contains(focusNode)) return null
  return { anchor: v.posAtDOM(anchorNode, anchorOffset), head: v.posAtDOM(focusNode, focusOffset) }
}

function putBack(view: DomView, kept: { anchor: number; head: number }): void {
  const now = selected(view)
  if (now && now.anchor === kept.anchor && now.head === kept.head) return
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection) return
  const anchor = view.domAtPos(kept.anchor)
  const head = view.domAtPos(kept.head)
  selection.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset)
}
