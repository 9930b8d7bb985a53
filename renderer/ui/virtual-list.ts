// A list that puts in the DOM only the rows near the screen, for lists of
// thousands (the sidebar's annotation cards, the library's documents).
// Rows may differ in height: a ResizeObserver tells each drawn row's height
// once the browser has laid it out (and again when it changes), so drawing
// never reads layout back and forces it mid-frame; rows never drawn count at
// the average measured so far. Where the list is seen is read from layout in
// the frame and resize callbacks, when the browser has laid out already;
// adding a row (insert, replaceAt) and reveal use what was read then and only
// write, so a key press that adds an annotation beside a long article does
// not make the browser lay out the page again in the middle of the task.
// Spacers stand for the rows left out, so the scroll bar and scroll
// positions stay those of the whole list. The row holding the focus, and any
// the owner keeps, stay drawn.
//
// Screen readers still hear the whole list: each row says its place and
// the list's length (aria-posinset, aria-setsize); spacers are hidden.
//
// The arithmetic is in virtual-range.ts, the items with their keys and
// sizes in virtual-items.ts, where the list is seen in virtual-geometry.ts,
// what an owner gives the list in virtual-options.ts.

import { ListGeometry } from './virtual-geometry.ts'
import { ListItems } from './virtual-items.ts'
import { pieces, scrollToShow, visibleRange, type Range } from './virtual-range.ts'
import type { VirtualListOptions } from './virtual-options.ts'
import { fitSpacers, newSpacer, putChildren, setHeight, setIfChanged } from './virtual-spacers.ts'

export class VirtualList<T> {
  #o: Required<Omit<VirtualListOptions<T>, 'keep' | 'stamp' | 'placed'>> & Pick<VirtualListOptions<T>, 'keep' | 'stamp' | 'placed'>
  #geo: ListGeometry
  // A row reveal brought into view by the sizes known, checked against its
  // box in the next frame (its size may have been an estimate).
  #revealing: { key: string; margin: number } | null = null
  // How far reveal has yet to scroll (made in the next frame).
  #scrollPending = 0
  #items: ListItems<T>
  // The rows in the DOM now, by key.
  #drawn = new Map<string, HTMLElement>()
  // The stamp of each drawn row when it was made.
  #stamps = new Map<string, readonly unknown[]>()
  #keyOf = new WeakMap<Element, string>()
  #shown: number[] = []
  #scheduled = 0
  // The row prepare was last asked for: the rows a reveal of it would show
  // stay drawn (and measured) until a reveal or new items.
  #near: string | null = null
  // Tells the drawn rows' heights, after layout.
  #rows: ResizeObserver

  constructor(options: VirtualListOptions<T>) {
    this.#o = { overscan: 600, drawAllUpTo: 0, scrollWindow: true, ...options }
    this.#geo = new ListGeometry(options.list, options.scroller, () => this.#schedule())
    this.#items = new ListItems(options.key, options.estimate)
    this.#rows = new ResizeObserver((entries) => this.#resized(entries))
  }

  get items(): readonly T[] {
    return this.#items.list
  }

  // The rows drawn now, in order (for tests and for the owner's focus work).
  get drawn(): readonly number[] {
    return this.#shown
  }

  indexOf(key: string): number {
    return this.#items.indexOf(key)
  }

  // The row's element, when it is drawn.
  element(key: string): HTMLElement | null {
    return this.#drawn.get(key) ?? null
  }

  // New items (or the same ones changed): a drawn row is made again unless
  // its stamp says it shows the same.
  setItems(items: readonly T[]): void {
    this.#near = null
    this.#items.set(items)
    // What is around the list may have changed with it.
    this.#geo.forget()
    this.#redraw(this.#drawn.keys())
  }

  // One item put in at `index` (a new annotation): the others' places move
  // one on, and only drawn rows whose stamp changed are made again; no row
  // is made for the items around it.
  insert(index: number, item: T): void {
    this.#items.insert(index, item)
    this.#shown = this.#shown.map((row) => row >= index ? row + 1 : row)
    this.#redraw(this.#drawn.keys())
  }

