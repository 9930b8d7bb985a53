// The annotations' highlights of a long article, painted in the window near
// the screen only (rendered-blocks.ts): the painter's changes are cut to
// the window, and a moved window paints what came into it and takes away
// what left it. The current annotation is painted wherever it is (it is
// scrolled to). With no window (a short article) every change goes through.

import type { PaintChange, Painted } from './highlights.ts'
import { inWindow, type DocRange } from './rendered-blocks.ts'

export class WindowedPaint {
  // Every annotation as the painter paints it, and those in the view.
  #all = new Map<string, Painted>()
  #shown = new Map<string, Painted>()
  #window: DocRange | null

  constructor(window: DocRange | null) {
    this.#window = window
  }

  #wanted(p: Painted): boolean {
    return p.current || inWindow(this.#window, p.from, p.to)
  }

  // The painter's change, as far as the window shows it.
  change({ remove, add }: PaintChange): PaintChange {
    const out: { remove: Painted[]; add: Painted[] } = { remove: [], add: [] }
    for (const p of remove) {
      this.#all.delete(p.id)
      if (this.#shown.get(p.id) === p) { this.#shown.delete(p.id); out.remove.push(p) }
    }
    for (const p of add) {
      this.#all.set(p.id, p)
      if (this.#wanted(p)) { this.#shown.set(p.id, p); out.add.push(p) }
    }
    return out
  }

  // The window moved: what came into it is painted, what left taken away.
  move(window: DocRange): PaintChange {
    this.#window = window
    const out: { remove: Painted[]; add: Painted[] } = { remove: [], add: [] }
    for (const p of this.#shown.values()) if (!this.#wanted(p)) out.remove.push(p)
    for (const p of out.remove) this.#shown.delete(p.id)
    for (const p of this.#all.values()) {
      if (!this.#shown.has(p.id) && this.#wanted(p)) { this.#shown.set(p.id, p); out.add.push(p) }
    }
    return out
  }
}
