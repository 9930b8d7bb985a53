// The "Library" region: every document with its publisher, date and counts
// of annotations per source, sorted and filtered as the reader chooses, and
// for each one Open, Edit details and Delete. While it is shown it takes
// the reading area's place; opening a document goes back to reading. The
// services sort and filter; the view fetches the first page, then the pages
// the reader scrolls to (library-pages.ts), and a row not fetched yet is
// drawn as one being loaded.

import type { Api, DocumentSummary } from '../../shared/api/contract.ts'
import type { Source } from '../../shared/model/source.ts'
import { fromColumns } from '../../shared/api/summary-columns.ts'
import { librarySorts, type LibrarySort } from '../../shared/library/library-order.ts'
import { LibraryPages } from '../library-pages.ts'
import { h } from './dom.ts'
import { showError } from './status.ts'
import { VirtualList } from './virtual-list.ts'

const SORT_LABELS: Record<LibrarySort, string> = {
  title: 'Title',
  published: 'Date published',
  added: 'Date added',
  annotations: 'Annotations',
}

// A row whose page is not in yet: its place in the list.
interface Pending { pending: number }
type Row = DocumentSummary | Pending

export interface LibraryActions {
  open(documentId: string): void
  edit(document: DocumentSummary): void
  remove(document: DocumentSummary): void
}

