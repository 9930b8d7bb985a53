// Editing sources beyond a name and a colour: kind and other names (each
// change undoable), the order the number keys follow (moved up or down,
// undoable), and merging one source into another (asked first: it moves
// annotations in every document and is not undone).

import type { Source } from '../../shared/model/source.ts'
import type { Command, CommandContext } from './command.ts'

async function reloadSources(ctx: CommandContext): Promise<void> {
  if (ctx.reader.session) await ctx.reader.session.reloadSources()
  else ctx.ui.sourcesChanged(await ctx.api.listSources({}))
}

const find = async (ctx: CommandContext, sourceId: string) => (await ctx.api.listSources({})).find((s) => s.id === sourceId)

type Changes = Partial<Pick<Source, 'kind' | 'aliases'>>

// A change of kind or other names; undo puts the old values back.
const update: Command<{ sourceId: string; changes: Changes }> = {
  id: 'sources.update',
  title: 'Change source',
  run: async (ctx, { sourceId, changes }) => {
    const before = await find(ctx, sourceId)
    if (!before) return reloadSources(ctx)
    const old: Changes = { kind: before.kind, aliases: before.aliases }
    const apply = async (values: Changes) => {
      try {
        await ctx.api.updateSource({ sourceId, ...values })
      } finally {
        await reloadSources(ctx)
      }
      return `Saved “${before.name}”.`
    }
    const message = await apply(changes)
    ctx.history.record({ undo: () => apply(old), redo: () => apply(changes) })
    return message
  },
}

// One place up (-1) or down (1) in the list; the number keys follow it.
const move: Command<{ sourceId: string; by: -1 | 1 }> = {
  id: 'sources.move',
  title: 'Move source',
  run: async (ctx, { sourceId, by }) => {
    const sources = await ctx.api.listSources({})
    const at = sources.findIndex((s) => s.id === sourceId)
    const to = at + by
    if (at < 0 || to < 0 || to >= sources.length) return
    const before = sources.map((s) => s.id)
    const after = [...before]
    ;[after[at], after[to]] = [after[to]!, after[at]!]
    const name = sources[at]!.name
    const place = (order: string[]) => async () => {
      try {
        await ctx.api.orderSources({ order })
      } finally {
        await reloadSources(ctx)
      }
      const n = order.indexOf(sourceId) + 1
      return n <= 9 ? `“${name}” is now source ${n} (key ${n}).` : `“${name}” is now source ${n}.`
    }
    const message = await place(after)()
    ctx.history.record({ undo: place(before), redo: place(after) })
    return message
  },
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const merge: Command<{ from: string; into: string }> = {
  id: 'sources.merge',
  title: 'Merge sources',
  run: async (ctx, { from, into }) => {
    const sources = await ctx.api.listSources({})
    const source = sources.find((s) => s.id === from), target = sources.find((s) => s.id === into)
    if (!source || !target || from === into) return reloadSources(ctx)
    const answer = await ctx.ui.ask({
      title: `Merge “${source.name}” into “${target.name}”?`,
      message: `Every annotation that names ${source.name}, in every document, will name ${target.name} instead, `
        + `and ${source.name} becomes another name of ${target.name}. This cannot be undone.`,
      choices: [{ value: 'cancel', label: 'Keep both' }, { value: 'merge', label: `Merge into ${target.name}` }],
      cancel: 'cancel',
      initial: 'cancel',
    })
    if (answer !== 'merge') return
    let moved
    try {
      moved = await ctx.api.mergeSources({ from, into })
    } finally {
      await reloadSources(ctx)
      await ctx.reader.session?.reloadAnnotations()
    }
    return `Merged “${source.name}” into “${target.name}”: ${plural(moved.annotations, 'annotation', 'annotations')} moved.`
  },
}

export const sourceEditCommands = [update, move, merge]
