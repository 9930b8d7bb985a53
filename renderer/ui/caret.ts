// Annotating without a mouse. The article is read-only, so the browser
// draws no caret in it and its arrow keys scroll: here the article takes the
// focus with Tab, the arrow keys move a caret (drawn by us) through the
// text, and Shift with them (or with Home/End) extends a selection, as in
// an editor; h, c and 1-9 then act on that selection as on a dragged one.

import type { EditorView } from 'prosemirror-view'
import type { OffsetMap } from '../editor/document-view.ts'
import { selectText } from '../editor/select-text.ts'
import { h } from './dom.ts'
import { sentenceFor, sentenceSpans, type SentenceMove } from '../sentence-spans.ts'

export interface Opened { view: EditorView; map: OffsetMap }

// The caret's keys for the shortcuts help (they are not in the key table:
// they act only while the article has the focus, and Shift matters).
export const caretKeys: readonly { label: string; keys: string[] }[] = [
  { label: 'Put a caret in the article (then arrows move it)', keys: ['Tab'] },
  { label: 'Move the caret by a character, a word, a line', keys: ['ArrowLeft', 'ArrowRight', 'Mod+ArrowLeft', 'Mod+ArrowRight', 'ArrowUp', 'ArrowDown'] },
  { label: 'Extend the selection', keys: ['Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+ArrowUp', 'Shift+ArrowDown', 'Shift+Home', 'Shift+End'] },
  { label: 'To the start or end of the line', keys: ['Home', 'End'] },
]

const MOVES: Record<string, [direction: 'backward' | 'forward', granularity: 'character' | 'word' | 'line' | 'lineboundary']> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
}

export class ArticleCaret {
  readonly #host: HTMLElement
  readonly #opened: () => Opened | null
  readonly #mark = h('div', { class: 'article-caret', 'aria-hidden': 'true', hidden: true })
  // Where the caret last was (text offsets in the article it was in), so
  // the keys go on from there after a mark took the selection away. Offsets,
  // not a Range: a repaint replaces the text nodes a Range would point into.
  #last: { opened: Opened; start: number; end: number } | null = null