export class LibraryView {
  readonly element: HTMLElement
  // The header button that shows and hides the library.
  readonly toggle: HTMLButtonElement
  // How far each document has been read (0 to 1), when known.
  progressOf: (documentId: string) => number | undefined = () => undefined
  #api: Api
  #actions: LibraryActions
  #current: () => string | null
  #sources: Source[] = []
  #pages: LibraryPages
  // While refresh() waits for the sources too, pages that come in are not drawn.
  #holding = false
  #count = h('p', { class: 'library-count', 'aria-live': 'polite' })
  #list = h('ul', { class: 'library-list', 'aria-label': 'Documents' })
  #heading = h('h2', { tabindex: -1 }, 'Library')
  // Only the documents near the screen are in the DOM; the page scrolls.
  #rows = new VirtualList<Row>({
    list: this.#list,
    scroller: null,
    key: (row) => ('pending' in row ? ` ${row.pending}` : row.id),
    render: (row) => ('pending' in row ? pendingItem() : this.#item(row)),
    estimate: 130,
    drawAllUpTo: 200,
    // Everything #item reads but the sources (a change of those refreshes).
    stamp: (row) => ('pending' in row ? [] : [row, row.id === this.#current(), this.progressOf(row.id)]),
    placed: (rows) => this.#pages.want(rows),
  })

  #toggled: (shown: boolean) => void

  constructor(api: Api, actions: LibraryActions, current: () => string | null, search: HTMLElement, toggled: (shown: boolean) => void) {
    this.#api = api
    this.#toggled = toggled
    this.#actions = actions
    this.#current = current
    this.#pages = new LibraryPages(api, (page) => {
      if (this.#holding) return
      if (page) this.#rows.replaceItems(page.offset, page.documents)
      else this.render()
    }, showError)
    const filter = h('input', {
      type: 'search', 'aria-label': 'Filter documents', placeholder: 'Filter by title, publisher or author',
      oninput: (event: Event) => { this.#pages.filter = (event.target as HTMLInputElement).value; void this.#pages.reload() },
    })
    const sort = h('select', {
      'aria-label': 'Sort documents by',
      onchange: (event: Event) => { this.#pages.sort = (event.target as HTMLSelectElement).value as LibrarySort; void this.#pages.reload() },
    }, librarySorts.map((s) => h('option', { value: s, selected: s === this.#pages.sort }, SORT_LABELS[s])))
    this.element = h('section', { id: 'library', 'aria-label': 'Library', class: 'library', hidden: true },
      h('div', { class: 'library-head' }, this.#heading,
        h('button', { type: 'button', onclick: () => this.hide() }, 'Back to reading')),
      search,
      h('h3', { class: 'library-subhead' }, 'Documents'),
      h('div', { class: 'library-controls' }, filter, h('label', { class: 'sort' }, h('span', {}, 'Sort by'), sort)),
      this.#count,
      this.#list)
    this.toggle = h('button', {
      type: 'button', 'aria-expanded': 'false', 'aria-controls': 'library', 'aria-keyshortcuts': 'L', title: 'Library (L)',
      onclick: () => { if (this.shown) this.hide(); else void this.show() },
    }, 'Library')
  }

  get shown(): boolean {
    return !this.element.hidden
  }

  async show(focus = true): Promise<void> {
    this.#setShown(true)
    if (focus) this.#heading.focus()
    await this.refresh()
  }

  hide(): void {
    const hadFocus = this.element.contains(document.activeElement)
    this.#setShown(false)
    if (hadFocus) this.toggle.focus()
  }

  // Fetches the first page and the sources again; cheap, so done whenever
  // the list may have changed. Pages further down follow as they are shown.
  async refresh(): Promise<void> {
    this.#holding = true
    try {
      const [sources] = await Promise.all([this.#api.listSources({}), this.#pages.reload()])
      this.#sources = sources
    } catch (error) {
      showError(error)
    } finally {
      this.#holding = false
    }
    this.render()
  }

  // Asks the services for the first document in the order shown, so that
  // what the first page waits for (10,000 documents sorted: 20-80 ms of the
  // server at load) is done before the reader opens the library. Early, as
  // the view's first page is asked: answered (and sorted) at once, not
  // after the entries' check against their files, which the question
  // starts. Nothing is kept here: opening asks again, and the answer is fresh.
  prepare(): void {
    this.#api.listLibrary({ sort: this.#pages.sort, limit: 1, early: true }).catch(() => {
      // Opening asks again and says what went wrong.
    })
  }

  // The first document in the order shown, unfiltered: which one to open next.
  async first(): Promise<DocumentSummary | null> {
    const page = await this.#api.listLibrary({ sort: this.#pages.sort, limit: 1 })
    return fromColumns(page.columns)[0] ?? null
  }

  #setShown(shown: boolean): void {
    this.element.hidden = !shown
    document.querySelector<HTMLElement>('.layout')!.hidden = shown
    this.toggle.setAttribute('aria-expanded', String(shown))
    this.#toggled(shown)
  }

  render(): void {
    const { total, all } = this.#pages
    this.#count.textContent = all === null ? ''
      : all === 0 ? 'The library is empty — import an article.'
      : total === all ? `${all} document${all === 1 ? '' : 's'}` : `${total} of ${all} documents`
    this.#rows.setItems(Array.from({ length: total }, (_, i): Row => this.#pages.at(i) ?? { pending: i }))
  }

  #item(d: DocumentSummary): HTMLElement {
    const current = d.id === this.#current()
    const title = d.meta.title
    const details = [d.meta.publisher, d.meta.published, d.meta.author].filter(Boolean).join(' · ')
    const perSource = Object.entries(d.sourceCounts).filter(([, n]) => n > 0).map(([id, n]) => {
      const name = this.#sources.find((s) => s.id === id)?.name ?? `${id} (removed)`
      return h('li', { class: `source-${id}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), `${name}: ${n}`)
    })
    return h('li', { class: `library-item${current ? ' current' : ''}`, 'aria-current': current ? 'true' : undefined, 'data-document-id': d.id },
      h('h4', { class: 'library-title' }, title),
      details && h('p', { class: 'library-details' }, details),
      h('p', { class: 'library-counts' },
        `${d.annotationCount} annotation${d.annotationCount === 1 ? '' : 's'}, ${d.claimCount} claim${d.claimCount === 1 ? '' : 's'}`,
        current ? ' · open now' : '', readingState(this.progressOf(d.id))),
      perSource.length > 0 && h('ul', { class: 'counts', 'aria-label': `Annotations per source in ${title}` }, perSource),
      h('div', { class: 'item-actions' },
        h('button', { type: 'button', 'aria-label': `Open ${title}`, onclick: () => this.#actions.open(d.id) }, 'Open'),
        h('button', { type: 'button', 'aria-label': `Edit details of ${title}`, onclick: () => this.#actions.edit(d) }, 'Edit details'),
        h('button', { type: 'button', class: 'destructive', 'aria-label': `Delete ${title}`, onclick: () => this.#actions.remove(d) }, 'Delete')))
  }
}

// A row whose page is on its way: as tall as most, and said to be loading.
function pendingItem(): HTMLElement {
  return h('li', { class: 'library-item pending', 'aria-busy': 'true' }, h('p', { class: 'library-details' }, 'Loading…'))
}

// Unread, a percentage, or read to the end.
function readingState(progress: number | undefined): HTMLElement {
  if (!progress) return h('span', { class: 'reading-state unread' }, 'Unread')
  if (progress >= 1) return h('span', { class: 'reading-state read' }, 'Read')
  return h('span', { class: 'reading-state' }, `${Math.round(progress * 100)}% read`)
}
