// The library view's pages (listLibrary): the documents sorted as the view
// asks, each order kept until the library changes (the store replaces its
// data on every change), filtered, and one page of them sent in columns.
// The stamp names the library's state: this process's start and how many
// changes it has seen, so a stamp from before a restart never matches.

import { randomUUID } from 'node:crypto'
import type { Input, Output } from '../../shared/api/contract.ts'
import { MAX_LIBRARY_PAGE } from '../../shared/api/library-page.ts'
import { toColumns } from '../../shared/api/summary-columns.ts'
import { filterLibrary, sortLibrary, type LibrarySort } from '../../shared/library/library-order.ts'
import type { LibraryEntry } from '../store/files.ts'

interface Library { readonly documents: readonly LibraryEntry[] }

export function libraryPages(current: () => Library): (query: Input<'listLibrary'>) => Output<'listLibrary'> {
  const start = randomUUID().slice(0, 8)
  let seen: Library | null = null
  let changes = 0
  let orders = new Map<LibrarySort, readonly LibraryEntry[]>()
  // The last filter asked for: typing asks again with one more letter, and
  // scrolling asks for the next page of the same.
  let filtered: { sort: LibrarySort; filter: string; rows: readonly LibraryEntry[] } | null = null
  return ({ sort = 'added', filter = '', offset = 0, limit = MAX_LIBRARY_PAGE }) => {
    const library = current()
    if (library !== seen) {
      seen = library
      changes++
      orders = new Map()
      filtered = null
    }
    let rows = orders.get(sort)
    if (!rows) orders.set(sort, rows = sortLibrary(library.documents, sort))
    const needle = filter.trim()
    if (needle) {
      if (filtered?.sort !== sort || filtered.filter !== needle) filtered = { sort, filter: needle, rows: filterLibrary(rows, needle) }
      rows = filtered.rows
    }
    return {
      stamp: `${start}-${changes}`,
      total: rows.length,
      all: library.documents.length,
      offset,
      columns: toColumns(rows.slice(offset, offset + limit)),
    }
  }
}
