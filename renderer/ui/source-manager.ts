// The "Sources" dialog: add sources; edit each one's name, colour, kind and
// other names; move it up or down (its number is the key that tags it);
// merge it into another; remove it. Each change is a command
// (renderer/commands/sources.ts, source-edits.ts); the list is redrawn with
// the sources read again after it, the focus kept on the same control.

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
  update(sourceId: string, changes: { kind?: Source['kind']; aliases?: string[] }): void
  move(sourceId: string, by: -1 | 1): void
  merge(from: string, into: string): void
}

// "TASS, ITAR-TASS" as a list: trimmed, empty ones and repeats dropped.
function parseAliases(text: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of text.split(',')) {
    const alias = part.trim().slice(0, 200)
    if (!alias || seen.has(alias.toLowerCase())) continue
    seen.add(alias.toLowerCase())
    out.push(alias)
  }
  return out.slice(0, 50)
}

export class SourceManager {
  readonly element: HTMLDialogElement
  #actions: SourceActions
  #list = h('ul', { class: 'source-list', 'aria-label': 'Sources' })

  constructor(actions: SourceActions) {
    this.#actions = actions
    const name = h('input', { type: 'text', 'aria-label': 'New source name', placeholder: 'New source name', required: true })
    const kind = h('select', { 'aria-label': 'Kind of new source' }, sourceKinds.map((k) => h('option', { value: k, selected: k === 'other' }, KIND_LABELS[k])))
    const add = h('form', { class: 'add-source', onsubmit: (event: Event) => {
      event.preventDefault()
      void this.#actions.add(name.value, kind.value as Source['kind']).then((added) => { if (added) name.value = '' })
    } }, name, kind, h('button', { type: 'submit' }, 'Add source'))
    this.element = h('dialog', { 'aria-label': 'Sources', class: 'source-manager' },
      h('h2', {}, 'Sources'),
      this.#list,
      add,
      h('button', { type: 'button', onclick: () => this.element.close() }, 'Close'))
  }

  open(sources: readonly Source[]): void {
    this.render(sources)
    if (!this.element.open) this.element.showModal()
  }

  render(sources: readonly Source[]): void {
    const focused = document.activeElement instanceof HTMLElement && this.#list.contains(document.activeElement)
      ? document.activeElement.dataset.focus : undefined
    this.#list.replaceChildren(...sources.map((s, index) => this.#row(s, index, sources)))
    if (focused) {
      const again = this.#list.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)
      if (again && !(again as HTMLButtonElement).disabled) again.focus()
    }
  }

  #row(s: Source, index: number, sources: readonly Source[]): HTMLElement {
    const key = (role: string) => `${s.id}:${role}`
    const name = h('input', { type: 'text', 'aria-label': `Name of ${s.name}`, value: s.name, 'data-focus': key('name') })
    name.addEventListener('change', () => {
      if (name.value.trim() && name.value.trim() !== s.name) this.#actions.rename(s.id, name.value)
    })
    const colour = h('input', { type: 'color', 'aria-label': `Colour of ${s.name}`, value: s.colour, 'data-focus': key('colour') })
    colour.addEventListener('change', () => this.#actions.recolour(s.id, colour.value))
    const kind = h('select', { 'aria-label': `Kind of ${s.name}`, 'data-focus': key('kind') },
      sourceKinds.map((k) => h('option', { value: k, selected: k === s.kind }, KIND_LABELS[k])))
    kind.addEventListener('change', () => this.#actions.update(s.id, { kind: kind.value as Source['kind'] }))
    const aliases = h('input', { type: 'text', 'aria-label': `Other names of ${s.name}`, placeholder: 'Other names, comma-separated', value: s.aliases.join(', '), 'data-focus': key('aliases') })
    aliases.addEventListener('change', () => {
      const list = parseAliases(aliases.value)
      if (list.join('\n') !== s.aliases.join('\n')) this.#actions.update(s.id, { aliases: list })
    })
    const others = sources.filter((o) => o.id !== s.id)
    const merge = h('select', { 'aria-label': `Merge ${s.name} into`, 'data-focus': key('merge'), disabled: others.length === 0 },
      h('option', { value: '' }, 'Merge into…'),
      others.map((o) => h('option', { value: o.id }, o.name)))
    merge.addEventListener('change', () => {
      const into = merge.value
      merge.value = ''
      if (into) this.#actions.merge(s.id, into)
    })
    const button = (label: string, role: string, onclick: () => void, disabled = false, text = label) =>
      h('button', { type: 'button', 'aria-label': label, title: label, 'data-focus': key(role), disabled, onclick }, text)
    return h('li', { class: `source-row source-${s.id}` },
      h('span', { class: 'source-number', title: index < 9 ? `Key ${index + 1} tags ${s.name}` : 'No key' }, index < 9 ? String(index + 1) : ''),
      name, colour, kind, aliases,
      h('span', { class: 'source-row-actions' },
        button(`Move ${s.name} up`, 'up', () => this.#actions.move(s.id, -1), index === 0, '↑'),
        button(`Move ${s.name} down`, 'down', () => this.#actions.move(s.id, 1), index === sources.length - 1, '↓'),
        merge,
        h('button', { type: 'button', 'data-focus': key('remove'), onclick: () => this.#actions.remove(s.id) }, `Remove ${s.name}`)))
  }
}