  // The item at `index` replaced by another (a key that changed: an
  // annotation saved under its stored id), keeping its measured size.
  replaceAt(index: number, item: T): void {
    if (this.#items.replaceAt(index, item)) this.#redraw(this.#drawn.keys())
  }

  // The same items, some showing something else now (by their stamps):
  // only the drawn rows are looked at.
  restamp(): void {
    this.#redraw(this.#drawn.keys())
  }

  // Items from `start` on replaced by these (a page of a long list come in):
  // the rest of the list is not gone through again.
  replaceItems(start: number, items: readonly T[]): void {
    this.#redraw(this.#items.replaceFrom(start, items).filter((key) => this.#drawn.has(key)))
  }

  // Drops the drawn rows among `keys` that no longer show their item as
  // it is now (by stamp), then draws.
  #redraw(keys: Iterable<string>): void {
    const stamp = this.#o.stamp
    for (const key of [...keys]) {
      const at = this.#items.indexOf(key)
      const was = this.#stamps.get(key)
      if (!stamp || at < 0 || !was || !sameValues(was, stamp(this.#items.list[at]!))) this.#drawn.delete(key)
    }
    this.#draw(true)
  }

  // Scrolls as little as possible to bring the row into view (with a margin),
  // draws it, and answers its element. It goes by the sizes known and where
  // the list was last seen: the rows are drawn now for where the view will
  // be, and the scroll is made in the next frame, before it is painted (a
  // scroll now would make the browser lay out first what was just written).
  // That frame also checks the row's box, its size may have been an estimate.
  reveal(key: string, margin = 8): HTMLElement | null {
    const index = this.indexOf(key)
    this.#near = null
    if (index < 0) return null
    const geo = this.#geo.read()
    if (geo.height <= 0 || (!geo.scrolls && !this.#o.scrollWindow)) return this.element(key)
    const { sizes } = this.#items
    const top = sizes.offset(index)
    const to = scrollToShow(top, top + sizes.size(index), geo.offset, geo.height, margin)
    if (to !== null) {
      this.#scrollPending += to - geo.offset
      geo.offset = to
    }
    this.#draw(false)
    this.#revealing = { key, margin }
    this.#schedule()
    return this.element(key)
  }

  // Draws, out of view, the rows a reveal of the row at `index` would
  // show (or of where a row put in there would be), so that they are made
  // and measured before it: a claim about to be made far from where the
  // sidebar was left (the text selected) then adds one card to rows drawn
  // already, not a screenful in the key press. Written only, like reveal;
  // the rows stay until the next reveal or new items.
  prepare(index: number): void {
    const count = this.#items.list.length
    if (count <= this.#o.drawAllUpTo || count === 0) return
    const key = this.#o.key(this.#items.list[Math.max(0, Math.min(index, count - 1))]!)
    if (key === this.#near) return
    const geo = this.#geo.read()
    if (geo.height <= 0 || (!geo.scrolls && !this.#o.scrollWindow)) return
    this.#near = key
    this.#draw(false)
  }

  // Draws what the view needs now (after a change around the list).
  update(): void {
    this.#geo.forget()
    this.#draw(false)
  }

  #schedule(): void {
    if (this.#scheduled) return
    this.#scheduled = requestAnimationFrame(() => {
      this.#scheduled = 0
      // A frame callback: the layout read here is the frame's own.
      const pending = this.#scrollPending
      this.#scrollPending = 0
      if (pending) this.#geo.scrollBy(pending)
      this.#geo.forget()
      this.#settle()
      this.#draw(false)
    })
  }

  // The row reveal scrolled to, by its box now that it is laid out.
  #settle(): void {
    const revealing = this.#revealing
    this.#revealing = null
    const row = revealing && this.element(revealing.key)
    if (!row) return
    const rect = row.getBoundingClientRect(), geo = this.#geo.read()
    const again = scrollToShow(rect.top, rect.bottom, geo.top, geo.height, revealing.margin)
    if (again === null || (!geo.scrolls && !this.#o.scrollWindow)) return
    this.#geo.scrollBy(again - geo.top)
    this.#geo.forget()
  }

  #wanted(overscan = this.#o.overscan): Set<number> {
    const count = this.#items.list.length
    const rows = new Set<number>()
    if (count <= this.#o.drawAllUpTo) {
      for (let i = 0; i < count; i++) rows.add(i)
      return rows
    }
    const geo = this.#geo.read()
    const range: Range = visibleRange(this.#items.sizes, geo.offset, geo.offset + geo.height, overscan)
    for (let i = range.start; i < range.end; i++) rows.add(i)
    // Around the prepared row: a view's height either side, where a
    // reveal of it leaves the view whether it scrolls up or down.
    const near = this.#near === null ? -1 : this.#items.indexOf(this.#near)
    if (near >= 0) {
      const top = this.#items.sizes.offset(near)
      const around = visibleRange(this.#items.sizes, top - geo.height, top + geo.height, overscan)
      for (let i = around.start; i < around.end; i++) rows.add(i)
    }
    // The row with the focus, even one drawn for the items before these.
    let focused = document.activeElement
    while (focused && focused.parentElement !== this.#o.list) focused = focused.parentElement
    const focusKey = focused && this.#keyOf.get(focused)
    if (focusKey !== undefined && focusKey !== null) rows.add(this.#items.indexOf(focusKey))
    for (const key of this.#o.keep?.() ?? []) rows.add(this.#items.indexOf(key))
    rows.delete(-1)
    return rows
  }

  // Puts the wanted rows and spacers in the list, touching only what
  // changed (a row that stays is never moved, so it keeps its focus). New
  // rows are measured when the row observer tells their size. Drawn rows
  // stay while they reach half the overscan past the view (rows measured
  // shift the places a little: edge rows redone each frame is work nobody
  // sees). force: rows may show something else now (#redraw).
  #draw(force: boolean): void {
    const shown = new Set(this.#shown)
    let covered = shown.size > 0
    for (const row of this.#wanted(this.#o.overscan / 2)) if (!shown.has(row)) { covered = false; break }
    if (!covered) this.#place(this.#wanted())
    else if (force) this.#place(shown)
  }

  #place(wanted: Set<number>): void {
    const { list, key, render } = this.#o
    const { list: items, sizes } = this.#items
    const count = items.length
    const gap = this.#geo.rowGap()
    const nodes: HTMLElement[] = []
    const drawn = new Map<string, HTMLElement>()
    // The spacers there are, used again in order (fewer nodes made and moved).
    const spacers = [...list.children].filter((c) => c.classList.contains('virtual-spacer')) as HTMLElement[]
    for (const piece of pieces(wanted, count)) {
      if ('gap' in piece) {
        const height = sizes.offset(piece.gap.end) - sizes.offset(piece.gap.start) - gap
        const spacer = spacers.shift() ?? newSpacer()
        setHeight(spacer, height)
        nodes.push(spacer)
        continue
      }
      const item = items[piece.row]!
      const k = key(item)
      let row = this.#drawn.get(k)
      if (!row) {
        row = render(item, piece.row)
        if (this.#o.stamp) this.#stamps.set(k, this.#o.stamp(item))
      }
      this.#keyOf.set(row, k)
      setIfChanged(row, 'aria-posinset', String(piece.row + 1))
      setIfChanged(row, 'aria-setsize', String(count))
      drawn.set(k, row)
      nodes.push(row)
    }
    putChildren(list, nodes)
    for (const [k, row] of this.#drawn) if (drawn.get(k) !== row) this.#rows.unobserve(row)
    for (const [k, row] of drawn) if (this.#drawn.get(k) !== row) this.#rows.observe(row, { box: 'border-box' })
    this.#drawn = drawn
    for (const k of this.#stamps.keys()) if (!drawn.has(k)) this.#stamps.delete(k)
    this.#shown = [...wanted].sort((a, b) => a - b)
    this.#o.placed?.(this.#shown)
  }

  // Records the sizes the row observer tells, after layout; when any
  // differed from what was assumed, the spacers follow and the next frame
  // draws what the view needs now. A row laid out at no height (the list
  // hidden, or the row taken out) tells nothing.
  #resized(entries: readonly ResizeObserverEntry[]): void {
    // Laid out just now: where the list is seen is read at no cost.
    this.#geo.forget()
    this.#geo.read()
    const gap = this.#geo.rowGap()
    let changed = false
    for (const entry of entries) {
      const row = entry.target as HTMLElement
      const k = this.#keyOf.get(row)
      if (k === undefined || this.#drawn.get(k) !== row) continue
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height
      if (height === 0) continue
      const size = height + gap
      if (this.#items.measured(k, size)) changed = true
    }
    if (!changed) return
    fitSpacers(this.#o.list, this.#items.sizes, gap)
    this.#schedule()
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
