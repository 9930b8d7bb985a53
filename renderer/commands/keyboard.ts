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

const selectSentence: Command<{ move: SentenceMove }> = {
  id: 'selection.sentence',
  title: 'Select a sentence',
  view: true,
  enabled: (ctx) => !ctx.library.shown && ctx.reader.documentId !== null,
  run: async (ctx, { move }) => {
    if (!ctx.ui.selectSentence(move)) return ENDS[move]
  },
}

export const keyboardCommands = [showShortcuts, selectSentence]
