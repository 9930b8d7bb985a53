// The "Sources" dialog: add, rename, recolour and remove sources. Each change
// is a command (renderer/commands/sources.ts); the list is redrawn with the
// sources read again after it.

import { sourceKinds, type Source } from '../../shared/model/source.ts'
import { h } from './dom.ts'

const KIND_LABELS: Record<(typeof sourceKinds)[number], string> = {
  'news-agency': 'News agency', newspaper: 'Newspaper', broadcaster: 'Broadcaster',
  'government-body': 'Government body', person: 'Person', other: 'Other',
}

export interface SourceActions {
  // Answers whether the source was added.
  add(name: string, kind: Source['kind']): Promise<boolean>
  rename(sourceId: string, name: string): void
  recolour(sourceId: string, colour: string): void
  remove(sourceId: string): void
}

export class SourceManager {
  readonly element: HTMLDialogElement
  #actions: SourceActions
  #list = h('ul', { class: 'source-list', 'aria-label': 'Sources' })

  constructor(actions: SourceActions) {
    this.#actions = actions
    const name = h('input', { type: 'text', 'aria-label': 'New source name', placeholder: 'New source name', required: true }) as HTMLInputElement
    const kind = h('select', { 'aria-label': 'Kind of new source' }, sourceKinds.map((k) => h('option', { value: k, selected: k === 'other' }, KIND_LABELS[k]))) as HTMLSelectElement
    const add = h('form', { class: 'add-source', onsubmit: (event: Event) => {
      event.preventDefault()
      void this.#actions.add(name.value, kind.value as Source['kind']).then((added) => { if (added) name.value = '' })
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
        if (name.value.trim() && name.value.trim() !== s.name) this.#actions.rename(s.id, name.value)
      }
      name.addEventListener('change', rename)
      const colour = h('input', { type: 'color', 'aria-label': `Colour of ${s.name}`, value: s.colour }) as HTMLInputElement
      colour.addEventListener('change', () => this.#actions.recolour(s.id, colour.value))
      return h('li', { class: `source-${s.id}` }, name, colour,
        h('span', { class: 'kind-label' }, KIND_LABELS[s.kind]),
        h('button', { type: 'button', onclick: () => this.#actions.remove(s.id) }, `Remove ${s.name}`))
    }))
  }
}
