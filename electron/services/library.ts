// The library as a whole: search across every document (through the
// search index, search/indexer.ts), and what the store had to repair on the
// way (its notices).

import type { Api, Input, Output } from '../../shared/api/contract.ts'
import type { SearchIndexer } from '../search/indexer.ts'
import type { ServiceContext } from './context.ts'

export function libraryServices(ctx: ServiceContext, indexer: SearchIndexer): Pick<Api, 'search' | 'storageNotices'> {
  const { store } = ctx
  return {
    async search({ query, limit }: Input<'search'>): Promise<Output<'search'>> {
      return indexer.search(query, limit)
    },

    async storageNotices(): Promise<Output<'storageNotices'>> {
      return [...store.notices]
    },
  }
}
