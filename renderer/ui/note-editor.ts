// The note editor of a sidebar card: a textarea with a counter that appears
// as the length limit comes near (and says by how much it is over, with
// Save refused, once past), Save (Ctrl+Enter) and Cancel (Escape). Every
// change is handed to `changed`, so the sidebar keeps it as a draft.

import { noteLimit } from '../notes/note-drafts.ts'
import { h } from './dom.ts'

export interface NoteEditorActions {
  changed(text: string): void
  save(text: string): void
  cancel(): void
}

export function noteEditor(text: string, actions: NoteEditorActions): { element: HTMLElement; area: HTMLTextAreaElement } {
  const area = h('textarea', { 'aria-label': 'Note', rows: 4, 'aria-describedby': 'note-limit' })
  area.value = text
  const counter = h('p', { id: 'note-limit', class: 'note-limit', 'aria-live': 'polite' })
  const saveButton = h('button', { type: 'button', onclick: () => save() }, 'Save note')
  const update = () => {
    const limit = noteLimit(area.value.length)
    counter.textContent = limit.text ?? ''
    counter.hidden = limit.text === null
    counter.classList.toggle('over', limit.over)
    saveButton.disabled = limit.over
    area.setAttribute('aria-invalid', String(limit.over))
  }
  const save = () => { if (!saveButton.disabled) actions.save(area.value) }
  area.addEventListener('input', () => { update(); actions.changed(area.value) })
  area.addEventListener('keydown', (event) => {
    // The reader's keys (h, c, 1-9, j, k) are letters here.
    event.stopPropagation()
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save()
    if (event.key === 'Escape') actions.cancel()
  })
  update()
  const element = h('div', { class: 'note-editor' }, area, counter, saveButton,
    h('button', { type: 'button', onclick: () => actions.cancel() }, 'Cancel'))
  return { element, area }
}