  constructor(host: HTMLElement, opened: () => Opened | null) {
    this.#host = host
    this.#opened = opened
    host.tabIndex = 0
    document.body.append(this.#mark)
    // Tabbed in: the caret goes back where it was, else to the top of the
    // window (a selection the view left behind is not the reader's).
    host.addEventListener('focus', () => {
      const selection = document.getSelection()!
      if (!this.#selectionInside() || selection.isCollapsed) {
        if (!this.#putBack()) this.#placeAtTopOfView()
      }
      this.#draw()
    })
    host.addEventListener('blur', () => this.#draw())
    host.addEventListener('keydown', (event) => this.#key(event))
    document.addEventListener('selectionchange', () => {
      this.remember()
      this.#draw()
    })
    window.addEventListener('scroll', () => this.#draw(), { passive: true })
    window.addEventListener('resize', () => this.#draw())
  }

  // The selection's ends as offsets in the text (equal for a caret); null
  // with nothing in the article.
  span(): { start: number; end: number } | null {
    const opened = this.#opened()
    if (!opened) return null
    const now = this.#selectionInside() ? this.#selected(opened) : null
    if (now) return now
    return this.#last?.opened === opened ? { start: this.#last.start, end: this.#last.end } : null
  }

  // Where the keys go on from: the selection in the article as it is now,
  // while the article has the focus. Called at once by whatever moves or
  // takes the selection, since "selectionchange" comes a task later and a
  // key pressed meanwhile (a mark taking the selection) would leave the
  // caret where it was before.
  remember(): void {
    const opened = this.#opened()
    if (!opened || document.activeElement !== this.#host || !this.#selectionInside()) return
    const now = this.#selected(opened)
    if (now) this.#last = { opened, ...now }
  }

  // Selects the sentence the caret is in, or the next or previous one, in
  // the article's language; false with no article or no sentence there.
  selectSentence(move: SentenceMove): boolean {
    const opened = this.#opened()
    if (!opened) return false
    const at = this.span()
    const sentence = sentenceFor(sentenceSpans(opened.map.text, this.#host.lang), at ?? { start: 0, end: 0 }, at ? move : 'current')
    if (!sentence) return false
    this.select(sentence.start, sentence.end)
    return true
  }

  // Selects text offsets [start, end), scrolled into view only when out of it.
  select(start: number, end: number): void {
    const opened = this.#opened()
    if (!opened) return
    const range = selectText(opened.view, opened.map, start, end)
    this.remember()
    const rect = range.getBoundingClientRect()
    const top = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0
    if (rect.top < top || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - (window.innerHeight + top) / 2 })
  }

  #selected(opened: Opened): { start: number; end: number } | null {
    const range = document.getSelection()!.getRangeAt(0)
    if (!opened.view.dom.contains(range.startContainer) || !opened.view.dom.contains(range.endContainer)) return null
    const at = (node: Node, offset: number) => opened.map.toOffset(opened.view.posAtDOM(node, offset))
    return { start: at(range.startContainer, range.startOffset), end: at(range.endContainer, range.endOffset) }
  }

  // The selection back where the caret last was; false with none.
  #putBack(): boolean {
    const opened = this.#opened()
    if (!opened || this.#last?.opened !== opened) return false
    selectText(opened.view, opened.map, this.#last.start, this.#last.end)
    return true
  }

  #selectionInside(): boolean {
    const selection = document.getSelection()
    return !!selection && selection.rangeCount > 0 && this.#host.contains(selection.getRangeAt(0).startContainer)
      && this.#host.contains(selection.getRangeAt(0).endContainer)
  }

  #key(event: KeyboardEvent): void {
    const move = MOVES[event.key]
    if (!move || event.altKey) return
    const selection = document.getSelection()!
    if (!this.#selectionInside() && !this.#putBack()) this.#placeAtTopOfView()
    const [direction, granularity] = move
    const byWord = (event.ctrlKey || event.metaKey) && granularity === 'character'
    selection.modify(event.shiftKey ? 'extend' : 'move', direction, byWord ? 'word' : granularity)
    this.remember()
    event.preventDefault()
    this.#keepInView()
  }

  // The first text at the top of the window, else the article's start.
  #placeAtTopOfView(): void {
    const root = this.#opened()?.view.dom
    if (!root) return
    const top = (document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0) + 4
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let first: Text | null = null
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.nodeValue?.trim()) continue
      first ??= node
      const range = document.createRange()
      range.selectNodeContents(node)
      if (range.getBoundingClientRect().bottom > top) { first = node; break }
    }
    if (!first) return
    document.getSelection()!.collapse(first, 0)
  }

  #keepInView(): void {
    const selection = document.getSelection()!
    if (!selection.focusNode) return
    const range = document.createRange()
    range.setStart(selection.focusNode, selection.focusOffset)
    const rect = range.getBoundingClientRect()
    const top = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0
    if (rect.height && (rect.top < top || rect.bottom > window.innerHeight)) window.scrollBy({ top: rect.top - (window.innerHeight + top) / 2 })
  }

  // A caret line where a collapsed selection is, while the article has the
  // focus (a selection the browser already draws).
  #draw(): void {
    const selection = document.getSelection()
    const show = document.activeElement === this.#host && this.#selectionInside() && selection!.isCollapsed
    const rect = show ? caretRect(selection!) : null
    this.#mark.hidden = !rect
    if (!rect) return
    this.#mark.style.left = `${rect.left + window.scrollX}px`
    this.#mark.style.top = `${rect.top + window.scrollY}px`
    this.#mark.style.height = `${rect.height}px`
  }
}

function caretRect(selection: Selection): DOMRect | null {
  const range = selection.getRangeAt(0)
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
  if (rect.height) return rect
  // At the very start of a block an empty range has no box; measure the
  // character after it.
  const node = range.startContainer
  if (node.nodeType === Node.TEXT_NODE && range.startOffset < node.nodeValue!.length) {
    const next = document.createRange()
    next.setStart(node, range.startOffset)
    next.setEnd(node, range.startOffset + 1)
    const box = next.getClientRects()[0]
    if (box) return new DOMRect(box.left, box.top, 0, box.height)
  }
  return null
}
