// A list that draws only the rows in view (and a few around them), so a
// list of thousands costs what a screenful does. Rows are all one height,
// measured from a drawn row (it follows the text size); the space of the
// rows not drawn is the list's padding, set through the CSSOM (the CSP
// allows that; style attributes it forbids). Each row says where it stands
// (aria-posinset, aria-setsize), so a screen reader still tells "3 of 200".

export interface VirtualListOptions<T> {
  // Builds the content of row `index` (put inside its <li>).
  render: (item: T, index: number) => HTMLElement
  // Rows drawn beyond each edge of the view.
  overscan?: number
  // Rows drawn before the list has a size (hidden, not yet laid out).
  initialRows?: number
}

export class VirtualList<T> {
  readonly element: HTMLOListElement
  #items: readonly T[] = []
  #render: (item: T, index: number) => HTMLElement
  #overscan: number
  #initialRows: number
  #rowHeight = 0
  #drawn = new Map<number, HTMLLIElement>()
  #frame = 0

  constructor(element: HTMLOListElement, { render, overscan = 6, initialRows = 30 }: VirtualListOptions<T>) {
    this.element = element
    this.#render = render
    this.#overscan = overscan
    this.#initialRows = initialRows
    element.addEventListener('scroll', () => {
      if (this.#frame) return
      this.#frame = requestAnimationFrame(() => { this.#frame = 0; this.draw() })
    })
  }

  get length(): number {
    return this.#items.length
  }

  setItems(items: readonly T[]): void {
    this.#items = items
    this.#drawn.clear()
    this.element.replaceChildren()
    this.element.scrollTop = 0
    this.draw()
  }

  // The drawn row's content at `index`, after scrolling it into view.
  reveal(index: number): HTMLElement | undefined {
    if (index < 0 || index >= this.#items.length) return undefined
    const height = this.#measure()
    if (height > 0) {
      const top = index * height
      const view = this.element
      if (top < view.scrollTop) view.scrollTop = top
      else if (top + height > view.scrollTop + view.clientHeight) view.scrollTop = top + height - view.clientHeight
    }
    this.draw()
    return this.#drawn.get(index)?.firstElementChild as HTMLElement | undefined
  }

  // Which row a node is in, or -1.
  indexOf(node: Node | null): number {
    for (const [index, li] of this.#drawn) if (node && li.contains(node)) return index
    return -1
  }

  draw(): void {
    const count = this.#items.length
    const height = this.#measure()
    let first = 0
    let last = Math.min(count, this.#initialRows) - 1
    if (height > 0 && this.element.clientHeight > 0) {
      first = Math.max(0, Math.floor(this.element.scrollTop / height) - this.#overscan)
      last = Math.min(count - 1, Math.ceil((this.element.scrollTop + this.element.clientHeight) / height) + this.#overscan)
    }
    for (const [index, li] of this.#drawn) {
      if (index < first || index > last) {
        li.remove()
        this.#drawn.delete(index)
      }
    }
    // Rows in order: each new one goes before the first drawn row after it.
    let next: HTMLLIElement | null = null
    for (let index = last; index >= first; index--) {
      let li = this.#drawn.get(index)
      if (!li) {
        li = document.createElement('li')
        li.setAttribute('aria-posinset', String(index + 1))
        li.setAttribute('aria-setsize', String(count))
        li.append(this.#render(this.#items[index]!, index))
        this.element.insertBefore(li, next)
        this.#drawn.set(index, li)
      }
      next = li
    }
    const rowHeight = this.#measure()
    this.element.style.paddingTop = `${first * rowHeight}px`
    this.element.style.paddingBottom = `${Math.max(0, count - 1 - last) * rowHeight}px`
    // The first rows drawn told the height: draw again to what is in view.
    if (height === 0 && rowHeight > 0 && this.element.clientHeight > 0) this.draw()
  }

  // One row's height (its margin included), from the first row drawn.
  #measure(): number {
    const li = this.#drawn.values().next().value
    if (li) {
      const box = li.getBoundingClientRect().height
      const margin = parseFloat(getComputedStyle(li).marginBottom) || 0
      if (box > 0) this.#rowHeight = box + margin
    }
    return this.#rowHeight
  }
}
