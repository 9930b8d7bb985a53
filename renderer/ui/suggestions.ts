// The "Suggestions" region: the attribution suggestions of the open
// article, one list item each (the claim, "Source via Relay", the cue,
// Accept, Reject, Edit), an on/off switch, "Accept all from <source>", and
// the edit form (another source or relay, the span as selected in the
// text, confirmed with Enter). It draws the state and names commands.

import type { Source } from '../../shared/model/source.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import type { SuggestionState } from '../suggestion-state.ts'
import { h } from './dom.ts'
import { VirtualList } from './virtual-list.ts'

export type Run = (command: string, args?: unknown) => void

// Sources with at least this many suggestions get an "Accept all" button.
const ACCEPT_ALL_MIN = 2
const ACCEPT_ALL_SHOWN = 4

export class SuggestionsView {
  readonly element: HTMLElement
  #state: SuggestionState
  #run: Run
  #sources: () => readonly Source[]
  #toggle: HTMLButtonElement
  #count = h('span', { class: 'suggestion-count' })
  #body = h('div', { class: 'suggestions-body' })
  #keys = h('p', { class: 'hint keys-hint' }, h('kbd', {}, ']'), ' ', h('kbd', {}, '['), ' move · ', h('kbd', {}, 'a'), ' accept · ', h('kbd', {}, 'r'), ' reject · ', h('kbd', {}, 'e'), ' edit')
  #acceptAllSlot = h('div', { class: 'accept-all-slot' })
  #acceptAllDrawn = ''
  // A long article has thousands: only those near the screen are drawn.
  #list = h('ol', { class: 'suggestion-list', 'aria-label': 'Suggestion list' })
  #rows: VirtualList<Suggestion>
  // The items built so far by suggestion key, with the drawing they show:
  // a row whose drawing did not change is the same element (and keeps its focus).
  #items = new Map<string, { element: HTMLElement; drawn: string }>()
  #opened: HTMLElement | null = null

