// The small toolbar beside the selection (or the current annotation):
// "Highlight", "Claim", and one button per source, named by the source.

import type { Source } from '../../shared/model/source.ts'
import { h } from './dom.ts'

export interface ToolbarActions {
  mark(kind: 'highlight' | 'claim'): void
  source(sourceId: string): void
}

export class Toolbar {
  readonly element: HTMLElement
  #actions: ToolbarActions

  constructor(actions: ToolbarActions) {
    this.#actions = actions
    this.element = h('div', { role: 'toolbar', 'aria-label': 'Annotate', class: 'toolbar', hidden: true })
    // Pressing a button must not take the text selection away.
    this.element.addEventListener('mousedown', (event) => event.preventDefault())
  }

  // Shows the toolbar under `rect` (viewport coordinates) with the state of
  // the current annotation, if any, reflected in pressed buttons.
  show(rect: DOMRect, sources: readonly Source[], pressed: { kind?: string; sources: readonly string[] }): void {
    const button = (label: string, isPressed: boolean | undefined, onclick: () => void, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', 'aria-pressed': isPressed === undefined ? undefined : String(isPressed), onclick, ...extra }, label)
    this.element.replaceChildren(
      button('Highlight', pressed.kind ? pressed.kind === 'highlight' : undefined, () => this.#actions.mark('highlight')),
      button('Claim', pressed.kind ? pressed.kind === 'claim' : undefined, () => this.#actions.mark('claim')),
      ...sources.map((s, i) => button(s.name, pressed.kind ? pressed.sources.includes(s.id) : undefined, () => this.#actions.source(s.id), {
        class: `source-button source-${s.id}`,
        title: i < 9 ? `${s.name} (${i + 1})` : s.name,
      })),
    )
    this.element.hidden = false
    const top = rect.bottom + window.scrollY + 8
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - this.element.offsetWidth - 8))
    this.element.style.top = `${top}px`
    this.element.style.left = `${left}px`
  }

  hide(): void {
    this.element.hidden = true
  }
}
