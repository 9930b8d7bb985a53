// The "Annotations" region: counts per source, filters, the annotations in
// document order, and the orphans that could not be anchored.

import type { Annotation } from '../../shared/model/annotation.ts'
import type { AnnotationChange, Session } from '../session.ts'
import { NoteDrafts } from '../notes/note-drafts.ts'
import { h, swap } from './dom.ts'
import { guardLinks } from './link-confirm.ts'
import { noteEditor } from './note-editor.ts'
import { annotationCard, orphanCards } from './annotation-card.ts'
import { scrollIntoHost } from './host-scroll.ts'
import { countButtons, countSources, dimHidden, filterControls, filterSummary, matchesFilters, NO_FILTERS, sameFilters, updateCounts, type FilterControls } from './sidebar-filters.ts'
import { VirtualList } from './virtual-list.ts'
import { afterPaint } from '../after-paint.ts'
import { notesReady } from './note-view.ts'

import type { Placed } from '../editor/painter.ts'

export interface SidebarActions {
  open(id: string): void
  // Resolves true once the note is stored.
  saveNote(id: string, note: string): Promise<boolean>
  remove(id: string): void
  manageSources(): void
  // A note editor opened or closed.
  editing(): void
}

export class Sidebar {
  readonly element: HTMLElement
  #session: Session | null = null
  #actions: SidebarActions
  #filters = { ...NO_FILTERS }
  #editing: string | null = null
  // Drafts outlive the editor and the document: a click elsewhere never
  // throws one away.
  #drafts = new NoteDrafts()
  #focusEditor = false
  #saving = new Set<string>()
  // Notes whose last save failed: said on their card, beside the draft.
  #unsaved = new Set<string>()
  #seenCurrent: string | null = null
  #followed: string | null = null
  // The cards in reading order; only those near the screen are in the DOM.
  #list = h('ol', { class: 'annotation-list', 'aria-label': 'Annotation list' })
  // The body's parts: counts, the filter line (or a placeholder), the
  // list, the orphans (or a placeholder).
  #countsNode: ChildNode = document.createComment('counts')
  #summaryNode: ChildNode = document.createComment('filter summary')
  #orphansNode: ChildNode = document.createComment('orphans')
  #body = h('div', { class: 'sidebar-body' }, this.#countsNode, this.#summaryNode, this.#list, this.#orphansNode)
  #cards: VirtualList<Placed>

