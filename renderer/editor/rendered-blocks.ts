// Which part of a long article to paint. With content-visibility: auto
// (styles.css, .long-article) the browser lays out only the blocks near the
// screen, a group of them at a time (block-groups.ts), and says when one
// starts or stops being skipped (contentvisibilityautostatechange, on each
// of the doc's top-level nodes: the groups, and a leading title). Marks in the text (the
// annotations' highlights, the suggestions' underlines) are painted in a
// window of blocks around those: 10,000 highlights and 3,000 suggestions
// drawn all through a 1 MB article cost the open, every repaint and every
// frame of a scroll, for text nobody sees. The window moves only when the
// blocks laid out reach past it, every few dozen blocks of scrolling.

import type { Node } from 'prosemirror-model'

export interface DocRange { from: number; to: number }

// The first and the last block (their indices in the doc: top-level
// nodes, so a group counts as one).
interface BlockSpan { first: number; last: number }

// Groups painted beyond those laid out, each way (16 blocks or more each).
const AHEAD = 1
// More groups than a screen can show at once.
const WIDE = 10

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
  const rendered = new Set<Element>()
  // Each block element's index in the doc, found once (the text never
  // changes; a block drawn again is a new element).
  const indexOf = new WeakMap<Element, number>()
  let held: BlockSpan | null = null
  let frame = 0
  let waited = 0
  const update = () => {
    frame = 0
    let first = Infinity, last = -1
    for (const block of rendered) {
      // A block the view has since replaced says so again when laid out.
      if (block.parentNode !== view.dom) { rendered.delete(block); continue }
      let index = indexOf.get(block)
      if (index === undefined) indexOf.set(block, index = view.state.doc.resolve(view.posAtDOM(block, 0)).index(0))
      first = Math.min(first, index)
      last = Math.max(last, index)
    }
    // Blocks far apart laid out at once are a jump half reported (those
    // left behind say they are skipped a frame later): look again then.
    if (last - first > WIDE && waited++ < 3) { frame = requestAnimationFrame(update); return }
    waited = 0
    // Kept while the blocks laid out are inside it and it is not much
    // wider than they need (a window made too wide shrinks again).
    if (last < 0 || (held && first >= held.first && last <= held.last && held.last - held.first <= last - first + 4 * AHEAD)) return
    held = { first: Math.max(0, first - AHEAD), last: last + AHEAD }
    const area = docRange(view.state.doc, held)
    windows.set(view, area)
    moved(area)
  }
  const noted = (event: Event) => {
    const block = event.target as Element
    if (block.parentNode !== view.dom) return
    if ((event as Event & { skipped: boolean }).skipped) rendered.delete(block)
    else rendered.add(block)
    // The events of one frame come together: one look at them, before the
    // next frame is drawn.
    frame ||= requestAnimationFrame(update)
  }
  // Captured: the event is sent to each block and need not bubble.
  view.dom.addEventListener('contentvisibilityautostatechange', noted, true)
  return () => {
    cancelAnimationFrame(frame)
    view.dom.removeEventListener('contentvisibilityautostatechange', noted, true)
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
