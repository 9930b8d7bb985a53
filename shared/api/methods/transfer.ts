// Annotations out of Sourcemark (export) and into a document (import).

import { z } from 'zod'
import { DocumentId } from '../../model/document.ts'
import { exportFormats, libraryExportFormats, MarkdownOptions } from '../../export/formats.ts'

export const transferMethods = {
  exportDocument: () => ({
    // markdown: the layout of Markdown notes (ignored by other formats).
    input: z.strictObject({ documentId: DocumentId, format: z.enum(exportFormats), markdown: MarkdownOptions.optional() }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  }),
  // Every document's annotations in one file (Markdown, JSON-LD or CSV).
  exportLibrary: () => ({
    input: z.strictObject({ format: z.enum(libraryExportFormats) }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  }),
  // W3C Web Annotations or a Hypothesis export, re-anchored onto the
  // document; annotations it already has (same id) are left as they are.
  importAnnotations: () => ({
    // keepOrphans: those whose text is not in the document are kept too
    // (the reader lists them under Orphans); they still count as orphans.
    input: z.strictObject({ documentId: DocumentId, data: z.unknown(), keepOrphans: z.boolean().optional() }),
    output: z.object({
      imported: z.number().int().nonnegative(),
      alreadyPresent: z.number().int().nonnegative(),
      orphans: z.array(z.object({ quote: z.string(), reason: z.string() })),
      unknownSources: z.array(z.string()),
    }),
  }),
} as const
