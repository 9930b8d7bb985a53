// The open document: its header, its ProseMirror view with the painted
// annotations, and the session holding those annotations. Opening another
// document replaces all of it; with no document left the reader shows the
// empty state instead.

import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { Api } from '../shared/api/contract.ts'
import type { ArticleDocument, Block, DocumentMeta } from '../shared/model/document.ts'
import { buildDoc, type OffsetMap } from './editor/document-view.ts'
import { highlights, paint } from './editor/highlights.ts'
import { Painter, type Placed } from './editor/painter.ts'
import { repaintSuggestions, suggestionMarks } from './editor/suggestion-marks.ts'
import { firstWindow, followLayout } from './editor/rendered-blocks.ts'
import { WindowedPaint } from './editor/windowed-paint.ts'
import { selectText } from './editor/select-text.ts'
import { repaint } from './editor/repaint.ts'
import { bylineOf, bylineText, documentHeader, setByline, startsWithTitle } from './editor/document-header.ts'
import type { UndoHistory } from './history.ts'
import { Session, type AnnotationChange } from './session.ts'
import { fetchDocument, type Fetched } from './document-fetch.ts'

export interface Opened {
  article: ArticleDocument
  session: Session
  view: EditorView
  map: OffsetMap
  painter: Painter
  // Stops following the layout of a long article.
  stop: () => void
}

export interface ReaderHooks {
  // A document was opened (or none is left: null).
  opened(opened: Opened | null, placed: Placed[]): void
  // The open document's annotations changed and were repainted.
  repainted(placed: Placed[]): void
  // One annotation was added or saved (change) and painted: it is now at
  // `index` of the reading order; nothing else moved.
  stepped(change: AnnotationChange, placed: Placed, index: number): void
  // Another annotation (or none) was made current, and the two repainted;
  // nothing else changed.
  selected(previous: string | null): void
}

export class Reader {
  current: Opened | null = null
  // Painted annotations by where they start in the text.
  #order: string[] = []
  #api: Api
  #history: UndoHistory
  #hooks: ReaderHooks
  #host = document.getElementById('article')!

  constructor(api: Api, history: UndoHistory, hooks: ReaderHooks) {
    this.#api = api
    this.#history = history
    this.#hooks = hooks
  }

  get documentId(): string | null {
    return this.current?.session.documentId ?? null
  }

  get session(): Session | null {
    return this.current?.session ?? null
  }

