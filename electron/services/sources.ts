// The sources annotations are attributed to: list, add, change, remove,
// merge two (merge-sources.ts) and put in the order the number keys follow.
// Removing one leaves the annotations that name it as they are.

import { nextColour } from '../../shared/colour/palette.ts'
import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import { sourceIdFor, type Source } from '../../shared/model/source.ts'
import { saving, type ServiceContext } from './context.ts'
import { mergeSources } from './merge-sources.ts'

type SourceMethods = 'listSources' | 'listRemovedSources' | 'addSource' | 'updateSource' | 'removeSource' | 'mergeSources' | 'orderSources'

export function sourceServices(ctx: ServiceContext): Pick<Api, SourceMethods> {
  const { store } = ctx
  function checkNameFree(name: string, sources = store.sources): void {
    const wanted = name.trim().toLowerCase()
    const taken = sources.find((s) => s.name.toLowerCase() === wanted)
    if (taken) throw new ApiError('invalid-input', `There is already a source named ${taken.name}.`, 'name')
  }

  return {
    async listSources(): Promise<Output<'listSources'>> {
      return store.sources
    },

    async listRemovedSources(): Promise<Output<'listRemovedSources'>> {
      return store.removedSources
    },

    async addSource(input: Input<'addSource'>): Promise<Output<'addSource'>> {
      const sources = store.sources
      checkNameFree(input.name)
      if (input.sourceId !== undefined && sources.some((s) => s.id === input.sourceId)) {
        throw new ApiError('invalid-input', `There is already a source with id ${input.sourceId}.`, 'sourceId')
      }
      const source: Source = {
        // A removed source's id stays its own: its annotations still name it.
        id: input.sourceId ?? sourceIdFor(input.name, new Set([...sources, ...store.removedSources].map((s) => s.id))),
        name: input.name,
        aliases: input.aliases ?? [],
        kind: input.kind ?? 'other',
        // Never a colour in use, so no source's marks change colour.
        colour: input.colour ?? nextColour(sources.map((s) => s.colour)),
      }
      // Put back (undo): no longer removed. Checked again when the save
      // runs: another tab may have added the same source meanwhile.
      await saving(store.changeSourceLists(({ sources: all, removed }) => {
        checkNameFree(source.name, all)
        if (all.some((s) => s.id === source.id)) throw new ApiError('invalid-input', `There is already a source with id ${source.id}.`, 'sourceId')
        return { sources: [...all, source], removed: removed.filter((r) => r.id !== source.id) }
      }))
      return source
    },

    async updateSource(input: Input<'updateSource'>): Promise<Output<'updateSource'>> {
      const current = store.sources.find((s) => s.id === input.sourceId)
      if (!current) throw new ApiError('not-found', `There is no source with id ${input.sourceId}.`)
      if (input.name !== undefined && input.name !== current.name) checkNameFree(input.name)
      const updated: Source = {
        ...current,
        name: input.name ?? current.name,
        kind: input.kind ?? current.kind,
        colour: input.colour ?? current.colour,
        aliases: input.aliases ?? current.aliases,
      }
      await saving(store.changeSources((all) => all.map((s) => (s.id === current.id ? updated : s))))
      return updated
    },

    async removeSource({ sourceId }: Input<'removeSource'>): Promise<Output<'removeSource'>> {
      const gone = store.sources.find((s) => s.id === sourceId)
      if (!gone) return { removed: false }
      await saving(store.changeSourceLists(({ sources: all, removed }) => ({
        sources: all.filter((s) => s.id !== sourceId),
        removed: [...removed.filter((r) => r.id !== sourceId), { id: gone.id, name: gone.name }],
      })))
      return { removed: true }
    },

    mergeSources: (input) => mergeSources(ctx, input),

    async orderSources({ order }: Input<'orderSources'>): Promise<Output<'orderSources'>> {
      const ids = store.sources.map((s) => s.id)
      const wanted = new Set(order)
      if (wanted.size !== order.length || order.length !== ids.length || ids.some((id) => !wanted.has(id))) {
        throw new ApiError('invalid-input', 'The sources have changed since this order was made; try again.', 'order')
      }
      const byId = new Map(store.sources.map((s) => [s.id, s]))
      await saving(store.changeSources(() => order.map((id) => byId.get(id)!)))
      return store.sources
    },
  }
}
