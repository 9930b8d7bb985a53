// Puts the suggestions and the coverage view on screen for the reader:
// the state, the "Suggestions" and "Coverage" regions, the dotted
// underlines in the text, and clicks on them. main.ts calls opened() and
// changed() from the reader's hooks.

import type { Api } from '../../shared/api/contract.ts'
import { paintSuggestions } from '../editor/suggestion-marks.ts'
import type { Reader } from '../reader.ts'
import type { Session } from '../session.ts'
import { SuggestionState } from '../suggestion-state.ts'
import { CoverageView } from './coverage.ts'
import { holdDuringPress } from './press-hold.ts'
import { SuggestionsView, type Run } from './suggestions.ts'

export interface SuggestionPanels {
  state: SuggestionState
  // The regions, in the order they go in the sidebar.
  elements: HTMLElement[]
  // A document was opened (null: none is left).
  opened(session: Session | null): void
  // The open document's annotations or sources may have changed.
  changed(): void
}

// At most this long (ms) before the suggestions and coverage follow a change.
const IDLE_WAIT = 250

export function suggestionPanels(api: Api, reader: Reader, run: Run): SuggestionPanels {
  const state = new SuggestionState(api)
  void state.load()
  const view = new SuggestionsView(state, run, () => reader.session?.sources ?? [])
  const coverage = new CoverageView((range) => reader.selectRange(range.start, range.end))
  // The panels sit above the annotations in the sidebar: drawn while a
  // press there is under way, they move what was pressed and lose its
  // click (the first suggestions, late under load, grew them by 500 px
  // under a press on a count). Their draws wait for the click.
  const hold = holdDuringPress(document.getElementById('sidebar-host')!)

  const drawCoverage = () => {
    const session = reader.session
    if (!session) return
    const ready = state.documentId === session.documentId && state.status === 'ready'
    coverage.render({ sentences: ready ? state.sentences : null, annotations: session.annotations, sources: session.sources, sourceName: (id) => session.sourceName(id) })
  }

  // After a change to the annotations the suggestions are filtered again
  // and the coverage counted when the page is idle: the new mark and card
  // come first, and so do the save's answer and its status (a claim's add
  // and save make one pass when the page was busy in between). The timeout
  // bounds the wait on a page never idle.
  let drawing = 0
  const drawSoon = () => {
    if (drawing) return
    drawing = requestIdleCallback(() => {
      drawing = 0
      void state.watch()
      hold(drawCoverage)
    }, { timeout: IDLE_WAIT })
  }

  // The coverage of a long article is counted in a task of its own, not in
  // the one that brought its suggestions (already the longest of the open).
  let covering: ReturnType<typeof setTimeout> | undefined
  const coverageSoon = () => {
    covering ??= setTimeout(() => { covering = undefined; hold(drawCoverage) })
  }

  // The suggestions panel, with the one to bring into view (the text is
  // scrolled to it at once).
  let reveal: string | null = null
  const drawSuggestions = () => {
    state.revealKey = reveal
    view.render()
    state.revealKey = reveal = null
    coverageSoon()
  }

  state.onChange(() => {
    const opened = reader.current
    if (opened && state.documentId === opened.session.documentId) {
      paintSuggestions(opened.view, opened.map.toPos, state.list, state.currentKey, state.shown)
      if (state.revealKey) {
        const key = state.revealKey
        opened.view.dom.querySelector(`[data-suggestion-key="${CSS.escape(key)}"]`)?.scrollIntoView({ block: 'center' })
      }
    }
    reveal = state.revealKey ?? reveal
    state.revealKey = null
    hold(drawSuggestions)
  })

  document.getElementById('article')!.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest('[data-suggestion-key]')
    if (mark && !document.getSelection()?.toString()) run('suggestions.select', { key: mark.getAttribute('data-suggestion-key')! })
  })

  return {
    state,
    elements: [coverage.element, view.element],
    opened: (session) => { void state.use(session) },
    changed: drawSoon,
  }
}
