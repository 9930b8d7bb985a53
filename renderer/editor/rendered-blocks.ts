// Which part of a long article to paint. Marks in the text (the
// annotations' highlights, the suggestions' underlines) are painted in a
// window of blocks around those near the screen: 10,000 highlights and
// 3,000 suggestions drawn all through a 1 MB article cost the open, every
// repaint and every frame of a scroll, for text nobody sees. Which blocks
// are near comes from an IntersectionObserver on every STEP-th block (its
// pass runs once a frame over 1/STEP of the blocks; content-visibility:
// auto on every block, which this followed before, cost Chromium a pass
// over all of them in each round of a frame's lifecycle). The window
// moves only when the blocks seen reach past it, every few dozen blocks
// of scrolling.

import type { Node } from 'prosemirror-model'

export interface DocRange { from: number; to: number }

// The first and the last block (their indices in the doc).
interface BlockSpan { first: number; last: number }

// Blocks painted beyond those near the screen, each way.
const AHEAD = 16
// One block in STEP is watched; the window reaches STEP further each way
// for the blocks between.
const STEP = 8
// Near the screen: within a screen's height of it.
const NEAR = '100% 0px'
// More blocks than a screen can show at once.
const WIDE = 150

// What is asked of the view: its DOM, its doc, where a DOM node is in it.
export interface BlockView {
  readonly dom: Element
  readonly state: { readonly doc: Node }
  posAtDOM(node: globalThis.Node, offset: number): number
}

const windows = new WeakMap<object, DocRange>()

// The part of the doc to paint marks in; null: all of it (a short article).
export function paintWindow(view: object): DocRange | null {
  return windows.get(view) ?? null
}

// Where a long article's window starts, before anything is laid out: its top.
export function firstWindow(doc: Node): DocRange {
  return docRange(doc, { first: 0, last: 2 * AHEAD })
}

// Follows the view's blocks from `start` on; `moved` runs (once per frame at
// most) when the window moved. Returns the stop.
export function followLayout(view: BlockView, start: DocRange, moved: (window: DocRange) => void): () => void {
  windows.set(view, start)
  const near = new Set<Element>()
  // Each watched block element's index in the doc, found once (the text
  // never changes; a block drawn again is a new element).
  const indexOf = new WeakMap<Element, number>()
  let held: BlockSpan | null = null
  let frame = 0
  let waited = 0
  const update = () => {
    frame = 0
    let first = Infinity, last = -1
    for (const block of near) {
      // A block the view has since replaced (its new element is watched).
      if (block.parentNode !== view.dom) { near.delete(block); continue }
      const index = indexOf.get(block)!
      first = Math.min(first, index)
      last = Math.max(last, index)
    }
    // Blocks far apart near at once are a jump half reported (those left
    // behind say they are off screen a frame later): look again then.
    if (last - first > WIDE && waited++ < 3) { frame = requestAnimationFrame(update); return }
    waited = 0
    if (last < 0) return
    // The blocks between two watched ones are near too.
    first = Math.max(0, first - STEP)
    last += STEP
    // Kept while the blocks near are inside it and it is not much wider
    // than they need (a window made too wide shrinks again).
    if (held && first >= held.first && last <= held.last && held.last - held.first <= last - first + 4 * AHEAD) return
    held = { first: Math.max(0, first - AHEAD), last: last + AHEAD }
    const area = docRange(view.state.doc, held)
    windows.set(view, area)
    moved(area)
  }
  const seen = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting && entry.target.parentNode === view.dom) near.add(entry.target)
      else near.delete(entry.target)
    }
    // The entries of one frame come together: one look at them, before
    // the next frame is drawn.
    frame ||= requestAnimationFrame(update)
  }, { rootMargin: NEAR })
  const watch = (block: globalThis.Node) => {
    if (!(block instanceof Element) || block.parentNode !== view.dom) return
    const index = view.state.doc.resolve(view.posAtDOM(block, 0)).index(0)
    if (index % STEP !== 0 && index !== view.state.doc.childCount - 1) return
    indexOf.set(block, index)
    seen.observe(block)
  }
  for (const block of view.dom.children) watch(block)
  // Blocks the view draws again are watched anew, those it drops no more.
  const redrawn = new MutationObserver((records) => {
    for (const record of records) {
      for (const block of record.removedNodes) if (block instanceof Element) { seen.unobserve(block); near.delete(block) }
      for (const block of record.addedNodes) watch(block)
    }
  })
  redrawn.observe(view.dom, { childList: true })
  return () => {
    cancelAnimationFrame(frame)
    seen.disconnect()
    redrawn.disconnect()
    windows.delete(view)
  }
}

// For tests: the window given.
export function setPaintWindow(view: object, window: DocRange): void {
  windows.set(view, window)
}

// Whether [from, to) is painted in the window (null: everything is).
export function inWindow(window: DocRange | null, from: number, to: number): boolean {
  return !window || (from < window.to && to > window.from)
}

function docRange(doc: Node, { first, last }: BlockSpan): DocRange {
  let from = 0, to = doc.content.size
  doc.forEach((node, offset, index) => {
    if (index === first) from = offset
    if (index === last) to = offset + node.nodeSize
  })
  return { from, to }
}
