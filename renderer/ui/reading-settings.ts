// The reading settings panel: text size, line height, column width,
// typeface and theme, each a group of radio buttons that applies at once.
// Opened by its app-bar button or the R key; Escape or a click elsewhere
// closes it and focus goes back to the button.

import { leadings, measures, TEXT_SIZES, themeChoices, typefaces, type ReadingSettings, type SettingsEdit } from '../../shared/model/reading.ts'
import { h } from './dom.ts'

const LABELS: Record<string, string> = {
  compact: 'Compact', normal: 'Normal', loose: 'Loose',
  narrow: 'Narrow', medium: 'Medium', wide: 'Wide',
  serif: 'Serif', sans: 'Sans', legible: 'Legible',
  system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark',
}

export class ReadingSettingsPanel {
  readonly element: HTMLElement
  readonly button: HTMLButtonElement
  #form: HTMLFormElement
  #change: (edit: SettingsEdit) => Promise<unknown>
  // Saves asked and not yet done, per field. Saves go one at a time, and the
  // answer to an earlier one holds this field as it was before a later
  // click: drawn, it would undo that click. The field is drawn again from
  // the last answer once its own saves are done (so a refused one reverts).
  #unsaved = new Map<string, number>()
  #settings: ReadingSettings | null = null

  // change: resolves once the edit was saved (and rendered) or refused.
  constructor(change: (edit: SettingsEdit) => Promise<unknown>, toggle: () => void) {
    this.#change = change
    this.button = h('button', {
      type: 'button', class: 'reading-settings-button', 'aria-expanded': 'false', 'aria-controls': 'reading-settings',
      'aria-label': 'Reading settings', 'aria-keyshortcuts': ',', title: 'Reading settings (,)', onclick: toggle,
    }, 'Aa')
    this.#form = h('form', { onsubmit: (event: Event) => event.preventDefault() },
      group('Text size (+ and -)', 'textSize', Array.from({ length: TEXT_SIZES }, (_, i) => String(i + 1)), (v) => v, (v) => `Text size ${v} of ${TEXT_SIZES}`),
      group('Line height', 'leading', leadings),
      group('Column width', 'measure', measures),
      group('Typeface', 'typeface', typefaces, undefined, (v) => v === 'legible' ? 'Legible (Atkinson Hyperlegible or Verdana)' : LABELS[v]!, 'face-'),
      group('Theme', 'theme', themeChoices, undefined, (v) => v === 'system' ? 'Theme as the system' : `${LABELS[v]} theme`, 'theme-'),
      h('p', { class: 'settings-hint' }, 'Kept in your data folder for every window and the next start.'))
    this.#form.addEventListener('change', (event) => {
      const { name, value } = event.target as HTMLInputElement
      this.#unsaved.set(name, (this.#unsaved.get(name) ?? 0) + 1)
      void this.#change({ [name]: name === 'textSize' ? Number(value) : value }).finally(() => {
        const left = this.#unsaved.get(name)! - 1
        if (left > 0) this.#unsaved.set(name, left)
        else this.#unsaved.delete(name)
        if (left === 0 && this.#settings) this.render(this.#settings)
      })
    })
    this.element = h('section', { id: 'reading-settings', class: 'reading-settings', 'aria-labelledby': 'reading-settings-title', hidden: true },
      h('h2', { id: 'reading-settings-title' }, 'Reading settings'), this.#form)
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.stopPropagation(); this.close() }
    })
    document.addEventListener('pointerdown', (event) => {
      const target = event.target as Node
      if (this.shown && !this.element.contains(target) && !this.button.contains(target)) this.close(false)
    })
  }

  get shown(): boolean {
    return !this.element.hidden
  }

  open(): void {
    this.element.hidden = false
    this.button.setAttribute('aria-expanded', 'true')
    this.#form.querySelector<HTMLInputElement>('input:checked')?.focus()
  }

  close(refocus = true): void {
    if (!this.shown) return
    const hadFocus = this.element.contains(document.activeElement)
    this.element.hidden = true
    this.button.setAttribute('aria-expanded', 'false')
    if (refocus && hadFocus) this.button.focus()
  }

  toggle(): void {
    if (this.shown) this.close()
    else this.open()
  }

  // Checks the stored choices, but not over a click still being saved.
  render(settings: ReadingSettings): void {
    this.#settings = settings
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input')) {
      if (this.#unsaved.has(input.name)) continue
      input.checked = String(settings[input.name as keyof ReadingSettings]) === input.value
    }
  }
}

function group(legend: string, name: string, values: readonly string[], text = (v: string) => LABELS[v] ?? v, label = text, classPrefix = ''): HTMLFieldSetElement {
  return h('fieldset', {},
    h('legend', {}, legend),
    h('div', { class: 'setting-choices' }, values.map((v) =>
      h('label', {},
        h('input', { type: 'radio', name, value: v, 'aria-label': label(v) }),
        h('span', { class: classPrefix ? `${classPrefix}${v}` : undefined, 'aria-hidden': 'true' }, text(v))))))
}
