// The "Library" region: every document with its publisher, date and counts
// of annotations per source, sorted and filtered as the reader chooses, and
// for each one Open, Edit details and Delete. While it is shown it takes
// the reading area's place; opening a document goes back to reading.

import type { Api, DocumentSummary } from '../../shared/api/contract.ts'
import type { Source } from '../../shared/model/source.ts'
import { fromColumns } from '../../shared/api/summary-columns.ts'
import { arrangeLibrary, librarySorts, SORT_LABELS, type LibrarySort } from '../library-order.ts'
import { h } from './dom.ts'
import { showError } from './status.ts'
import { VirtualList } from './virtual-list.ts'

export interface LibraryActions {
  open(documentId: string): void
  edit(document: DocumentSummary): void
  remove(document: DocumentSummary): void
}

export class LibraryView {
  readonly element: HTMLElement
  // The header button that shows and hides the library.
  readonly toggle: HTMLButtonElement
  documents: DocumentSummary[] = []
  // How far each document has been read (0 to 1), when known.
  progressOf: (documentId: string) => number | undefined = () => undefined
  #api: Api
  #actions: LibraryActions
  #current: () => string | null
  #sources: Source[] = []
  #sort: LibrarySort = 'added'
  #filter = ''
  #count = h('p', { class: 'library-count', 'aria-live': 'polite' })
  #list = h('ul', { class: 'library-list', 'aria-label': 'Documents' })
  #heading = h('h2', { tabindex: -1 }, 'Library')
  // Only the documents near the screen are in the DOM; the page scrolls.
  #rows = new VirtualList<DocumentSummary>({
    list: this.#list,
    scroller: null,
    key: (d) => d.id,
    render: (d) => this.#item(d),
    estimate: 130,
    drawAllUpTo: 200,
  })

  #toggled: (shown: boolean) => void

  constructor(api: Api, actions: LibraryActions, current: () => string | null, search: HTMLElement, toggled: (shown: boolean) => void) {
    this.#api = api
    this.#toggled = toggled
    this.#actions = actions
    this.#current = current
    const filter = h('input', {
      type: 'search', 'aria-label': 'Filter documents', placeholder: 'Filter by title, publisher or author',
      oninput: (event: Event) => { this.#filter = (event.target as HTMLInputElement).value; this.render() },
    })
    const sort = h('select', {
      'aria-label': 'Sort documents by',
      onchange: (event: Event) => { this.#sort = (event.target as HTMLSelectElement).value as LibrarySort; this.render() },
    }, librarySorts.map((s) => h('option', { value: s, selected: s === this.#sort }, SORT_LABELS[s])))
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

  // Fetches the list again; cheap, so done whenever it may have changed.
  async refresh(): Promise<void> {
    try {
      const [columns, sources] = await Promise.all([this.#api.listLibrary({}), this.#api.listSources({})])
      this.documents = fromColumns(columns)
      this.#sources = sources
      this.render()
    } catch (error) {
      showError(error)
    }
  }

  // The documents in the order shown, unfiltered: which one to open next.
  ordered(): DocumentSummary[] {
    return arrangeLibrary(this.documents, this.#sort)
  }

  #setShown(shown: boolean): void {
    this.element.hidden = !shown
    document.querySelector<HTMLElement>('.layout')!.hidden = shown
    this.toggle.setAttribute('aria-expanded', String(shown))
    this.#toggled(shown)
  }

  render(): void {
    const shown = arrangeLibrary(this.documents, this.#sort, this.#filter)
    const total = this.documents.length
    this.#count.textContent = total === 0
      ? 'The library is empty — import an article.'
      : shown.length === total ? `${total} document${total === 1 ? '' : 's'}` : `${shown.length} of ${total} documents`
    this.#rows.setItems(shown)
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

// Unread, a percentage, or read to the end.
function readingState(progress: number | undefined): HTMLElement {
  if (!progress) return h('span', { class: 'reading-state unread' }, 'Unread')
  if (progress >= 1) return h('span', { class: 'reading-state read' }, 'Read')
  return h('span', { class: 'reading-state' }, `${Math.round(progress * 100)}% read`)
}
