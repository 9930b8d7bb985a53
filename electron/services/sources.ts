// The sources annotations are attributed to: list, add, change, remove.
// Removing one leaves the annotations that name it as they are.

import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import { sourceIdFor, type Source } from '../../shared/model/source.ts'
import { saving, type ServiceContext } from './context.ts'

type SourceMethods = 'listSources' | 'addSource' | 'updateSource' | 'removeSource'

// Colours for new sources, distinct from the built-in ones and readable
// under black text.
const PALETTE = ['#9c6ade', '#d6604d', '#2a9d8f', '#e9a03b', '#5c7cfa', '#c2185b', '#6d8f2f', '#8d6e63']

export function sourceServices({ store }: ServiceContext): Pick<Api, SourceMethods> {
  function checkNameFree(name: string): void {
    const wanted = name.trim().toLowerCase()
    const taken = store.sources.find((s) => s.name.toLowerCase() === wanted)
    if (taken) throw new ApiError('invalid-input', `There is already a source named ${taken.name}.`, 'name')
  }

  return {
    async listSources(): Promise<Output<'listSources'>> {
      return store.sources
    },

    async addSource(input: Input<'addSource'>): Promise<Output<'addSource'>> {
      const sources = store.sources
      checkNameFree(input.name)
      const source: Source = {
        id: sourceIdFor(input.name, new Set(sources.map((s) => s.id))),
        name: input.name,
        aliases: input.aliases ?? [],
        kind: input.kind ?? 'other',
        colour: input.colour ?? PALETTE[sources.length % PALETTE.length]!,
      }
      await saving(store.changeSources((all) => [...all, source]))
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
      if (!store.sources.some((s) => s.id === sourceId)) return { removed: false }
      await saving(store.changeSources((all) => all.filter((s) => s.id !== sourceId)))
      return { removed: true }
    },
  }
}