  constructor(actions: SidebarActions) {
    this.#actions = actions
    this.#controls = filterControls((key, value) => this.#filter(key, value))
    this.element = h('section', { 'aria-label': 'Annotations', class: 'sidebar' },
      h('div', { class: 'sidebar-head' },
        h('h2', {}, 'Annotations'),
        h('button', { type: 'button', onclick: () => actions.manageSources() }, 'Manage sources')),
      this.#controls.element,
      this.#body)
    guardLinks(this.element)
    this.#cards = new VirtualList<Placed>({
      list: this.#list,
      // The sidebar's host scrolls it (sidebar-host in index.html).
      scroller: document.getElementById('sidebar-host'),
      key: (p) => p.annotation.id,
      render: (p) => this.#item(p.annotation),
      estimate: 90,
      // A short list is drawn whole.
      drawAllUpTo: 200,
      // On a narrow window the sidebar sits below the text: the window stays on the text.
      scrollWindow: false,
      keep: () => [this.#session?.current, this.#editing].filter((id): id is string => !!id),
      // Everything #item reads: a card whose stamp is unchanged is kept.
      stamp: ({ annotation: a }) => {
        const session = this.#session
        return [a, session, session?.sources, session?.current === a.id, this.#editing === a.id, this.#saving.has(a.id),
          this.#unsaved.has(a.id), this.#drafts.pending(a.id, a.note), session?.pending(a.id)]
      },
    })
  }

  #controls: FilterControls
  #placed: Placed[] = []

  // Drawn after the paint of the document just opened (use).
  #due = false

  // A document was opened: its annotations, a fresh list, drawn once the
  // text has been painted. The counts and a screenful of cards of 10,000
  // annotations are 100-200 ms of a start on a loaded machine that the
  // article need not wait for. Until then the list is hidden (it may still
  // hold another document's cards), and whatever else asks the sidebar
  // for something draws it first.
  use(session: Session, placed: Placed[]): void {
    this.#session = session
    this.#editing = null
    this.#followed = null
    this.#seenCurrent = null
    this.#placed = placed
    this.#due = true
    this.#body.hidden = true
    // The notes' Markdown reader is asked for only now, after the paint;
    // the cards wait for it (or its failure: then notes show as written).
    afterPaint(() => { notesReady().catch(() => {}).finally(() => this.#drawDue()) })
  }

  #drawDue(): void {
    if (this.#due) this.render()
  }

  // The annotation whose note is being edited, if any.
  get editing(): string | null {
    return this.#editing
  }

  editNote(id: string): void {
    this.#drawDue()
    this.#editing = id
    this.#focusEditor = true
    this.render()
    this.#actions.editing()
  }

  // One annotation added or saved (a session's Change), now at `index` of
  // the anchored in reading order: its card is put in (or in place of the
  // one shown before the save) and the counts redone (their numbers, in
  // place); the other cards stay.
  // With filters on or a note being edited, the whole list is drawn.
  step(change: AnnotationChange, placed: Placed, index: number): void {
    const session = this.#session
    if (!session) return
    this.#drawDue()
    if (change.kind === 'added') this.#placed.splice(index, 0, placed)
    else this.#placed[index] = placed
    const filtered = !sameFilters(this.#filters, NO_FILTERS)
    if (filtered || this.#editing !== null || this.#cards.items.length !== this.#placed.length - (change.kind === 'added' ? 1 : 0) - this.#orphanCount) {
      this.render()
      return
    }
    this.#seenCurrent = session.current
    // The card followed is the same card under its stored id: it is where
    // it was, and is not brought into view again.
    if (change.kind === 'saved' && this.#followed === change.localId) this.#followed = change.annotation.id
    const { counts, unattributed } = countSources(session)
    if (!(this.#countsNode instanceof Element && updateCounts(this.#countsNode, counts, unattributed, this.#filters))) {
      this.#countsNode = swap(this.#countsNode, countButtons(counts, unattributed, this.#filters, (source) => { this.#controls.source.value = source; this.#filter('source', source) }))
    }
    if (change.kind === 'added') this.#cards.insert(index, placed)
    else this.#cards.replaceAt(index, placed)
    this.#follow()
  }

  #orphanCount = 0

  // Another annotation (or none) made current: the drawn cards whose
  // current state changed are made again (by their stamps) and the new
  // one brought into view; the counts, filters and the 10,000 others stay.
  // With filters on, a note being edited, or either card an orphan (listed
  // apart), the whole list is drawn.
  select(previous: string | null): void {
    const session = this.#session
    if (!session) return
    this.#drawDue()
    const current = session.current
    const listed = (id: string | null) => id === null || this.#cards.indexOf(id) >= 0
    if (this.#editing !== null || !sameFilters(this.#filters, NO_FILTERS) || !listed(previous) || !listed(current)) {
      this.render()
      return
    }
    this.#seenCurrent = current
    this.#cards.restamp()
    this.#follow()
  }

  // Text is selected from `offset` on: the cards around where a claim made
  // of it would be listed are drawn now (VirtualList.prepare), out of view,
  // so that the key that makes it adds one card rather than a screenful
  // when the sidebar was left far from there. Not with filters on or a
  // note being edited (the add draws the whole list then).
  prepareAt(offset: number): void {
    this.#drawDue()
    if (!this.#session || this.#editing !== null || !sameFilters(this.#filters, NO_FILTERS)) return
    // The cards are the anchored in reading order (orphans come last in
    // #placed and are listed apart): the first one starting at or after it.
    let lo = 0, hi = this.#placed.length - this.#orphanCount
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#placed[mid]!.start! < offset) lo = mid + 1
      else hi = mid
    }
    this.#cards.prepare(lo)
  }

  render(placed: Placed[] = this.#placed): void {
    this.#placed = placed
    const session = this.#session
    if (!session) return
    this.#due = false
    this.#body.hidden = false
    // Another annotation selected (or none) closes the editor; what was
    // typed stays as that annotation's draft.
    const current = session.current
    if (this.#editing && ((current !== this.#seenCurrent && current !== this.#editing) || !session.annotations.some((a) => a.id === this.#editing))) {
      this.#editing = null
      queueMicrotask(() => this.#actions.editing())
    }
    this.#seenCurrent = current
    const typing = document.activeElement instanceof HTMLTextAreaElement && this.#body.contains(document.activeElement)
      ? { start: document.activeElement.selectionStart, end: document.activeElement.selectionEnd } : null
    const options = [['all', 'All sources'], ['none', 'No source'], ...session.sources.map((s) => [s.id, s.name])]
    if (!options.some(([value]) => value === this.#filters.source)) this.#filters.source = 'all'
    this.#controls.source.replaceChildren(...options.map(([value, label]) => h('option', { value: value!, selected: value === this.#filters.source }, label)))

    // The painter gives them in reading order, orphans last.
    const anchored = placed.filter((p) => p.start !== null)
    const orphans = placed.filter((p) => p.start === null)
    this.#orphanCount = orphans.length
    const { counts, unattributed } = countSources(session)
    const filtered = !sameFilters(this.#filters, NO_FILTERS)
    const shown = filtered ? anchored.filter((p) => matchesFilters(p.annotation, this.#filters, session)) : anchored
    const kept = new Set(shown)
    dimHidden(filtered ? anchored.filter((p) => !kept.has(p)).map((p) => p.annotation.id) : [])

    // The list stays where it is (moving it would restyle every card);
    // what is around it is made again.
    this.#countsNode = swap(this.#countsNode, countButtons(counts, unattributed, this.#filters, (source) => { this.#controls.source.value = source; this.#filter('source', source) }))
    this.#summaryNode = swap(this.#summaryNode, filterSummary(shown.length, anchored.length, this.#filters, (id) => session.sourceName(id), () => this.#clearFilters()))
    this.#orphansNode = swap(this.#orphansNode, orphans.length > 0 ? orphanCards(orphans.map((p) => this.#item(p.annotation))) : '')
    this.#cards.setItems(shown)
    // Focus goes to a newly opened editor, and stays in one being typed in
    // across a repaint.
    const editor = this.#body.querySelector<HTMLTextAreaElement>('textarea')
    if (editor && (this.#focusEditor || typing)) {
      editor.focus()
      if (typing) editor.setSelectionRange(typing.start, typing.end)
    }
    this.#focusEditor = false
    this.#follow()
  }

  // A newly selected annotation's card is scrolled into the sidebar's view
  // (the sidebar only: on a narrow window it sits below the text, and the
  // window stays on the text).
  #follow(): void {
    const id = this.#session?.current ?? null
    if (id === this.#followed) return
    this.#followed = id
    if (!id) return
    // A card in the list: the list scrolls to it without reading the layout
    // back after the card was put in (in the key press that added it, that
    // would lay out the page, the long article with it, once more).
    if (this.#cards.indexOf(id) >= 0) {
      this.#cards.reveal(id)
      return
    }
    const host = this.element.parentElement
    if (!host || host.scrollHeight <= host.clientHeight) return
    const card = this.#body.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`)
    if (card) scrollIntoHost(host, card)
  }

  #filter(key: 'source' | 'kind' | 'text', value: string): void {
    this.#filters[key] = value
    this.render()
  }

  #clearFilters(): void {
    this.#filters = { ...NO_FILTERS }
    this.#controls.clear()
    this.render()
  }

  #item(a: Annotation): HTMLElement {
    return annotationCard(a, {
      session: this.#session!, editing: this.#editing, editor: (annotation) => this.#noteEditor(annotation),
      saving: this.#saving, unsaved: this.#unsaved, drafts: this.#drafts,
      open: (id) => this.#actions.open(id), editNote: (id) => this.editNote(id), remove: (id) => this.#actions.remove(id),
    })
  }

  #noteEditor(a: Annotation): HTMLElement {
    const close = () => { this.#editing = null; this.render(); this.#actions.editing() }
    return noteEditor(this.#drafts.get(a.id) ?? a.note, {
      changed: (text) => this.#drafts.keep(a.id, text, a.note),
      // The draft stays until the stored note has caught up with it, so a
      // failed save loses nothing.
      save: (text) => {
        this.#drafts.keep(a.id, text, a.note)
        this.#editing = null
        this.#saving.add(a.id)
        this.#unsaved.delete(a.id)
        void this.#actions.saveNote(a.id, text).then((saved) => {
          this.#saving.delete(a.id)
          if (!saved) this.#unsaved.add(a.id)
          this.render()
        })
        this.render()
        this.#actions.editing()
      },
      cancel: () => { this.#drafts.drop(a.id); this.#unsaved.delete(a.id); close() },
    }).element
  }
}
