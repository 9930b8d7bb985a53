// listLibrary's question and answer: a page of the library, arranged by the
// services as the view asks (sort and filter), so that the view fetches the
// first screen first and the rest as it scrolls there. The answer says how
// many documents pass the filter and how many there are, and carries a stamp
// that changes whenever the library does: a page with another stamp than
// the pages held means those are stale.

import { z } from 'zod'
import { librarySorts } from '../library/library-order.ts'
import { SummaryColumns } from './summary-columns.ts'

const Count = z.number().int().nonnegative()

// The most documents one answer carries (about 230 KB of columns).
export const MAX_LIBRARY_PAGE = 1000

export const LibraryQuery = z.strictObject({
  sort: z.enum(librarySorts).optional(),
  filter: z.string().max(1000).optional(),
  offset: Count.max(Number.MAX_SAFE_INTEGER).optional(),
  // Without one, the largest page.
  limit: z.number().int().min(1).max(MAX_LIBRARY_PAGE).optional(),
  // Answer at once from the entries as they are, while they are still being
  // checked against the document files after the start (the answer then
  // says `checking`, and the same question without `early` waits for the
  // check): the view's first page need not wait for 10,000 stats.
  early: z.boolean().optional(),
})

export const LibraryPage = z.object({
  stamp: z.string().min(1).max(100),
  // Documents that pass the filter, and all in the library.
  total: Count,
  all: Count,
  // Where this page's first document stands among the `total`.
  offset: Count,
  columns: SummaryColumns,
  // Answered before the entries were checked against their files (early).
  checking: z.literal(true).optional(),
})
export type LibraryPage = z.infer<typeof LibraryPage>
