// Type-to-filter choice among all sources, for when there are more than
// the toolbar has buttons for: "glo" then Enter picks Global Times. The
// options are a listbox the input controls (the ARIA combobox pattern);
// arrows move the active option, Escape closes.

import type { Source } from '../../shared/model/source.ts'
import { h } from './dom.ts'

export interface PickerActions {
  pick(sourceId: string): void
  // The picker took or gave up the focus (the toolbar stays while it has it).
  focused(focused: boolean): void
}

// Sources whose name or an alias contains the query; those where a word
// starts with it first, then in their usual order.
function filterSources(sources: readonly Source[], query: string): Source[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...sources]
  const rank = (s: Source) => {
    let best = 2
    for (const name of [s.name, ...s.aliases]) {
      const lower = name.toLowerCase()
      const at = lower.indexOf(q)
      if (at === -1) continue
      best = Math.min(best, at === 0 || /\s|-/.test(lower[at - 1]!) ? 0 : 1)
    }
    return best
  }
  return sources.map((s, i) => ({ s, i, r: rank(s) })).filter((x) => x.r < 2).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.s)
}

let pickers = 0

export class SourcePicker {
  readonly element: HTMLElement
  readonly input: HTMLInputElement
  #list: HTMLElement
  #sources: readonly Source[] = []
  #matches: Source[] = []
  #active = 0
  #actions: PickerActions

  constructor(actions: PickerActions) {
    this.#actions = actions
    const listId = `source-picker-${++pickers}`
    this.#list = h('ul', { id: listId, role: 'listbox', 'aria-label': 'Matching sources', class: 'source-picker-list', hidden: true })
    this.input = h('input', {
      type: 'text', role: 'combobox', 'aria-label': 'Find a source', placeholder: 'Source…',
      'aria-controls': listId, 'aria-expanded': 'false', 'aria-autocomplete': 'list', autocomplete: 'off', class: 'source-picker-input',
    })
    this.input.addEventListener('focus', () => { this.#actions.focused(true); this.#update() })
    this.input.addEventListener('blur', () => { this.#close(); this.#actions.focused(false) })
    this.input.addEventListener('input', () => { this.#active = 0; this.#update() })
    this.input.addEventListener('keydown', (event) => this.#key(event))
    this.element = h('div', { class: 'source-picker' }, this.input, this.#list)
  }

  use(sources: readonly Source[]): void {
    this.#sources = sources
    if (document.activeElement === this.input) this.#update()
  }

  focus(): void {
    this.input.focus()
  }

  #key(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const n = this.#matches.length
      if (n) this.#active = (this.#active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n
      this.#update()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const chosen = this.#matches[this.#active]
      if (chosen) this.#choose(chosen.id)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      this.input.blur()
    }
  }

  #choose(sourceId: string): void {
    // Picked first: the held selection goes when the focus does.
    this.#actions.pick(sourceId)
    this.input.value = ''
    this.input.blur()
  }

  #update(): void {
    this.#matches = filterSources(this.#sources, this.input.value)
    this.#active = Math.min(this.#active, Math.max(0, this.#matches.length - 1))
    this.#list.replaceChildren(...(this.#matches.length ? this.#matches.map((s, i) => h('li', {
      role: 'option', id: `${this.#list.id}-${i}`, 'aria-selected': String(i === this.#active), class: `source-option source-${s.id}`,
      onclick: () => this.#choose(s.id),
    }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), s.name)) : [h('li', { class: 'source-option-none' }, 'No source matches')]))
    this.#list.hidden = false
    this.input.setAttribute('aria-expanded', 'true')
    if (this.#matches.length) this.input.setAttribute('aria-activedescendant', `${this.#list.id}-${this.#active}`)
    else this.input.removeAttribute('aria-activedescendant')
  }

  #close(): void {
    this.#list.hidden = true
    this.input.value = ''
    this.input.setAttribute('aria-expanded', 'false')
    this.input.removeAttribute('aria-activedescendant')
  }
}
