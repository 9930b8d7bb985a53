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
export interface BlockSpan { first: number; last: number }

// Groups painted beyond those laid out, each way (16 blocks or more each).
const AHEAD = 1
// More groups than a screen can show at once.
const WIDE = 10
// Groups taken off the window's far side in one idle step.
const TRIM = 2
// At most this long (ms) before a window too wide is trimmed.
const TRIM_WAIT = 500

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
    const step = windowStep(held, first, last, view.state.doc.childCount)
    if (step.kind === 'keep') return
    // Taking away what is far behind waits for an idle moment (a step at a
    // time), so a frame of a scroll paints only what comes in.
    if (step.kind === 'shrink' && !later) { trimSoon(); return }
    // Blocks laid out that the window lacks are painted now, before this
    // frame is drawn. The window growing ahead of them (blocks not laid
    // out yet) waits until the frame is drawn, in a task of its own: done
    // in the frame, it made the longest task of a long article's scroll.
    if (held && first >= held.first && last <= held.last && !later) { aheadSoon(); return }
    held = step.span
    const area = docRange(view.state.doc, held)
    windows.set(view, area)
    moved(area)
    if (windowStep(held, first, last, view.state.doc.childCount).kind === 'shrink') trimSoon()
  }
  // Run in a task of their own: growing ahead (after this frame), trimming (when idle).
  let later = false
  const runLater = () => {
    later = true
    try { update() } finally { later = false }
  }
  let ahead: MessageChannel | null = null
  const aheadSoon = () => {
    if (ahead) return
    ahead = new MessageChannel()
    ahead.port1.onmessage = () => {
      ahead?.port1.close()
      ahead = null
      runLater()
    }
    ahead.port2.postMessage(null)
  }
  let idle = 0
  const trimSoon = () => {
    idle ||= requestIdleCallback(() => {
      idle = 0
      runLater()
      // Still too wide: another step at the next idle moment.
      if (held && windowStep(held, ...laidOut(), view.state.doc.childCount).kind === 'shrink') trimSoon()
    }, { timeout: TRIM_WAIT })
  }
  const laidOut = (): [number, number] => {
    let first = Infinity, last = -1
    for (const block of rendered) {
      const index = indexOf.get(block)
      if (index === undefined || block.parentNode !== view.dom) continue
      first = Math.min(first, index)
      last = Math.max(last, index)
    }
    return [first, last]
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
    cancelIdleCallback(idle)
    ahead?.port1.close()
    view.dom.removeEventListener('contentvisibilityautostatechange', noted, true)
    windows.delete(view)
  }
}

// What the window does when the blocks laid out are first..last (indices
// of the doc's `count` top-level nodes; last < 0: none). grow: they reach
// its edge or went past it on one side (a scroll): it reaches on there, a
// group ahead of them, and keeps what it had on the other side, so a frame
// of a scroll paints what comes in and takes nothing away (on a 1 MB
// article a move that did both, in the scroll's frame, was the scroll's
// longest task). keep: inside it, and it is not much wider than they need.
// shrink: too wide: the far side is taken in by up to TRIM groups (done
// when the page is idle). jump: far from it: a new window.
export type WindowStep = { kind: 'keep' } | { kind: 'grow' | 'shrink' | 'jump'; span: BlockSpan }

export function windowStep(held: BlockSpan | null, first: number, last: number, count: number): WindowStep {
  if (last < 0) return { kind: 'keep' }
  const tight = { first: Math.max(0, first - AHEAD), last: Math.min(count - 1, last + AHEAD) }
  if (!held) return { kind: 'jump', span: tight }
  if (first > held.last + 1 || last < held.first - 1) return { kind: 'jump', span: tight }
  const grown = { first: Math.min(held.first, tight.first), last: Math.max(held.last, tight.last) }
  if (grown.first !== held.first || grown.last !== held.last) return { kind: 'grow', span: grown }
  if (held.last - held.first <= last - first + 4 * AHEAD) return { kind: 'keep' }
  return { kind: 'shrink', span: { first: Math.min(tight.first, held.first + TRIM), last: Math.max(tight.last, held.last - TRIM) } }
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
