// "Search all documents": their text and titles, and every annotation's
// quote, note and sources. Each result names the document and where the
// words were found, with a little context around the match; choosing one
// (click or Enter) opens the document at that place. Up and Down move
// between the box and the results.

import type { Api, Output, SearchHit } from '../../shared/api/contract.ts'
import { h } from './dom.ts'
import { showError } from './status.ts'

const FIELD_LABELS: Record<SearchHit['field'], string> = {
  text: 'Text', title: 'Title', quote: 'Annotated quote', note: 'Note', source: 'Source',
}

// Typing pauses this long before a search starts; Enter searches at once.
const PAUSE_MS = 250

export class SearchView {
  readonly element: HTMLElement
  #api: Api
  #choose: (hit: SearchHit) => void
  #input: HTMLInputElement
  #summary = h('p', { class: 'search-summary', 'aria-live': 'polite' })
  #results = h('ol', { class: 'search-results', 'aria-label': 'Search results' })
  #timer: ReturnType<typeof setTimeout> | undefined
  // Answers can arrive out of order; only the latest question's is shown.
  #asked = 0

  constructor(api: Api, choose: (hit: SearchHit) => void) {
    this.#api = api
    this.#choose = choose
    this.#input = h('input', {
      type: 'search', 'aria-label': 'Search all documents', placeholder: 'Search text, titles, quotes, notes, sources',
      'aria-keyshortcuts': '/ Control+Shift+F', 'aria-controls': 'search-results',
      oninput: () => { clearTimeout(this.#timer); this.#timer = setTimeout(() => void this.search(), PAUSE_MS) },
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'ArrowDown') { event.preventDefault(); this.#buttons()[0]?.focus() }
      },
    })
    this.#results.id = 'search-results'
    this.#results.addEventListener('keydown', (event) => this.#move(event))
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

  async search(): Promise<void> {
    // The services take up to 500 characters.
    const query = this.#input.value.trim().slice(0, 500)
    const asked = ++this.#asked
    if (!query) {
      this.#summary.textContent = ''
      this.#results.replaceChildren()
      return
    }
    let answer: Output<'search'>
    try {
      answer = await this.#api.search({ query })
    } catch (error) {
      if (asked === this.#asked) showError(error)
      return
    }
    if (asked !== this.#asked) return
    this.#show(answer)
  }

  #show({ hits, truncated }: Output<'search'>): void {
    const n = hits.length
    this.#summary.textContent = n === 0 ? 'No results.'
      : truncated ? `Showing the first ${n} results.` : `${n} result${n === 1 ? '' : 's'}.`
    this.#results.replaceChildren(...hits.map((hit) => h('li', {},
      h('button', { type: 'button', class: 'search-hit', onclick: () => this.#choose(hit) },
        h('span', { class: 'hit-title' }, hit.documentTitle),
        h('span', { class: 'hit-field' }, FIELD_LABELS[hit.field]),
        h('span', { class: 'hit-snippet' }, hit.before, h('mark', { class: 'search-match' }, hit.match), hit.after)))))
  }

  #buttons(): HTMLButtonElement[] {
    return [...this.#results.querySelectorAll<HTMLButtonElement>('button.search-hit')]
  }

  #move(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    event.preventDefault()
    const buttons = this.#buttons()
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const next = at + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) this.#input.focus()
    else buttons[Math.min(next, buttons.length - 1)]?.focus()
  }
}
