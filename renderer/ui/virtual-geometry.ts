// Where a virtual list (virtual-list.ts) is seen, and when that may have
// changed. The band of the window the list shows through and how far the
// view has scrolled into it are read from layout, kept until something may
// have moved them, and read again only in frame and resize callbacks, when
// the browser has laid out already: the list's owner writes rows in between
// and never makes the browser lay the page out in the middle of a task.

// How much of the scroller is on screen, in steps of 1%.
const EDGE_STEPS = Array.from({ length: 101 }, (_, i) => i / 100)

// The band of the window (top, height), how far the view has scrolled into
// the list (offset, list coordinates), and whether the scroller scrolls.
export interface Geometry { top: number; height: number; offset: number; scrolls: boolean }

export class ListGeometry {
  #list: HTMLElement
  #scroller: HTMLElement | null
  // As last read from layout; null when something may have moved it.
  #geo: Geometry | null = null
  // The list's gap between rows, read once per layout of the list.
  #gap: number | null = null

  // `moved` is called whenever what is seen of the list may have changed
  // (a scroll, a resize, the scroller crossing the window's edge).
  constructor(list: HTMLElement, scroller: HTMLElement | null, moved: () => void) {
    this.#list = list
    this.#scroller = scroller
    window.addEventListener('resize', moved)
    if (scroller) {
      scroller.addEventListener('scroll', moved, { passive: true })
      // The window's scroll changes what is seen of the list only where it
      // moves the scroller across the window's edge: an observer tells that
      // after layout, so a long article scrolled beside the sidebar (sticky)
      // costs the sidebar's lists no frame callback and no layout read.
      new IntersectionObserver(() => { this.#geo = null; moved() }, { threshold: EDGE_STEPS }).observe(scroller)
    } else {
      window.addEventListener('scroll', moved, { passive: true })
    }
    // A new width may change the gap and every row's height.
    const resized = new ResizeObserver(() => { this.#gap = null; this.#geo = null; moved() })
    resized.observe(list)
    if (scroller) resized.observe(scroller)
  }

  // Where the list is seen: as last read, else read now.
  read(): Geometry {
    if (this.#geo) return this.#geo
    const view = this.#view()
    const scroller = this.#scroller
    this.#geo = { ...view, offset: view.top - this.#listTop(), scrolls: !scroller || scroller.scrollHeight > scroller.clientHeight }
    return this.#geo
  }

  // Something may have moved the list: the next read() reads layout.
  forget(): void {
    this.#geo = null
  }

  rowGap(): number {
    this.#gap ??= parseFloat(getComputedStyle(this.#list).rowGap) || 0
    return this.#gap
  }

  // Scrolls the scroller when it scrolls, else the window.
  scrollBy(delta: number): void {
    const scroller = this.#scroller
    if (scroller && this.read().scrolls) scroller.scrollTop += delta
    else window.scrollBy(0, delta)
  }

  // The band of the window the list can be seen through: the window, cut
  // to the scroller's box when there is one.
  #view(): { top: number; height: number } {
    let top = 0, bottom = window.innerHeight
    const scroller = this.#scroller
    if (scroller) {
      const box = scroller.getBoundingClientRect()
      top = Math.max(top, box.top + scroller.clientTop)
      bottom = Math.min(bottom, box.top + scroller.clientTop + scroller.clientHeight)
    }
    return { top, height: Math.max(0, bottom - top) }
  }

  // Where the list's first row would start, in window coordinates.
  #listTop(): number {
    const list = this.#list
    const top = list.getBoundingClientRect().top
    return list === this.#scroller ? top + list.clientTop - list.scrollTop : top
  }
}
