// Changes what the read-only article paints (annotations, suggestions, the
// byline) without losing the reader's selection. The view hears of the
// page's selection on "selectionchange", a task after it changed, and a
// redraw sets the selection the view last heard of: a repaint landing in
// between (a save's answer, a slice of suggestions) would undo a sentence a
// key or a drag had just selected, and the next mark would take the old
// text. So the view reads the page's selection first. A redraw may also
// replace the text nodes the selection lies in (a decoration wraps them),
// which leaves it collapsed; it is put back where it was, in document
// positions, which a repaint does not move. ProseMirror reads the page's
// selection once more after it wrote the DOM, to see whether it holds it;
// in Chromium that read lays the article out there and then (3 ms a key
// press on a 1 MB article). When the selection lies wholly outside the
// view, or there is none, the view's writes cannot move it: the view is
// given what was read before them for the dispatch.

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
  const outside = kept ? null : outsideView(view)
  if (outside) dispatchWith(view, change(view.state), outside)
  else view.dispatch(change(view.state))
  if (kept) putBack(view as DomView, kept)
}

interface SelectionRange { anchorNode: Node | null; anchorOffset: number; focusNode: Node | null; focusOffset: number }

// The page's selection when it has no end inside the view; null when it
// has one, or the view has no DOM (a test's).
function outsideView(view: PaintedView): SelectionRange | null {
  const dom = (view as Partial<DomView>).dom
  const selection = dom?.ownerDocument.getSelection()
  if (!dom || !selection) return null
  if (selection.rangeCount === 0) return { anchorNode: null, anchorOffset: 0, focusNode: null, focusOffset: 0 }
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection
  if ((anchorNode && dom.contains(anchorNode)) || (focusNode && dom.contains(focusNode))) return null
  return { anchorNode, anchorOffset, focusNode, focusOffset }
}

// `domSelectionRange` is the view's one way to the page's selection.
function dispatchWith(view: PaintedView, tr: Transaction, range: SelectionRange): void {
  const own = view as PaintedView & { domSelectionRange?: () => SelectionRange }
  own.domSelectionRange = () => range
  try {
    view.dispatch(tr)
  } finally {
    delete own.domSelectionRange
  }
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
