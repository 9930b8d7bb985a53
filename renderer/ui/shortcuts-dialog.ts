// The shortcuts help (`?`, Help > Keyboard Shortcuts): every key of the key
// table, grouped, and the caret's keys in the article. A modal <dialog>:
// Escape or Close shuts it and the focus goes back where it was.

import type { ShortcutSection } from '../shortcut-list.ts'
import { keyLabel } from '../shortcut-list.ts'
import { h } from './dom.ts'

const MAC = /Mac|iPhone|iPad/.test(navigator.platform)

export function showShortcutsDialog(sections: readonly ShortcutSection[]): void {
  if (document.querySelector('dialog.shortcuts')) return
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null
  const close = h('button', { type: 'button', onclick: () => dialog.close() }, 'Close')
  const dialog = h('dialog', { class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
    h('div', { class: 'shortcuts-head' }, h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'), close),
    h('p', { class: 'hint' }, 'Letter keys act when no field has the focus. Select text (or Tab into the article and use Shift with the arrows), then press c and a source’s number.'),
    h('div', { class: 'shortcuts-body' }, sections.map((section) =>
      h('section', { 'aria-labelledby': `shortcuts-${slug(section.title)}` },
        h('h3', { id: `shortcuts-${slug(section.title)}` }, section.title),
        h('dl', {}, section.rows.map((row) => h('div', { class: 'shortcut' },
          h('dt', {}, row.keys.map((key) => h('kbd', { 'data-key': key }, keyLabel(key, MAC)))),
          h('dd', {}, row.label))))))))
  dialog.addEventListener('close', () => {
    dialog.remove()
    if (back?.isConnected) back.focus()
  })
  document.body.append(dialog)
  dialog.showModal()
  close.focus()
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z]+/g, '-')
