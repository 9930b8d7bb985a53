// The library as a whole: search across every document, and what the store
// had to repair on the way (its notices).

import type { Api, Input, Output } from '../../shared/api/contract.ts'
import { searchLibrary, type Searchable } from '../../shared/library/search.ts'
import { canonicalText } from '../../shared/model/document.ts'
import type { ServiceContext } from './context.ts'

export function libraryServices(ctx: ServiceContext): Pick<Api, 'search' | 'storageNotices'> {
  const { store } = ctx
  return {
    async search({ query, limit }: Input<'search'>): Promise<Output<'search'>> {
      const entries: Searchable[] = []
      for (const { id } of store.library.data.documents) {
        // A document that cannot be read is reported by storageNotices, not here.
        const db = await ctx.open(id).catch(() => null)
        if (!db) continue
        const { document, annotations } = db.data
        entries.push({ document, text: canonicalText(document.blocks), annotations })
      }
      return searchLibrary(entries, store.sources, query, limit)
    },

    async storageNotices(): Promise<Output<'storageNotices'>> {
      return [...store.notices]
    },
  }
}
