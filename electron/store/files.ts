// The on-disk formats. Every file carries a version; what is read is checked
// against these schemas before use.

import { z } from 'zod'
import { Annotation } from '../../shared/model/annotation.ts'
import { ArticleDocument, DocumentId, DocumentMeta } from '../../shared/model/document.ts'

export const LIBRARY_VERSION = 1
export const DOCUMENT_FILE_VERSION = 1

export const LibraryEntry = z.object({
  id: DocumentId,
  meta: DocumentMeta,
  added: z.iso.datetime(),
  annotationCount: z.number().int().nonnegative(),
})
export type LibraryEntry = z.infer<typeof LibraryEntry>

export const LibraryFile = z.object({
  version: z.literal(LIBRARY_VERSION),
  documents: z.array(LibraryEntry),
  lastOpened: DocumentId.nullable(),
  // Set once the built-in sample was added, so removing it sticks.
  sampleAdded: z.boolean(),
})
export type LibraryFile = z.infer<typeof LibraryFile>

export const DocumentFile = z.object({
  version: z.literal(DOCUMENT_FILE_VERSION),
  document: ArticleDocument,
  annotations: z.array(Annotation),
})
export type DocumentFile = z.infer<typeof DocumentFile>

export function emptyLibrary(): LibraryFile {
  return { version: LIBRARY_VERSION, documents: [], lastOpened: null, sampleAdded: false }
}
