// Commands that move around: dismiss (Escape), search, and go to a search
// result.

import type { SearchHit } from '../../shared/api/contract.ts'
import type { Command } from './command.ts'
import { openDocument } from './library.ts'

// Back from the library to the article; else the selection goes. The text
// selection goes at once, when Escape is pressed: cleared later, behind a
// slow command, it would take away a selection made since.
const dismiss: Command<undefined, { back: boolean }> = {
  id: 'view.dismiss',
  title: 'Dismiss',
  view: true,
  prepare: (ctx) => {
    const back = ctx.library.shown && ctx.reader.documentId !== null
    if (!back) ctx.selection.clear()
    return { back }
  },
  run: async (ctx, { back }) => {
    if (back) return ctx.library.hide()
    ctx.reader.session?.select(null)
  },
}

const focusSearch: Command = {
  id: 'search.focus',
  title: 'Search all documents',
  view: true,
  run: async (ctx) => {
    void ctx.library.show(false)
    ctx.ui.focusSearch()
  },
}

// Where a search result points: the annotation, selected as a click on it
// would, or else the matching words, selected.
const goTo: Command<{ hit: SearchHit }> = {
  id: 'search.goTo',
  title: 'Go to search result',
  run: async (ctx, { hit }) => {
    await openDocument(ctx, hit.documentId)
    const session = ctx.reader.session!
    const id = hit.annotationId
    if (id && session.annotations.some((a) => a.id === id) && ctx.reader.painted(id)) {
      ctx.selection.clear()
      session.select(id)
      ctx.reader.reveal(id)
    } else {
      session.select(null)
      ctx.reader.selectRange(hit.start, hit.end)
    }
  },
}

export const navigationCommands = [dismiss, focusSearch, goTo]
