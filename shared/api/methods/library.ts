// The library's methods: its documents as summaries, one document, its
// metadata, the trash, and search over all of it.

import { z } from 'zod'
import { ArticleDocument, DocumentId, DocumentMeta } from '../../model/document.ts'
import { SourceId } from '../../model/source.ts'
import { SearchHit } from '../../library/search-hit.ts'
import { LibraryPage, LibraryQuery } from '../library-page.ts'
import { Count, Empty } from './schema-parts.ts'

export const DocumentSummary = z.object({
  id: DocumentId,
  meta: DocumentMeta,
  added: z.iso.datetime(),
  annotationCount: Count,
  claimCount: Count,
  // Annotations per source id; an annotation with two sources counts twice.
  sourceCounts: z.record(SourceId, Count),
  // Annotations per relay (via) source id, counted apart from sourceCounts.
  viaCounts: z.record(SourceId, Count),
})
export type DocumentSummary = z.infer<typeof DocumentSummary>

// Metadata edits: a field given as "" is cleared; the title cannot be.
const MetaEdit = z.strictObject({
  title: z.string().trim().min(1, 'a document needs a title').max(1000).optional(),
  publisher: z.string().trim().max(1000).optional(),
  author: z.string().trim().max(1000).optional(),
  published: z.string().trim().max(100).optional(),
  url: z.string().trim().max(4096).optional(),
})

export const libraryMethods = {
  // What the reader shows on launch: the last document opened, else the
  // first in the library; null when the library is empty.
  startupDocument: () => ({ input: Empty, output: z.object({ documentId: DocumentId.nullable() }) }),
  listDocuments: () => ({ input: Empty, output: z.array(DocumentSummary) }),
  // The same summaries a page at a time, sorted and filtered, in columns
  // (library-page.ts, summary-columns.ts), for the library view.
  listLibrary: () => ({ input: LibraryQuery, output: LibraryPage }),
  getDocument: () => ({ input: z.strictObject({ documentId: DocumentId }), output: ArticleDocument }),
  updateDocumentMeta: () => ({ input: z.strictObject({ documentId: DocumentId, meta: MetaEdit }), output: DocumentSummary }),
  // Moves the document and its annotations to the data folder's trash;
  // restoreDocument brings them back (undo).
  deleteDocument: () => ({ input: z.strictObject({ documentId: DocumentId }), output: z.object({ deleted: z.boolean() }) }),
  restoreDocument: () => ({ input: z.strictObject({ documentId: DocumentId }), output: DocumentSummary }),
  // Every document's text and title, and every annotation's quote, note and
  // sources, by words (the last one as a beginning, being typed), ignoring
  // case and accents; the best documents first. `indexing`: the index is
  // still being built or brought up to date, so more may be found soon.
  search: () => ({
    input: z.strictObject({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(1000).optional() }),
    output: z.object({ hits: z.array(SearchHit), truncated: z.boolean(), indexing: z.boolean().optional() }),
  }),
} as const
