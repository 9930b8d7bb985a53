// Which of a long article's blocks the browser lays out. With
// content-visibility: auto (styles.css, .long-article) only the blocks near
// the screen are rendered, and Chromium says when one starts or stops being
// skipped (contentvisibilityautostatechange, on each block). What only
// shows on screen, and costs a redraw of the text it touches (the
// suggestions' underlines), is painted in those blocks alone: the first
// paint of 3,000 suggestions would otherwise patch every paragraph of a
// 1 MB article, in tasks that hold the page while it is scrolled.

// The first and the last block laid out (their indices in the doc).
export interface BlockSpan { first: number; last: number }

// What is asked of the view: its DOM, and where a DOM node is in the doc.
export interface BlockView {
  readonly dom: Element
  readonly state: { readonly doc: { resolve(pos: number): { depth: number; index(depth: number): number } } }
  posAtDOM(node: Node, offset: number): number
}

// index: each block element's place in the doc, found once (the text of
// the article never changes; a block drawn again is a new element).
interface Tracker { rendered: Set<Element>; span: BlockSpan | null | undefined; index: WeakMap<Element, number> }

const trackers = new WeakMap<object, Tracker>()

// The blocks laid out now; null when none is yet (or the view is not
// tracked: see tracked()).
export function renderedBlocks(view: object): BlockSpan | null {
  const tracker = trackers.get(view)
  if (!tracker) return null
  if (tracker.span === undefined) tracker.span = spanOf(view as BlockView, tracker)
  return tracker.span
}

// Whether the view's blocks are followed (a long article).
export function tracked(view: object): boolean {
  return trackers.has(view)
}

// Follows the view's blocks from now on; `changed` runs once per frame in
// which some came into or went out of layout. Returns the stop.
export function trackRenderedBlocks(view: BlockView, changed: () => void): () => void {
  const tracker: Tracker = { rendered: new Set(), span: undefined, index: new WeakMap() }
  trackers.set(view, tracker)
  let frame = 0
  const noted = (event: Event) => {
    const block = event.target as Element
    if (block.parentNode !== view.dom) return
    if ((event as Event & { skipped: boolean }).skipped) tracker.rendered.delete(block)
    else tracker.rendered.add(block)
    tracker.span = undefined
    // The events of one frame come together: one repaint for them, before
    // the next frame is drawn.
    frame ||= requestAnimationFrame(() => { frame = 0; changed() })
  }
  // Captured: the event is sent to each block and need not bubble.
  view.dom.addEventListener('contentvisibilityautostatechange', noted, true)
  return () => {
    cancelAnimationFrame(frame)
    view.dom.removeEventListener('contentvisibilityautostatechange', noted, true)
    trackers.delete(view)
  }
}

// For tests: the blocks laid out, given.
export function setRenderedBlocks(view: object, span: BlockSpan): void {
  trackers.set(view, { rendered: new Set(), span, index: new WeakMap() })
}

function spanOf(view: BlockView, { rendered, index: indexOf }: Tracker): BlockSpan | null {
  let first = Infinity, last = -1
  for (const block of rendered) {
    // A block the view has since replaced says so again when laid out.
    if (block.parentNode !== view.dom) { rendered.delete(block); continue }
    let index = indexOf.get(block)
    if (index === undefined) indexOf.set(block, index = view.state.doc.resolve(view.posAtDOM(block, 0)).index(0))
    first = Math.min(first, index)
    last = Math.max(last, index)
  }
  return last < 0 ? null : { first, last }
}
