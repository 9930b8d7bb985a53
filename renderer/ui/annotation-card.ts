// One annotation's card in the sidebar's list: its quote (which opens it),
// its sources, its note (or the editor the sidebar opened on it), a draft
// left unsaved, and, on the current card, Edit note and Delete. And the
// cards of the orphans, listed apart.

import type { Annotation } from '../../shared/model/annotation.ts'
import type { NoteDrafts } from '../notes/note-drafts.ts'
import type { Session } from '../session.ts'
import { h } from './dom.ts'
import { noteView } from './note-view.ts'

// What a card shows of the sidebar's state, and what its buttons do.
export interface CardState {
  session: Session
  // The annotation whose note is being edited, and the editor to show for it.
  editing: string | null
  editor(a: Annotation): HTMLElement
  // Notes on their way to be stored, and those whose last save failed.
  saving: ReadonlySet<string>
  unsaved: ReadonlySet<string>
  drafts: NoteDrafts
  open(id: string): void
  editNote(id: string): void
  remove(id: string): void
}

export function annotationCard(a: Annotation, state: CardState): HTMLElement {
  const { session, editing } = state
  const current = session.current === a.id
  const pending = session.pending(a.id)
  const names = a.sources.map((id) => session.sourceName(id))
  // The whole quote, as shown: the name holds the visible words.
  const kind = a.kind === 'claim' ? 'Claim' : 'Highlight'
  // aria-busy while its save is on the way: painted and listed at once, stored a moment later.
  return h('li', { class: `annotation-item${current ? ' current' : ''} source-${a.sources[0] ?? 'none'}`, 'data-annotation-id': a.id, 'aria-busy': pending ? 'true' : undefined },
    h('button', { type: 'button', class: 'quote', 'aria-label': `${kind}: ${a.target.quote.exact}`, 'aria-current': current ? 'true' : undefined, onclick: () => state.open(a.id) },
      h('span', { class: 'kind' }, kind), ' ',
      h('q', {}, a.target.quote.exact)),
    h('p', { class: 'sources' }, names.length ? names.join(', ') : 'No source'),
    editing === a.id ? state.editor(a) : a.note && noteView(a.note),
    editing !== a.id && !state.saving.has(a.id) && state.drafts.pending(a.id, a.note) && h('p', { class: 'note-draft' },
      state.unsaved.has(a.id) ? 'Not saved: the note shown is the one on disk; your draft is kept. ' : 'Unsaved draft ',
      h('button', { type: 'button', onclick: () => { state.open(a.id); state.editNote(a.id) } }, 'Resume draft')),
    // Not saved yet: nothing to edit or delete until it is, so the buttons
    // are disabled; they are there all the same, so that the card keeps
    // its height when the save answers (the cards below it do not move,
    // and the list is not measured and laid out again, in the frame that
    // shows "saved").
    current && editing !== a.id && h('div', { class: 'item-actions' },
      h('button', { type: 'button', disabled: pending, onclick: () => state.editNote(a.id) }, 'Edit note'),
      h('button', { type: 'button', disabled: pending, onclick: () => state.remove(a.id) }, 'Delete')),
  )
}

// The annotations whose text is no longer in the document, under their heading.
export function orphanCards(cards: HTMLElement[]): HTMLElement {
  return h('section', { 'aria-label': 'Orphans', class: 'orphans' },
    h('h3', {}, `Orphans (${cards.length})`),
    h('p', { class: 'hint' }, 'The text these annotations marked is no longer in the document.'),
    h('ol', {}, cards))
}
