// Commands on the list of sources.

import type { Command } from './command.ts'

export const manage: Command = {
  id: 'sources.manage',
  title: 'Manage sources',
  view: true,
  run: async (ctx) => ctx.ui.manageSources(),
}

export const sourceCommands = [manage]
