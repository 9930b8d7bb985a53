// Commands on the list of sources: open the manager, add, rename, recolour
// and remove. Whatever the answer, the sources are read again after a
// change, so the screen shows what the services hold.

import type { Source } from '../../shared/model/source.ts'
import type { Command, CommandContext } from './command.ts'

async function reloadSources(ctx: CommandContext): Promise<void> {
  if (ctx.reader.session) await ctx.reader.session.reloadSources()
  else ctx.ui.sourcesChanged(await ctx.api.listSources({}))
}

// A failed change is the error to report, even if the reload fails too.
async function changeSources(ctx: CommandContext, change: () => Promise<unknown>): Promise<void> {
  try {
    await change()
  } catch (error) {
    await reloadSources(ctx).catch(() => {})
    throw error
  }
  await reloadSources(ctx)
}

export const manage: Command = {
  id: 'sources.manage',
  title: 'Manage sources',
  view: true,
  run: async (ctx) => ctx.ui.manageSources(),
}

export const add: Command<{ name: string; kind: Source['kind'] }> = {
  id: 'sources.add',
  title: 'Add source',
  run: (ctx, { name, kind }) => changeSources(ctx, () => ctx.api.addSource({ name, kind })),
}

export const rename: Command<{ sourceId: string; name: string }> = {
  id: 'sources.rename',
  title: 'Rename source',
  run: (ctx, { sourceId, name }) => changeSources(ctx, () => ctx.api.updateSource({ sourceId, name })),
}

export const recolour: Command<{ sourceId: string; colour: string }> = {
  id: 'sources.recolour',
  title: 'Change source colour',
  run: (ctx, { sourceId, colour }) => changeSources(ctx, () => ctx.api.updateSource({ sourceId, colour })),
}

export const remove: Command<{ sourceId: string }> = {
  id: 'sources.remove',
  title: 'Remove source',
  run: (ctx, { sourceId }) => changeSources(ctx, () => ctx.api.removeSource({ sourceId })),
}

export const sourceCommands = [manage, add, rename, recolour, remove]