  constructor(state: SuggestionState, run: Run, sources: () => readonly Source[]) {
    this.#state = state
    this.#run = run
    this.#sources = sources
    this.#toggle = h('button', { type: 'button', class: 'switch', 'aria-pressed': 'true', title: 'Show or hide suggestions (t)', 'aria-keyshortcuts': 'T', onclick: () => run('suggestions.toggle') }, 'Show')
    this.element = h('section', { role: 'region', 'aria-label': 'Suggestions', class: 'sidebar-section suggestions' },
      h('div', { class: 'sidebar-head' }, h('h2', {}, 'Suggestions ', this.#count), this.#toggle),
      this.#body)
    this.#rows = new VirtualList<Suggestion>({
      list: this.#list,
      // The list scrolls in its own box (styles.css).
      scroller: this.#list,
      key: (s) => s.key,
      render: (s) => this.#row(s),
      estimate: 110,
      drawAllUpTo: 200,
      keep: () => [state.currentKey, state.editingKey].filter((key): key is string => !!key),
    })
  }

  // Drawn once per change of state, which every key in the list makes
  // ("]" moves the focus): only the rows near the screen are drawn, and of
  // those only the ones whose drawing changed are built again; the others
  // (and their focus) stay in place.
  render(): void {
    const state = this.#state
    this.#toggle.setAttribute('aria-pressed', String(state.shown))
    // Named by words that include what it shows (axe: label-content-name-mismatch).
    this.#toggle.replaceChildren(h('span', { class: 'visually-hidden' }, 'Show suggestions: '), state.shown ? 'On' : 'Off')
    this.#count.textContent = state.shown && state.status === 'ready' ? `(${state.list.length})` : ''
    if (!state.shown) return this.#message(h('p', { class: 'hint' }, 'Suggestions are hidden. Turn them on to see who said what, as the text puts it.'))
    if (state.status === 'loading') return this.#message(h('p', { class: 'hint' }, 'Reading the article for attributions…'))
    if (state.status === 'failed') return this.#message(h('p', { class: 'field-error' }, `Suggestions are not available: ${state.error}`))
    if (state.list.length === 0) return this.#message(h('p', { class: 'hint' }, 'No suggestions left for this article.'))

    const hadFocus = this.#body.contains(document.activeElement)
    if (this.#list.parentNode !== this.#body) this.#body.replaceChildren(this.#keys, this.#acceptAllSlot, this.#list)
    this.#drawAcceptAll(state.list)
    this.#opened = null
    const wanted = new Set(state.list.map((s) => s.key))
    for (const key of this.#items.keys()) if (!wanted.has(key)) this.#items.delete(key)
    this.#rows.setItems(state.list)
    const opened = this.#opened as HTMLElement | null
    const current = state.currentKey !== null ? this.#rows.element(state.currentKey) : null
    // A form just opened takes the focus; otherwise a focus in the list follows the current item.
    if (opened) opened.querySelector<HTMLSelectElement>('.suggestion-edit select')?.focus()
    else if (hadFocus && current && !current.contains(document.activeElement)) current.querySelector<HTMLElement>('.suggestion-claim')?.focus()
    if (state.revealKey && current) this.#rows.reveal(state.revealKey)
  }

  // The row for a suggestion: the one built before while its drawing holds.
  #row(s: Suggestion): HTMLElement {
    const drawn = this.#drawing(s)
    const item = this.#items.get(s.key)
    if (item && item.drawn === drawn) return item.element
    const element = this.#item(s)
    this.#items.set(s.key, { element, drawn })
    if (this.#state.editingKey === s.key) this.#opened = element
    return element
  }

  #message(message: HTMLElement): void {
    this.#items.clear()
    this.#rows.setItems([])
    this.#acceptAllDrawn = ''
    this.#body.replaceChildren(message)
  }

  // Everything an item shows, as one string: equal strings, equal drawings.
  #drawing(s: Suggestion): string {
    const state = this.#state
    return JSON.stringify([s.content.text, s.source, s.via, s.venue, s.cue.text, Math.round(s.confidence * 100), this.#colourOf(s),
      state.currentKey === s.key, state.editingKey === s.key])
  }

  #drawAcceptAll(list: readonly Suggestion[]): void {
    const element = this.#acceptAll(list)
    const drawn = element ? element.outerHTML : ''
    if (drawn === this.#acceptAllDrawn) return
    this.#acceptAllDrawn = drawn
    this.#acceptAllSlot.replaceChildren(element)
  }

  #acceptAll(list: readonly Suggestion[]): HTMLElement | '' {
    const counts = new Map<string, number>()
    for (const s of list) counts.set(s.source, (counts.get(s.source) ?? 0) + 1)
    const many = [...counts].filter(([, n]) => n >= ACCEPT_ALL_MIN).sort((a, b) => b[1] - a[1]).slice(0, ACCEPT_ALL_SHOWN)
    if (many.length === 0) return ''
    return h('div', { class: 'accept-all' }, h('span', { class: 'accept-all-label' }, 'Accept all from'),
      many.map(([source, n]) => h('button', {
        type: 'button', class: `small ${this.#colourOf(list.find((s) => s.source === source)!)}`,
        'aria-label': `Accept all from ${source}`, onclick: () => this.#run('suggestions.acceptAll', { source }),
      }, `${source} (${n})`)))
  }

