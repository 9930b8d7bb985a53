// The "Sources" dialog: add, rename, recolour and remove sources. Each change
// goes through the API; the list is redrawn from the answer.

import type { Api } from '../../shared/api/contract.ts'
import { sourceKinds, type Source } from '../../shared/model/source.ts'
import { h } from './dom.ts'

const KIND_LABELS: Record<(typeof sourceKinds)[number], string> = {
  'news-agency': 'News agency', newspaper: 'Newspaper', broadcaster: 'Broadcaster',
  'government-body': 'Government body', person: 'Person', other: 'Other',
}

export class SourceManager {
  readonly element: HTMLDialogElement
  #api: Api
  #changed: () => Promise<void>
  #onError: (error: unknown) => void
  #list = h('ul', { class: 'source-list', 'aria-label': 'Sources' })

  constructor(api: Api, changed: () => Promise<void>, onError: (error: unknown) => void) {
    this.#api = api
    this.#changed = changed
    this.#onError = onError
    const name = h('input', { type: 'text', 'aria-label': 'New source name', placeholder: 'New source name', required: true }) as HTMLInputElement
    const kind = h('select', { 'aria-label': 'Kind of new source' }, sourceKinds.map((k) => h('option', { value: k, selected: k === 'other' }, KIND_LABELS[k]))) as HTMLSelectElement
    const add = h('form', { class: 'add-source', onsubmit: (event: Event) => {
      event.preventDefault()
      void this.#run(async () => {
        await this.#api.addSource({ name: name.value, kind: kind.value as Source['kind'] })
        name.value = ''
      })
    } }, name, kind, h('button', { type: 'submit' }, 'Add source'))
    this.element = h('dialog', { 'aria-label': 'Sources', class: 'source-manager' },
      h('h2', {}, 'Sources'),
      this.#list,
      add,
      h('button', { type: 'button', onclick: () => this.element.close() }, 'Close')) as HTMLDialogElement
  }

  open(sources: readonly Source[]): void {
    this.render(sources)
    if (!this.element.open) this.element.showModal()
  }

  render(sources: readonly Source[]): void {
    this.#list.replaceChildren(...sources.map((s) => {
      const name = h('input', { type: 'text', 'aria-label': `Name of ${s.name}`, value: s.name }) as HTMLInputElement
      const rename = () => {
        if (name.value.trim() && name.value.trim() !== s.name) void this.#run(() => this.#api.updateSource({ sourceId: s.id, name: name.value }))
      }
      name.addEventListener('change', rename)
      const colour = h('input', { type: 'color', 'aria-label': `Colour of ${s.name}`, value: s.colour }) as HTMLInputElement
      colour.addEventListener('change', () => void this.#run(() => this.#api.updateSource({ sourceId: s.id, colour: colour.value })))
      return h('li', { class: `source-${s.id}` }, name, colour,
        h('span', { class: 'kind-label' }, KIND_LABELS[s.kind]),
        h('button', { type: 'button', onclick: () => void this.#run(() => this.#api.removeSource({ sourceId: s.id })) }, `Remove ${s.name}`))
    }))
  }

  async #run(change: () => Promise<unknown>): Promise<void> {
    try {
      await change()
    } catch (error) {
      this.#onError(error)
    }
    await this.#changed()
  }
}
