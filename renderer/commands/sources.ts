// Commands on the list of sources: open the manager, add, rename, recolour
// and remove. Whatever the answer, the sources are read again after a
// change, so the screen shows what the services hold.

import type { Source } from '../../shared/model/source.ts'
import { rememberRemoved } from '../removed-sources.ts'
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

const manage: Command = {
  id: 'sources.manage',
  title: 'Manage sources',
  view: true,
  run: async (ctx) => ctx.ui.manageSources(),
}

const add: Command<{ name: string; kind: Source['kind'] }> = {
  id: 'sources.add',
  title: 'Add source',
  run: (ctx, { name, kind }) => changeSources(ctx, () => ctx.api.addSource({ name, kind })),
}

const rename: Command<{ sourceId: string; name: string }> = {
  id: 'sources.rename',
  title: 'Rename source',
  run: (ctx, { sourceId, name }) => changeSources(ctx, () => ctx.api.updateSource({ sourceId, name })),
}

const recolour: Command<{ sourceId: string; colour: string }> = {
  id: 'sources.recolour',
  title: 'Change source colour',
  run: (ctx, { sourceId, colour }) => changeSources(ctx, () => ctx.api.updateSource({ sourceId, colour })),
}

// How many annotations name a source, in how many documents: the library's
// counts for the others, the open session for the document in view.
async function uses(ctx: CommandContext, sourceId: string): Promise<{ annotations: number; documents: number }> {
  const open = ctx.reader.session
  let annotations = 0, documents = 0
  for (const doc of await ctx.api.listDocuments({})) {
    const n = doc.id === open?.documentId
      ? open.annotations.filter((a) => a.sources.includes(sourceId)).length
      : doc.sourceCounts[sourceId] ?? 0
    if (n > 0) { annotations += n; documents++ }
  }
  return { annotations, documents }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

// Asks first when annotations use it; undo puts it back with its id,
// colour, kind and aliases, so those annotations find it again.
const remove: Command<{ sourceId: string }> = {
  id: 'sources.remove',
  title: 'Remove source',
  run: async (ctx, { sourceId }) => {
    const source = (await ctx.api.listSources({})).find((s) => s.id === sourceId)
    if (!source) return reloadSources(ctx)
    const used = await uses(ctx, sourceId)
    if (used.annotations > 0) {
      const answer = await ctx.ui.ask({
        title: `Remove “${source.name}”?`,
        message: `${plural(used.annotations, 'annotation', 'annotations')} in ${plural(used.documents, 'document', 'documents')} `
          + `name ${source.name}. They keep their text and notes; claims left with no other source count as unattributed.`,
        choices: [{ value: 'cancel', label: 'Keep it' }, { value: 'remove', label: `Remove ${source.name}` }],
        cancel: 'cancel',
        initial: 'cancel',
      })
      if (answer !== 'remove') return
    }
    const { name, kind, colour, aliases } = source
    const putBack = async () => {
      await changeSources(ctx, () => ctx.api.addSource({ sourceId, name, kind, colour, aliases }))
      return `Put back “${source.name}”.`
    }
    const takeAway = async () => {
      rememberRemoved(sourceId, source.name)
      await changeSources(ctx, () => ctx.api.removeSource({ sourceId }))
      return `Removed “${source.name}”.`
    }
    const message = await takeAway()
    ctx.history.record({ undo: putBack, redo: takeAway })
    ctx.ui.status(message, { label: 'Undo', run: () => void ctx.run('history.undo') })
  },
}

export const sourceCommands = [manage, add, rename, recolour, remove]
