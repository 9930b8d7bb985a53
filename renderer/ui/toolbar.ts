// The small toolbar beside the selection (or the current annotation):
// "Highlight", "Claim", and buttons for the sources. With more sources than
// fit, the most used ones get buttons and the rest are reached through a
// type-to-filter picker. Where it goes is toolbar-placement.ts's decision.

import type { Source } from '../../shared/model/source.ts'
import { h } from './dom.ts'
import { SourcePicker } from './source-picker.ts'
import { freeArea, placeToolbar, widestIn, type Rect } from './toolbar-placement.ts'

export interface ToolbarActions {
  mark(kind: 'highlight' | 'claim'): void
  source(sourceId: string): void
  // The picker took (true) or gave up the focus.
  picking(picking: boolean): void
}

// Up to this many sources get a button of their own.
const SOURCE_BUTTONS = 5

export interface ToolbarState {
  sources: readonly Source[]
  // How many annotations each source has, for "most used".
  uses: ReadonlyMap<string, number>
  pressed: { kind?: string; sources: readonly string[] }
}

// Which sources get buttons: all when they fit; else the pressed ones and
// the most used, in the sources' own order so buttons do not jump around.
function buttonSources({ sources, uses, pressed }: ToolbarState, max = SOURCE_BUTTONS): Source[] {
  if (sources.length <= max + 1) return [...sources]
  const chosen = new Set(pressed.sources.filter((id) => sources.some((s) => s.id === id)).slice(0, max))
  const byUse = sources.map((s, i) => ({ s, i })).sort((a, b) => (uses.get(b.s.id) ?? 0) - (uses.get(a.s.id) ?? 0) || a.i - b.i)
  for (const { s } of byUse) {
    if (chosen.size >= max) break
    chosen.add(s.id)
  }
  return sources.filter((s) => chosen.has(s.id))
}

// A button's look and action; `act` is the same for the same label and
// extra (a source button acts on its source).
interface ButtonSpec { label: string; pressed: boolean | undefined; act: () => void; extra: Record<string, string> }

function setPressed(button: Element, pressed: boolean | undefined): void {
  const value = pressed === undefined ? null : String(pressed)
  if (button.getAttribute('aria-pressed') === value) return
  if (value === null) button.removeAttribute('aria-pressed')
  else button.setAttribute('aria-pressed', value)
}

export class Toolbar {
  readonly element: HTMLElement
  readonly picker: SourcePicker
  #actions: ToolbarActions
  #buttons = h('div', { class: 'toolbar-buttons' })
  // What the buttons there were made for (labels, titles, classes).
  #drawn = ''

  constructor(actions: ToolbarActions) {
    this.#actions = actions
    this.picker = new SourcePicker({ pick: (id) => actions.source(id), focused: (f) => actions.picking(f) })
    this.element = h('div', { role: 'toolbar', 'aria-label': 'Annotate', class: 'toolbar', hidden: true }, this.#buttons, this.picker.element)
    // Pressing a button must not take the text selection away; the picker's
    // field is the exception (it needs the focus to be typed in).
    this.element.addEventListener('mousedown', (event) => {
      if (event.target !== this.picker.input) event.preventDefault()
    })
  }

  get shown(): boolean {
    return !this.element.hidden
  }

  get picking(): boolean {
    return document.activeElement === this.picker.input
  }

  // Shows the toolbar clear of `keepClear` (the selection and the rest of
  // its sentence, viewport coordinates), with the current annotation's
  // state, if any, reflected in pressed buttons.
  show(keepClear: readonly Rect[], state: ToolbarState): void {
    const all = state.sources
    const { pressed } = state
    const shown = buttonSources(state)
    const specs: ButtonSpec[] = [
      { label: 'Highlight', pressed: pressed.kind ? pressed.kind === 'highlight' : undefined, act: () => this.#actions.mark('highlight'), extra: { title: 'Highlight (h)' } },
      { label: 'Claim', pressed: pressed.kind ? pressed.kind === 'claim' : undefined, act: () => this.#actions.mark('claim'), extra: { title: 'Claim (c)' } },
      ...shown.map((s): ButtonSpec => {
        const n = all.indexOf(s)
        return {
          label: s.name, pressed: pressed.kind ? pressed.sources.includes(s.id) : undefined, act: () => this.#actions.source(s.id),
          extra: { class: `source-button source-${s.id}`, title: n < 9 ? `${s.name} (${n + 1})` : s.name },
        }
      }),
    ]
    // The same buttons (a claim just made, then its save answered): only
    // their pressed states are set. Rebuilding them restyles the toolbar
    // in the frame after every claim.
    const drawn = specs.map((b) => JSON.stringify([b.label, b.extra])).join('\n')
    if (drawn === this.#drawn && this.#buttons.children.length === specs.length) {
      specs.forEach((b, i) => setPressed(this.#buttons.children[i]!, b.pressed))
    } else {
      this.#buttons.replaceChildren(...specs.map((b) =>
        h('button', { type: 'button', 'aria-pressed': b.pressed === undefined ? undefined : String(b.pressed), onclick: b.act, ...b.extra }, b.label)))
      this.#drawn = drawn
    }
    this.picker.use(all)
    this.picker.element.hidden = shown.length === all.length
    this.element.hidden = false
    this.#place(keepClear)
  }

  // Placed again for the same span, its buttons as they are (the page
  // scrolled: the span moved on screen, nothing else changed).
  move(keepClear: readonly Rect[]): void {
    if (this.shown) this.#place(keepClear)
  }

  // Whether there are sources only the picker reaches.
  get hasPicker(): boolean {
    return this.shown && !this.picker.element.hidden
  }

  #place(keepClear: readonly Rect[]): void {
    const root = document.documentElement
    const viewport = { width: root.clientWidth, height: root.clientHeight }
    const appBar = document.querySelector('.app-bar')?.getBoundingClientRect().bottom ?? 0
    const sidebarHost = document.getElementById('sidebar-host')
    const sidebar = sidebarHost && !sidebarHost.hidden ? sidebarHost.getBoundingClientRect() : null
    const area = freeArea(viewport, appBar, sidebar)
    this.element.style.maxWidth = `min(36rem, ${widestIn(area)}px)`
    const size = { width: this.element.offsetWidth, height: this.element.offsetHeight }
    const at = placeToolbar(keepClear, size, area)
    this.element.dataset.side = at.side
    this.element.style.left = `${at.left + window.scrollX}px`
    this.element.style.top = `${at.top + window.scrollY}px`
  }

  hide(): void {
    if (this.picking) return
    this.element.hidden = true
  }
}
