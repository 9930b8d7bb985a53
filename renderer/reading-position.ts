// The place in each document: where the reader is (the offset of the first
// line in view) and how far through (0 to 1), shown in the progress bar,
// kept by the services (best-effort) once scrolling rests, and restored
// when the document is opened again: on reload, from the library, after a
// restart. Nothing is recorded while the library hides the article.

import type { Api } from '../shared/api/contract.ts'
import { READ_AT, type ReadingPosition } from '../shared/model/reading.ts'
import type { Opened } from './reader.ts'
import { afterPaint } from './after-paint.ts'

const SAVE_AFTER_MS = 400
// While the page scrolls, the offset (a hit test in the text) is found at
// most this often; the progress bar follows every frame, and the place is
// found again once scrolling rests, before it is saved.
const OFFSET_EVERY_MS = 1000

export class ReadingPositions {
  readonly bar: HTMLProgressElement
  #api: Api
  #known = new Map<string, ReadingPosition>()
  #opened: Opened | null = null
  #paused = false
  #timer: ReturnType<typeof setTimeout> | undefined
  #due = false
  #offsetAt = -Infinity

  constructor(api: Api, bar: HTMLProgressElement) {
    this.#api = api
    this.bar = bar
    window.addEventListener('scroll', () => this.#scrolled(), { passive: true })
    window.addEventListener('resize', () => this.#scrolled(), { passive: true })
    // A reload or a closed window keeps what the reader saw last.
    window.addEventListener('pagehide', () => this.#save())
    // The place is restored here, not by the browser's own memory of it.
    history.scrollRestoration = 'manual'
  }

  async load(): Promise<void> {
    try {
      for (const p of await this.#api.listReadingPositions({})) {
        this.#known.set(p.documentId, p)
        this.#saved.set(p.documentId, `${p.offset}:${p.progress}`)
      }
    } catch {
      // Best-effort: without them, documents open at the top.
    }
  }

  // 0 unread, up to 1 read to the end; undefined never opened here.
  progress(documentId: string): number | undefined {
    return this.#known.get(documentId)?.progress
  }

  // A document was opened: go to where the reader left it.
  opened(opened: Opened | null): void {
    this.#save()
    this.#opened = opened
    this.bar.hidden = !opened
    if (opened) this.restore()
  }

  // The library hides the article (paused) or gives it back.
  pause(paused: boolean): void {
    if (paused) this.#save()
    this.#paused = paused
    if (!paused) this.restore()
  }

  restore(): void {
    const opened = this.#opened
    if (!opened) return
    const known = this.#known.get(opened.session.documentId)
    if (known && known.offset > 0) {
      const { view, map } = opened
      const pos = Math.min(map.toPos(known.offset), view.state.doc.content.size)
      const top = view.coordsAtPos(pos).top
      window.scrollTo(0, window.scrollY + top - topInset())
    }
    this.bar.value = known?.progress ?? 0
    // Measured once drawn, so the open document has a state the library
    // can show (a short article in view is read) even before any scroll.
    this.#scrolled()
  }

  // Read once the frame that scrolled is painted, when its layout is done:
  // read in a frame callback, before the frame's own layout, it had the
  // browser lay out the blocks coming into view there, and again in the
  // frame (a long article's scroll frames were laid out twice).
  #scrolled(): void {
    if (!this.#opened || this.#paused || this.#due) return
    this.#due = true
    afterPaint(() => {
      this.#due = false
      if (!this.#note(performance.now() - this.#offsetAt >= OFFSET_EVERY_MS)) return
      clearTimeout(this.#timer)
      this.#timer = setTimeout(() => { this.#note(true); this.#save() }, SAVE_AFTER_MS)
    })
  }

  // Shows and keeps where the reader is; the offset found again, or the
  // last one found kept. False when the article is not on screen.
  #note(findOffset: boolean): boolean {
    const here = this.#measure(findOffset)
    if (!here) return false
    if (findOffset) this.#offsetAt = performance.now()
    this.bar.value = here.progress
    this.#known.set(here.documentId, here)
    return true
  }

  // Where the first line below the app bar is, in the canonical text.
  #measure(findOffset = true): ReadingPosition | null {
    const opened = this.#opened
    if (!opened) return null
    const { view, map } = opened
    const box = view.dom.getBoundingClientRect()
    if (box.height === 0) return null
    const top = topInset()
    let offset = this.#known.get(opened.session.documentId)?.offset ?? 0
    if (findOffset) {
      const found = view.posAtCoords({ left: box.left + 2, top: Math.min(Math.max(top + 4, box.top + 1), box.bottom - 1) })
      offset = found ? map.toOffset(found.pos) : 0
    }
    // 0 with the start at the top, 1 once the end is in view.
    const through = box.bottom <= window.innerHeight ? 1 : (top - box.top) / Math.max(1, box.height - (window.innerHeight - top))
    const progress = Math.round(Math.min(1, Math.max(0, through)) * 1000) / 1000
    return { documentId: opened.session.documentId, offset: Math.max(0, offset), progress: progress >= READ_AT ? 1 : progress }
  }

  // What was last sent per document, so an unchanged place is not written again.
  #saved = new Map<string, string>()

  #save(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const opened = this.#opened
    if (!opened || this.#paused) return
    const here = this.#known.get(opened.session.documentId)
    const key = here && `${here.offset}:${here.progress}`
    if (!here || this.#saved.get(here.documentId) === key) return
    this.#saved.set(here.documentId, key!)
    // Best-effort, like state.json itself.
    this.#api.saveReadingPosition(here).catch(() => {})
  }
}

// The app bar covers the top of the window.
function topInset(): number {
  return document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0
}
