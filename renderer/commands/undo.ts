// Undo and redo through the one history. A step of the open document acts
// on the article in view, so it is not undone behind the library; a deleted
// document can be restored from anywhere.

import { reading, type Command, type CommandContext } from './command.ts'
import type { Step } from '../history.ts'

function applies(ctx: CommandContext, step: Step | undefined): boolean {
  // With nothing to undo, reading still answers "Nothing to undo."
  if (!step || step.documentId !== undefined) return reading(ctx) !== null
  return true
}

const undo: Command = {
  id: 'history.undo',
  title: 'Undo',
  enabled: (ctx) => applies(ctx, ctx.history.nextUndo),
  run: async (ctx) => {
    const moved = await ctx.history.undo()
    return moved ? moved.message ?? 'Undone.' : 'Nothing to undo.'
  },
}

const redo: Command = {
  id: 'history.redo',
  title: 'Redo',
  enabled: (ctx) => applies(ctx, ctx.history.nextRedo),
  run: async (ctx) => {
    const moved = await ctx.history.redo()
    return moved ? moved.message ?? 'Redone.' : 'Nothing to redo.'
  },
}

export const undoCommands = [undo, redo]
