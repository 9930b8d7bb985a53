// What the owner of a virtual list (virtual-list.ts) gives it: the list
// element and where it scrolls, how to key and draw a row, and what to
// keep drawn or know of the rows drawn.

export interface VirtualListOptions<T> {
  // The <ol> or <ul> to fill; its rows are its only children.
  list: HTMLElement
  // The element the list scrolls in (may be the list itself), or null when
  // it scrolls with the window.
  scroller: HTMLElement | null
  key(item: T): string
  // A new element for a row: an <li>, which gets aria-posinset/-setsize.
  render(item: T, index: number): HTMLElement
  // A row's height before any was measured (px).
  estimate: number
  // How far beyond the view to draw (px).
  overscan?: number
  // Lists this short are drawn whole.
  drawAllUpTo?: number
  // Rows to keep drawn wherever they are (the one being edited).
  keep?(): Iterable<string>
  // What a row shows: a drawn row whose stamp is the same (value by value)
  // is kept by setItems rather than made again. Without it every drawn row
  // is made again.
  stamp?(item: T): readonly unknown[]
  // Told the rows drawn, in order, whenever they change (a list that holds
  // only some items fetches those the view reaches).
  placed?(rows: readonly number[]): void
  // false: when the scroller does not scroll, reveal leaves the window
  // where it is (the sidebar below the text on a narrow window).
  scrollWindow?: boolean
}
