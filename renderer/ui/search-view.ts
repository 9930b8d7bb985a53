// "Search all documents": their text and titles, and every annotation's
// quote, note and sources, best first. Each result names the document and
// where the words were found, with a little context around the matching
// words (marked); choosing one (click or Enter) opens the document at that
// place. Up and Down move between the box and the results. The results are
// a virtual list (virtual-list.ts): only the rows in view are drawn. While
// the library is still being indexed, the search is asked again shortly.
//
// Every key searches at once, with no pause: the answer the user waits for
// is the one to the last key. At most one question is out at a time; keys
// typed while it is answered only change what is asked next, so a fast
// typist never queues stale searches on the server.

import type { Api, Output, SearchHit } from '../../shared/api/contract.ts'
import { h } from './dom.ts'
import { showError } from './status.ts'
import { VirtualList } from './virtual-list.ts'

const FIELD_LABELS: Record<SearchHit['field'], string> = {
  text: 'Text', title: 'Title', quote: 'Annotated quote', note: 'Note', source: 'Source',
}

// Asked again this soon while the library is being indexed.
const INDEXING_RETRY_MS = 1000

// A result and its place in the list (its key).
interface Row { hit: SearchHit; index: number }

export class SearchView {
  readonly element: HTMLElement
  #api: Api
  #choose: (hit: SearchHit) => void
  #input: HTMLInputElement
  #summary = h('p', { class: 'search-summary', 'aria-live': 'polite' })
  #results = h('ol', { class: 'search-results', 'aria-label': 'Search results' })
  #list: VirtualList<Row>
  #timer: ReturnType<typeof setTimeout> | undefined
  // Answers can arrive out of order; only the latest question's is shown.
  #asked = 0
  // The question out now, and whether the box changed since it was asked.
  #out: Promise<void> | null = null
  #again = false

  constructor(api: Api, choose: (hit: SearchHit) => void) {
    this.#api = api
    this.#choose = choose
    this.#input = h('input', {
      type: 'search', 'aria-label': 'Search all documents', placeholder: 'Search text, titles, quotes, notes, sources',
      'aria-keyshortcuts': '/ Control+Shift+F', 'aria-controls': 'search-results',
      oninput: () => { clearTimeout(this.#timer); void this.search() },
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'ArrowDown') { event.preventDefault(); this.#focusRow(0) }
      },
    })
    this.#results.id = 'search-results'
    this.#results.addEventListener('keydown', (event) => this.#move(event))
    this.#list = new VirtualList<Row>({
      list: this.#results,
      // The results scroll in their own box (styles.css).
      scroller: this.#results,
      key: (row) => String(row.index),
      render: (row) => h('li', {}, this.#row(row.hit, row.index)),
      estimate: 72,
    })
    this.element = h('form', { role: 'search', 'aria-label': 'Search', class: 'search', onsubmit: (event: Event) => {
      event.preventDefault()
      clearTimeout(this.#timer)
      void this.search()
    } }, this.#input, this.#summary, this.#results)
  }

  focus(): void {
    this.#input.focus()
    this.#input.select()
  }

  // Searches for what the box holds now; while a question is out, once it
  // is answered (the box may change again meanwhile: the latest is asked).
  async search(): Promise<void> {
    if (this.#out) {
      this.#again = true
      return this.#out
    }
    this.#out = this.#ask().finally(() => { this.#out = null })
    await this.#out
    if (this.#again) {
      this.#again = false
      await this.search()
    }
  }

  async #ask(): Promise<void> {
    // The services take up to 500 characters.
    const query = this.#input.value.trim().slice(0, 500)
    const asked = ++this.#asked
    if (!query) {
      this.#summary.textContent = ''
      this.#list.setItems([])
      return
    }
    let answer: Output<'search'>
    try {
      answer = await this.#api.search({ query })
    } catch (error) {
      if (asked === this.#asked && !this.#again) showError(error)
      return
    }
    // Not when the box changed meanwhile: its own answer comes next.
    if (asked !== this.#asked || this.#again) return
    this.#show(answer)
  }

  #show({ hits, truncated, indexing }: Output<'search'>): void {
    const n = hits.length
    const found = n === 0 ? 'No results.'
      : truncated ? `Showing the first ${n} results.` : `${n} result${n === 1 ? '' : 's'}.`
    this.#summary.textContent = indexing ? `${n === 0 ? 'No results yet' : found.slice(0, -1)}; still indexing the library…` : found
    this.#list.setItems(hits.map((hit, index) => ({ hit, index })))
    if (indexing) {
      clearTimeout(this.#timer)
      this.#timer = setTimeout(() => void this.search(), INDEXING_RETRY_MS)
    }
  }

  #row(hit: SearchHit, index: number): HTMLElement {
    return h('button', { type: 'button', class: 'search-hit', 'data-index': index, onclick: () => this.#choose(hit) },
      h('span', { class: 'hit-title' }, hit.documentTitle),
      h('span', { class: 'hit-field' }, FIELD_LABELS[hit.field]),
      h('span', { class: 'hit-snippet' }, hit.before, h('mark', { class: 'search-match' }, hit.match), hit.after))
  }

  #move(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    const at = Number((document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.search-hit')?.dataset.index ?? -1)
    const next = at + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) this.#input.focus()
    else this.#focusRow(Math.min(next, this.#list.items.length - 1))
  }

  // Draws the row (scrolling as little as needed) and focuses its button.
  #focusRow(index: number): void {
    this.#list.reveal(String(index))?.querySelector<HTMLElement>('.search-hit')?.focus()
  }
}
