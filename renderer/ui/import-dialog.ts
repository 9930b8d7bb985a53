// The Import dialog: two choices, each saying what it will do, each opening
// the system's file picker. The arrow keys move between the choices, Escape
// closes, and the focus goes back to the button that opened it. The
// annotations choice follows the open document while the dialog is shown
// (at start the first document opens a moment after the app).

import { h } from './dom.ts'
import type { FilePicker } from './import-actions.ts'

export interface ImportPickers {
  article: FilePicker
  annotations: FilePicker
  // Annotations go onto the open document, so they need one.
  documentOpen: boolean
}

// What the app tells a shown dialog; nothing happens once it is closed.
export interface ImportDialog {
  documentOpened(open: boolean): void
}

const ANNOTATIONS_ABOUT = 'Places the annotations of a W3C Web Annotation or Hypothesis JSON file on the open document; nothing already here is changed, and you are asked before new sources are added.'
const ANNOTATIONS_NEED_DOCUMENT = 'Open a document first: annotations from a W3C Web Annotation or Hypothesis JSON file are placed on the open document.'

let serial = 0

export function showImportDialog(pickers: ImportPickers): ImportDialog {
  const id = `import-${++serial}`
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  // The button carries the name; the line beside it, what it does.
  const about = new Map<HTMLButtonElement, HTMLElement>()
  const choice = (key: string, label: string, what: string, pick: FilePicker, disabled = false) => {
    const button = h('button', {
      type: 'button', class: 'import-choice', disabled, 'aria-describedby': `${id}-${key}`,
      // The picker opens within the click, once the dialog is closed.
      onclick: () => { dialog.close(); pick.choose() },
    }, label)
    about.set(button, h('p', { class: 'import-choice-about', id: `${id}-${key}` }, what))
    return button
  }
  const forAnnotations = choice('annotations', 'Import annotations…', '', pickers.annotations)
  const documentOpened = (open: boolean) => {
    forAnnotations.disabled = !open
    about.get(forAnnotations)!.textContent = open ? ANNOTATIONS_ABOUT : ANNOTATIONS_NEED_DOCUMENT
  }
  documentOpened(pickers.documentOpen)
  const choices = [
    choice('article', 'Import article…', 'Adds a text, Markdown, HTML or MHTML file to your library and opens it. You can also drop files on the window or paste an article.', pickers.article),
    forAnnotations,
  ]
  const dialog = h('dialog', { class: 'import-dialog', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Import'),
    h('div', { class: 'import-choices', role: 'group', 'aria-labelledby': `${id}-title` },
      choices.map((c) => h('div', { class: 'import-choice-row' }, c, about.get(c)))),
    h('div', { class: 'dialog-actions' }, h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')))
  dialog.addEventListener('keydown', (event) => {
    const at = choices.indexOf(document.activeElement as HTMLButtonElement)
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key]
    if (at < 0 || !step) return
    event.preventDefault()
    const enabled = choices.filter((c) => !c.disabled)
    const next = enabled[(enabled.indexOf(choices[at]!) + step + enabled.length) % enabled.length]
    next?.focus()
  })
  dialog.addEventListener('close', () => {
    dialog.remove()
    opener?.focus()
  })
  document.body.append(dialog)
  dialog.showModal()
  choices[0]!.focus()
  return { documentOpened: (open) => { if (dialog.isConnected) documentOpened(open) } }
}