  #colourOf(s: Suggestion): string {
    return 'sourceId' in s.sourceMatch ? `source-${s.sourceMatch.sourceId}` : 'source-new'
  }

  #item(s: Suggestion): HTMLElement {
    const state = this.#state
    const current = state.currentKey === s.key
    const who = s.via ? `${s.source} via ${s.via}` : s.source
    const isNew = !('sourceId' in s.sourceMatch)
    return h('li', { class: `suggestion-item ${this.#colourOf(s)}${current ? ' current' : ''}`, 'data-suggestion-key': s.key, 'aria-current': current ? 'true' : undefined },
      h('button', { type: 'button', class: 'suggestion-claim', onclick: () => this.#run('suggestions.select', { key: s.key }) },
        h('span', { class: 'visually-hidden' }, 'Suggested claim: '), h('q', {}, s.content.text)),
      h('p', { class: 'suggestion-who' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), who,
        isNew ? h('span', { class: 'tag' }, 'new source') : '',
        s.venue ? h('span', { class: 'venue' }, ` · told ${s.venue}`) : ''),
      h('p', { class: 'suggestion-cue' }, 'Cue: ', h('q', {}, s.cue.text), h('span', { class: 'confidence', title: 'Confidence' }, ` · ${Math.round(s.confidence * 100)}%`)),
      state.editingKey === s.key ? this.#editForm(s) : h('div', { class: 'item-actions' },
        h('button', { type: 'button', class: current ? 'primary' : undefined, 'aria-keyshortcuts': current ? 'A' : undefined, onclick: () => this.#run('suggestions.accept', { key: s.key }) }, 'Accept'),
        h('button', { type: 'button', 'aria-keyshortcuts': current ? 'R' : undefined, onclick: () => this.#run('suggestions.reject', { key: s.key }) }, 'Reject'),
        h('button', { type: 'button', 'aria-keyshortcuts': current ? 'E' : undefined, onclick: () => this.#run('suggestions.edit', { key: s.key }) }, 'Edit')),
    )
  }

  // One step: the source and relay chosen here, the span as selected in
  // the text (the claim's words are selected when the form opens).
  #editForm(s: Suggestion): HTMLElement {
    const sources = this.#sources()
    const proposed = (m: Suggestion['sourceMatch'] | null, name: string | null) =>
      m && !('sourceId' in m) ? h('option', { value: '' }, `${name} (new source)`) : null
    const matchedId = (m: Suggestion['sourceMatch'] | null) => (m && 'sourceId' in m ? m.sourceId : null)
    const sourceSelect = h('select', { 'aria-label': 'Source' },
      proposed(s.sourceMatch, s.source),
      sources.map((src) => h('option', { value: src.id, selected: matchedId(s.sourceMatch) === src.id }, src.name)))
    const viaSelect = h('select', { 'aria-label': 'Relayed by' },
      h('option', { value: '-', selected: !s.viaMatch }, 'No relay'),
      proposed(s.viaMatch, s.via),
      sources.map((src) => h('option', { value: src.id, selected: matchedId(s.viaMatch) === src.id }, src.name)))
    if (s.viaMatch && !('sourceId' in s.viaMatch)) viaSelect.value = ''
    const confirm = () => {
      const via = viaSelect.value === '-' ? [] : viaSelect.value ? [viaSelect.value] : undefined
      this.#run('suggestions.accept', { key: s.key, selected: true, ...(sourceSelect.value ? { sourceId: sourceSelect.value } : {}), ...(via ? { via } : {}) })
    }
    const form = h('form', { class: 'suggestion-edit', 'aria-label': 'Edit suggestion' },
      h('label', { class: 'field' }, h('span', {}, 'Source'), sourceSelect),
      h('label', { class: 'field' }, h('span', {}, 'Relayed by'), viaSelect),
      h('p', { class: 'hint' }, 'The claim’s words are selected in the text: select fewer to shorten it. Enter accepts, Escape cancels.'),
      h('div', { class: 'item-actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Accept edited'),
        h('button', { type: 'button', onclick: () => this.#state.edit(null) }, 'Cancel')))
    // Pressing a button must not take the text selection (the span) away.
    form.addEventListener('mousedown', (event) => { if ((event.target as Element).closest('button')) event.preventDefault() })
    form.addEventListener('submit', (event) => { event.preventDefault(); confirm() })
    form.addEventListener('keydown', (event) => {
      // The reader's plain keys ("a" accept as suggested) wait until the form closes.
      if (!event.ctrlKey && !event.metaKey) event.stopPropagation()
      if (event.key === 'Enter' && !(event.target as Element).closest('button')) { event.preventDefault(); confirm() }
      if (event.key === 'Escape') { event.preventDefault(); this.#state.edit(null) }
    })
    return form
  }
}
