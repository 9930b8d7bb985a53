// "Edit details" of a document: title, publisher, author, date published and
// address, in a form dialog. Answers with the fields as typed (an empty one
// clears it) or null when cancelled; a blank title is refused here, before
// any call, with a message in the dialog.

import type { Input } from '../../shared/api/contract.ts'
import type { DocumentMeta } from '../../shared/model/document.ts'
import { h } from './dom.ts'

export type MetaEdit = Input<'updateDocumentMeta'>['meta']

// Key, label, input type, and the longest value the services accept.
const FIELDS = [
  ['title', 'Title', 'text', 1000],
  ['publisher', 'Publisher', 'text', 1000],
  ['author', 'Author', 'text', 1000],
  ['published', 'Published', 'text', 100],
  ['url', 'URL', 'url', 4096],
] as const

export function editMetadata(meta: DocumentMeta): Promise<MetaEdit | null> {
  return new Promise((resolve) => {
    let answer: MetaEdit | null = null
    const inputs = FIELDS.map(([key, label, type, maxlength]) => {
      const input = h('input', { type, name: key, maxlength, value: meta[key] ?? '', placeholder: key === 'published' ? 'e.g. 2025-11-05' : undefined })
      return { key, input, row: h('label', { class: 'field' }, h('span', {}, label), input) }
    })
    const problem = h('p', { role: 'alert', class: 'field-error', hidden: true })
    const form = h('form', { class: 'metadata-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault()
      const edit = Object.fromEntries(inputs.map(({ key, input }) => [key, input.value.trim()])) as Required<MetaEdit>
      if (!edit.title) {
        problem.textContent = 'A document needs a title.'
        problem.hidden = false
        inputs[0]!.input.focus()
        return
      }
      answer = edit
      dialog.close()
    } },
    inputs.map((i) => i.row),
    problem,
    h('div', { class: 'dialog-actions' },
      h('button', { type: 'submit' }, 'Save'),
      h('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')))
    const dialog = h('dialog', { 'aria-label': 'Edit details', class: 'metadata-dialog' }, h('h2', {}, 'Edit details'), form)
    dialog.addEventListener('close', () => {
      dialog.remove()
      resolve(answer)
    })
    document.body.append(dialog)
    dialog.showModal()
    inputs[0]!.input.select()
  })
}
