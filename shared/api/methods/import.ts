// Importing article files: one at a time, or many in batches that can be
// followed and cancelled.

import { z } from 'zod'
import { Base64, Count, MAX_BASE64 } from './schema-parts.ts'
import { DocumentSummary } from './library.ts'

const FileName = z.string().min(1).max(255)
// The client names an import (a random UUID) so that it can ask how far it
// is and cancel it while a batch is under way.
const ImportId = z.string().regex(/^[0-9a-f-]{8,64}$/, 'An import id is 8-64 hexadecimal digits and dashes.')
// Files per importDocuments call; clients also keep a batch's bytes under
// the transports' limits (MAX_IMPORT_BATCH_BYTES).
export const MAX_IMPORT_BATCH = 100
export const MAX_IMPORT_BATCH_BYTES = 8 * 1024 * 1024

export const importMethods = {
  // A text, Markdown or HTML file becomes a document. The same bytes again
  // create nothing unless duplicate is 'keep'; the answer names the copy
  // that exists so the UI can offer to open it. For a web page, `unsure`
  // says why the part taken as the article may be wrong; wholePage: true
  // takes the whole page instead. `assumedEncoding` names the encoding
  // guessed for a file that does not declare one ("KOI8-R (Russian)").
  importDocument: () => ({
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      contentBase64: Base64,
      duplicate: z.enum(['ask', 'keep']).optional(),
      wholePage: z.boolean().optional(),
    }),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('created'),
        document: DocumentSummary,
        unsure: z.string().max(1000).optional(),
        assumedEncoding: z.string().max(100).optional(),
      }),
      z.object({ status: z.literal('duplicate'), existing: DocumentSummary }),
    ]),
  }),
  // Many files at once, sent in batches that share an importId: each file
  // read as importDocument reads one (a duplicate is skipped unless
  // duplicate is 'keep'; a file that cannot be imported is reported and the
  // rest go on), then the batch written and indexed in one go. cancelImport
  // stops the import before its next file: the files already read are
  // written whole and indexed, the rest are left out of `results` (it lists
  // the files handled, in order) and `cancelled` is true.
  importDocuments: () => ({
    input: z.strictObject({
      importId: ImportId,
      files: z.array(z.strictObject({ fileName: FileName, contentBase64: Base64 })).min(1).max(MAX_IMPORT_BATCH)
        // All together no more than the largest single file may be.
        .refine((files) => files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= MAX_BASE64, 'A batch of files is at most 20 MB; send fewer at a time'),
      duplicate: z.enum(['ask', 'keep']).optional(),
      wholePage: z.boolean().optional(),
    }),
    output: z.object({
      results: z.array(z.discriminatedUnion('status', [
        z.object({ fileName: FileName, status: z.literal('created'), document: DocumentSummary, unsure: z.string().max(1000).optional(), assumedEncoding: z.string().max(100).optional() }),
        z.object({ fileName: FileName, status: z.literal('duplicate'), existing: DocumentSummary }),
        z.object({ fileName: FileName, status: z.literal('failed'), error: z.string() }),
      ])).max(MAX_IMPORT_BATCH),
      cancelled: z.boolean(),
    }),
  }),
  // How far an import is: the files handled so far over all its batches,
  // and the one being read now (null between batches).
  importProgress: () => ({
    input: z.strictObject({ importId: ImportId }),
    output: z.object({ done: Count, current: FileName.nullable(), cancelled: z.boolean() }),
  }),
  // Stops an import (one under way, or the next batch of it) before its
  // next file.
  cancelImport: () => ({ input: z.strictObject({ importId: ImportId }), output: z.object({ cancelled: z.boolean() }) }),
} as const
