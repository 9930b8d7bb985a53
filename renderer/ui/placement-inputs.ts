// What the toolbar's last placement went by, but the layout (whose changes
// place it again by themselves: a scroll, a resize, a new claim): the
// page's selection and what the owner names (the open document, its
// current annotation, ...). A placement asked for by a selection change
// that left all of these as they were would find the same place.

export class PlacementInputs {
  #read: () => readonly unknown[]
  #last: readonly unknown[] = []

  constructor(read: () => readonly unknown[]) {
    this.#read = read
  }

  #now(): unknown[] {
    const selection = document.getSelection()
    return [...this.#read(), selection?.rangeCount, selection?.anchorNode, selection?.anchorOffset, selection?.focusNode, selection?.focusOffset]
  }

  // A placement is made now.
  note(): void {
    this.#last = this.#now()
  }

  unchanged(): boolean {
    const now = this.#now()
    return now.length === this.#last.length && now.every((v, i) => v === this.#last[i])
  }
}
