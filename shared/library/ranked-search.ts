// The library's search: the index ranks the documents that have every word
// of the query (BM25, titles, notes and sources weighing more), then the
// best ones are read, in that order, for their hits (find-hits.ts) until
// the limit. Only the documents shown are read.

import type { Source } from '../model/source.ts'
import { findHits, queryWords } from './find-hits.ts'
import type { LibraryIndex } from './search-index.ts'
import type { Searchable } from './search.ts'
import type { SearchHit } from './search-hit.ts'

// Documents read for one answer at most, per hit asked for: past them the
// list is long enough, and it says it was cut. Reading one is most of an
// answer's time (a 10 KB article with 100 annotations: about 0.5 ms to read,
// then 0.05-0.1 ms to find its hits while it is kept), and an answer is
// asked at every key: at the default 200 hits, 40 documents keep a rare
// name's answer (a few hits in each of many documents) under 50 ms.
const HITS_PER_DOCUMENT_READ = 5
export const MAX_DOCUMENTS_READ = 200 / HITS_PER_DOCUMENT_READ
const READ_AHEAD = 4

export interface SearchAnswer { hits: SearchHit[]; truncated: boolean }

export async function searchRanked(
  index: LibraryIndex,
  query: string,
  { limit = HITS_PER_DOCUMENT_READ * MAX_DOCUMENTS_READ, sources, load }: {
    limit?: number
    // Every source's name by id; removed sources keep theirs.
    sources: readonly Pick<Source, 'id' | 'name'>[]
    // A document's contents, or null when it cannot be read now.
    load: (id: string) => Promise<Searchable | null>
  },
): Promise<SearchAnswer> {
  const words = queryWords(query)
  if (words.length === 0) return { hits: [], truncated: false }
  const names = new Map(sources.map((s) => [s.id, s.name]))
  const sourceName = (id: string) => names.get(id) ?? id
  const maxRead = Math.ceil(limit / HITS_PER_DOCUMENT_READ)
  // One more than can be read: whether there are more.
  const ranked = index.search(query, maxRead + 1)
  const hits: SearchHit[] = []
  let truncated = false
  // The next few are read while one's hits are found: reading a file waits
  // on the disk, and one after the other the waits add up. Their hits are
  // still taken in rank order.
  const reading: Promise<Searchable | null>[] = []
  const readAhead = (i: number) => {
    while (reading.length < Math.min(i + READ_AHEAD, maxRead, ranked.length)) {
      const contents = load(ranked[reading.length]!.id)
      // One read ahead and never waited for (the answer was full) must not fail unheard.
      contents.catch(() => {})
      reading.push(contents)
    }
  }
  for (let i = 0; i < ranked.length; i++) {
    if (hits.length >= limit || i >= maxRead) {
      truncated = true
      break
    }
    readAhead(i)
    const entry = await reading[i]!
    if (!entry) continue
    const found = findHits(entry, sourceName, words)
    if (found.cut) truncated = true
    for (const hit of found.hits) {
      if (hits.length < limit) hits.push(hit)
      else truncated = true
    }
  }
  return { hits, truncated }
}
