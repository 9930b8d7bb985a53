// One search result, as the API hands it out. Defined beside the search
// (not in the contract) so that the core never imports the contract; the
// contract imports this.

import { z } from 'zod'
import { AnnotationId } from '../model/annotation.ts'
import { DocumentId } from '../model/document.ts'

const searchFields = ['title', 'text', 'quote', 'note', 'source'] as const
export const SearchHit = z.object({
  documentId: DocumentId,
  documentTitle: z.string(),
  field: z.enum(searchFields),
  // Set when the hit is in an annotation (its quote, note or source).
  annotationId: AnnotationId.optional(),
  // Where to scroll to in the document's canonical text.
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  // The matching words with a little context, for the results list.
  before: z.string(),
  match: z.string(),
  after: z.string(),
})
export type SearchHit = z.infer<typeof SearchHit>
