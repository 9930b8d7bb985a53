// Commands for working from the keyboard: the shortcuts help, and moving
// the selection by sentences (select the one at the caret, the next, the
// previous), ready for h, c and 1-9.

import type { SentenceMove } from '../sentence-spans.ts'
import type { Command } from './command.ts'

const showShortcuts: Command = {
  id: 'help.shortcuts',
  title: 'Keyboard shortcuts',
  view: true,
  run: async (ctx) => ctx.ui.showShortcuts(),
}

const ENDS: Record<SentenceMove, string> = {
  current: 'There is no text to select.',
  next: 'That was the last sentence.',
  previous: 'That was the first sentence.',
}

// Moves the selection when the key is pressed, not when its turn comes: a
// mark reads the selection when its key is pressed, so ") c" pressed while
// an earlier save is on its way marks the sentence ")" chose. The move
// reads only the screen, never an earlier command's result. (A view
// command's answer is not shown, so the end is told here.)
const selectSentence: Command<{ move: SentenceMove }, void> = {
  id: 'selection.sentence',
  title: 'Select a sentence',
  view: true,
  enabled: (ctx) => !ctx.library.shown && ctx.reader.documentId !== null,
  prepare: (ctx, { move }) => {
    if (!ctx.ui.selectSentence(move)) ctx.ui.status(ENDS[move])
  },
  run: async () => {},
}

export const keyboardCommands = [showShortcuts, selectSentence]