  // fetched: what fetchDocument asked for this document already (the
  // startup document, asked for while the page was still being built).
  async open(documentId: string, fetched?: Promise<Fetched>): Promise<Opened> {
    const [article, annotations, sources] = await (fetched ?? fetchDocument(this.#api, documentId))
    this.#close()
    const session = new Session(this.#api, this.#history, documentId, annotations, sources)
    const { doc, map, long } = buildDoc(article)
    const painter = new Painter(map)
    // A long article lays out only the blocks near the screen, and its
    // marks are painted near them only (rendered-blocks.ts).
    this.#host.classList.toggle('long-article', long)
    // Where the browser says which blocks it lays out (Chromium 108 on).
    const start = long && 'ContentVisibilityAutoStateChangeEvent' in window ? firstWindow(doc) : null
    const windowed = new WindowedPaint(start)
    // The first paint goes into the state before the view exists, so a long
    // document is laid out once, already highlighted.
    const { change, placed } = painter.update(session.annotations, session.current)
    const empty = EditorState.create({ doc, plugins: [highlights, suggestionMarks, documentHeader] })
    // The byline too (showMeta then finds it there): set through a dispatch
    // on the new view, it had the browser lay the page out in the open's
    // task before the sidebar was drawn, and again after (issue 18).
    const state = withByline(empty.apply(paint(empty, windowed.change(change))), article.meta, titleInText(article.blocks[0], article.meta))
    const view = new EditorView(this.#host, { state, editable: () => false })
    // (Through repaint, so a selection made a moment ago is not put back.)
    const stop = start ? followLayout(view, start, (area) => repaint(view, (state) => {
      const tr = paint(state, windowed.move(area))
      repaintSuggestions(view, tr)
      return tr
    })) : () => {}
    const opened: Opened = { article, session, view, map, painter, stop }
    session.onChange((one) => {
      // A change still finishing for a document that was closed meanwhile.
      if (this.current !== opened) return
      // Another one current: the two repainted, nothing else.
      if (one?.kind === 'current') {
        const change = windowed.change(painter.select(one.previous, session.current))
        if (change.add.length || change.remove.length) repaint(view, (state) => paint(state, change))
        this.#hooks.selected(one.previous)
        return
      }
      // One annotation made: painted and put in the order by itself.
      const step = one ? painter.step(one, session.current) : null
      if (one && step) {
        const change = windowed.change(step.change)
        if (change.add.length || change.remove.length) repaint(view, (state) => paint(state, change))
        if (one.kind === 'added') this.#order.splice(step.index, 0, one.annotation.id)
        else this.#order[step.index] = one.annotation.id
        this.#hooks.stepped(one, step.placed, step.index)
        return
      }
      const { change: all, placed } = painter.update(session.annotations, session.current)
      const change = windowed.change(all)
      if (change.add.length || change.remove.length) repaint(view, (state) => paint(state, change))
      this.#order = readingOrder(placed)
      this.#hooks.repainted(placed)
    })
    this.current = opened
    this.#order = readingOrder(placed)
    this.showMeta(article.meta)
    setEmpty(false)
    window.scrollTo(0, 0)
    this.#hooks.opened(opened, placed)
    return opened
  }

  // No document to show: the library is empty.
  showEmpty(): void {
    this.#close()
    this.#host.removeAttribute('aria-label')
    document.getElementById('article-heading')!.textContent = ''
    document.getElementById('article-heading')!.hidden = false
    document.getElementById('article-byline')!.textContent = ''
    document.title = 'Sourcemark'
    setEmpty(true)
    this.#hooks.opened(null, [])
  }

  showMeta(meta: DocumentMeta): void {
    if (this.current) this.current.article = { ...this.current.article, meta }
    this.#host.setAttribute('aria-label', meta.title)
    const heading = document.getElementById('article-heading')!
    heading.textContent = meta.title
    heading.hidden = titleInText(this.current?.article.blocks[0], meta)
    // Below the title: after the title block when the text starts with one.
    const byline = bylineText(meta)
    const view = this.current?.view
    const inText = !!view && heading.hidden && startsWithTitle(view.state)
    document.getElementById('article-byline')!.textContent = inText ? '' : byline
    document.getElementById('article-byline')!.hidden = inText || !byline
    if (view && bylineOf(view.state) !== (inText ? byline : '')) repaint(view, (state) => setByline(state, inText ? byline : ''))
    document.title = `${meta.title} — Sourcemark`
  }

  text(): string | null {
    return this.current?.map.text ?? null
  }

  // Selects [start, end) of the canonical text as the reader would with the
  // mouse, and scrolls it to the middle of the window.
  selectRange(start: number, end: number): void {
    if (!this.current) return
    const rect = selectText(this.current.view, this.current.map, start, end).getBoundingClientRect()
    window.scrollBy({ top: rect.top - window.innerHeight / 2 })
  }

  markElement(id: string): HTMLElement | null {
    return this.current?.view.dom.querySelector<HTMLElement>(`mark[data-annotation-id="${CSS.escape(id)}"]`) ?? null
  }

  readingOrder(): readonly string[] {
    return this.#order
  }

  // Whether an annotation is painted in the text (orphans are not).
  painted(id: string): boolean {
    return this.current?.painter.span(id) != null
  }

  // Scrolls an annotation's text into view and flashes it.
  reveal(id: string): void {
    const mark = this.markElement(id)
    if (!mark) return
    mark.scrollIntoView({ block: 'center' })
    for (const part of this.current!.view.dom.querySelectorAll(`mark[data-annotation-id="${CSS.escape(id)}"]`)) {
      part.classList.remove('flash')
      void (part as HTMLElement).offsetWidth
      part.classList.add('flash')
    }
  }

  // The session goes, and with it the undo steps that would act on it.
  #close(): void {
    this.current?.stop()
    this.current?.view.destroy()
    this.current = null
    this.#order = []
    this.#history.forgetDocumentSteps()
  }
}

// An article that starts with its own title shows it once, in the text.
function titleInText(first: Block | undefined, meta: DocumentMeta): boolean {
  return first?.type === 'title' && first.text.trim() === meta.title.trim()
}

// The state with the byline showMeta would set.
function withByline(state: EditorState, meta: DocumentMeta, titled: boolean): EditorState {
  const byline = bylineText(meta)
  return titled && byline && startsWithTitle(state) ? state.apply(setByline(state, byline)) : state
}

// The painter places them in reading order already.
function readingOrder(placed: readonly Placed[]): string[] {
  return placed.filter((p) => p.start !== null).map((p) => p.annotation.id)
}

function setEmpty(empty: boolean): void {
  document.getElementById('empty-state')!.hidden = !empty
  for (const id of ['article-header', 'article', 'sidebar-host']) document.getElementById(id)!.hidden = empty
}
