// The one API between the UI and the services. Each method names its input
// and output schemas; both transports (Electron IPC and local HTTP) validate
// every payload against them, and the client types are derived from here.

import { z } from 'zod'
import { Annotation, AnnotationId, annotationKinds, Target } from '../model/annotation.ts'
import { ArticleDocument, DocumentId, DocumentMeta } from '../model/document.ts'
import { Colour, Source, SourceId, SourceName, sourceKinds } from '../model/source.ts'
import { exportFormats, libraryExportFormats, MarkdownOptions } from '../export/formats.ts'
import { MAX_IMPORT_BYTES } from '../import/limits.ts'
import { SearchHit } from '../library/search-hit.ts'
import { Suggestion, SuggestionKey } from '../model/suggestion.ts'
import { inputInWords, problemOf } from './input-words.ts'
import { LibraryPage, LibraryQuery } from './library-page.ts'
import { ReadingPosition, ReadingSettings, SettingsEdit } from '../model/reading.ts'

const Empty = z.strictObject({})

const Count = z.number().int().nonnegative()
// A statement sentence of a text (the coverage view counts them).
export const SentenceRange = z.object({ start: Count, end: Count })

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

// A file's bytes cross the transports as base64, so both can carry them as
// JSON. 20 MB of file is at most this many characters.
export { MAX_IMPORT_BYTES }
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4
const Base64 = z.string().max(MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file did not arrive as base64')

// Metadata edits: a field given as "" is cleared; the title cannot be.
const MetaEdit = z.strictObject({
  title: z.string().trim().min(1, 'a document needs a title').max(1000).optional(),
  publisher: z.string().trim().max(1000).optional(),
  author: z.string().trim().max(1000).optional(),
  published: z.string().trim().max(100).optional(),
  url: z.string().trim().max(4096).optional(),
})

export { SearchHit } from '../library/search-hit.ts'

const FileName = z.string().min(1).max(255)
// The client names an import (a random UUID) so that it can ask how far it
// is and cancel it while a batch is under way.
const ImportId = z.string().regex(/^[0-9a-f-]{8,64}$/, 'An import id is 8-64 hexadecimal digits and dashes.')
// Files per importDocuments call; clients also keep a batch's bytes under
// the transports' limits (MAX_IMPORT_BATCH_BYTES).
export const MAX_IMPORT_BATCH = 100
export const MAX_IMPORT_BATCH_BYTES = 8 * 1024 * 1024

export const contract = {
  // What the reader shows on launch: the last document opened, else the
  // first in the library; null when the library is empty.
  startupDocument: { input: Empty, output: z.object({ documentId: DocumentId.nullable() }) },
  listDocuments: { input: Empty, output: z.array(DocumentSummary) },
  // The same summaries a page at a time, sorted and filtered, in columns
  // (library-page.ts, summary-columns.ts), for the library view.
  listLibrary: { input: LibraryQuery, output: LibraryPage },
  getDocument: { input: z.strictObject({ documentId: DocumentId }), output: ArticleDocument },
  // A text, Markdown or HTML file becomes a document. The same bytes again
  // create nothing unless duplicate is 'keep'; the answer names the copy
  // that exists so the UI can offer to open it. For a web page, `unsure`
  // says why the part taken as the article may be wrong; wholePage: true
  // takes the whole page instead. `assumedEncoding` names the encoding
  // guessed for a file that does not declare one ("KOI8-R (Russian)").
  importDocument: {
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
  },
  // Many files at once, sent in batches that share an importId: each file
  // read as importDocument reads one (a duplicate is skipped unless
  // duplicate is 'keep'; a file that cannot be imported is reported and the
  // rest go on), then the batch written and indexed in one go. cancelImport
  // stops the import before its next file: the files already read are
  // written whole and indexed, the rest are left out of `results` (it lists
  // the files handled, in order) and `cancelled` is true.
  importDocuments: {
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
  },
  // How far an import is: the files handled so far over all its batches,
  // and the one being read now (null between batches).
  importProgress: {
    input: z.strictObject({ importId: ImportId }),
    output: z.object({ done: Count, current: FileName.nullable(), cancelled: z.boolean() }),
  },
  // Stops an import (one under way, or the next batch of it) before its
  // next file.
  cancelImport: { input: z.strictObject({ importId: ImportId }), output: z.object({ cancelled: z.boolean() }) },
  updateDocumentMeta: { input: z.strictObject({ documentId: DocumentId, meta: MetaEdit }), output: DocumentSummary },
  // Moves the document and its annotations to the data folder's trash;
  // restoreDocument brings them back (undo).
  deleteDocument: { input: z.strictObject({ documentId: DocumentId }), output: z.object({ deleted: z.boolean() }) },
  restoreDocument: { input: z.strictObject({ documentId: DocumentId }), output: DocumentSummary },
  // Every document's text and title, and every annotation's quote, note and
  // sources, by words (the last one as a beginning, being typed), ignoring
  // case and accents; the best documents first. `indexing`: the index is
  // still being built or brought up to date, so more may be found soon.
  search: {
    input: z.strictObject({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(1000).optional() }),
    output: z.object({ hits: z.array(SearchHit), truncated: z.boolean(), indexing: z.boolean().optional() }),
  },
  listAnnotations: { input: z.strictObject({ documentId: DocumentId }), output: z.array(Annotation) },
  createAnnotation: {
    input: z.strictObject({
      documentId: DocumentId,
      kind: z.enum(annotationKinds),
      target: Target,
      sources: z.array(SourceId).max(100).optional(),
      // The outlets that relayed it ("via Xinhua").
      via: z.array(SourceId).max(100).optional(),
      note: z.string().max(100_000).optional(),
    }),
    output: Annotation,
  },
  // Changes what is given and leaves the rest; modified is set by the service.
  updateAnnotation: {
    input: z.strictObject({
      documentId: DocumentId,
      annotationId: AnnotationId,
      kind: z.enum(annotationKinds).optional(),
      sources: z.array(SourceId).max(100).optional(),
      via: z.array(SourceId).max(100).optional(),
      note: z.string().max(100_000).optional(),
    }),
    output: Annotation,
  },
  // Puts back an annotation exactly as it was (undo of a delete).
  restoreAnnotation: { input: z.strictObject({ annotation: Annotation }), output: Annotation },
  deleteAnnotation: {
    input: z.strictObject({ documentId: DocumentId, annotationId: AnnotationId }),
    output: z.object({ deleted: z.boolean() }),
  },
  exportDocument: {
    // markdown: the layout of Markdown notes (ignored by other formats).
    input: z.strictObject({ documentId: DocumentId, format: z.enum(exportFormats), markdown: MarkdownOptions.optional() }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
  // Every document's annotations in one file (Markdown, JSON-LD or CSV).
  exportLibrary: {
    input: z.strictObject({ format: z.enum(libraryExportFormats) }),
    output: z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }),
  },
  // W3C Web Annotations or a Hypothesis export, re-anchored onto the
  // document; annotations it already has (same id) are left as they are.
  importAnnotations: {
    // keepOrphans: those whose text is not in the document are kept too
    // (the reader lists them under Orphans); they still count as orphans.
    input: z.strictObject({ documentId: DocumentId, data: z.unknown(), keepOrphans: z.boolean().optional() }),
    output: z.object({
      imported: z.number().int().nonnegative(),
      alreadyPresent: z.number().int().nonnegative(),
      orphans: z.array(z.object({ quote: z.string(), reason: z.string() })),
      unknownSources: z.array(z.string()),
    }),
  },
  // What the store had to repair (a corrupt file moved aside, a backup
  // restored), in words for the reader.
  storageNotices: { input: Empty, output: z.array(z.string()) },
  listSources: { input: Empty, output: z.array(Source) },
  // Sources removed while annotations may still name them: their names, so
  // those show "Tass (removed)" and never an id. Not offered for tags.
  listRemovedSources: { input: Empty, output: z.array(z.object({ id: SourceId, name: SourceName })) },
  addSource: {
    input: z.strictObject({
      // Given when a removed source is put back (undo), so the annotations
      // that still name it find it again; otherwise made from the name.
      sourceId: SourceId.optional(),
      name: SourceName,
      kind: z.enum(sourceKinds).optional(),
      colour: Colour.optional(),
      aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    }),
    output: Source,
  },
  updateSource: {
    input: z.strictObject({
      sourceId: SourceId,
      name: SourceName.optional(),
      kind: z.enum(sourceKinds).optional(),
      colour: Colour.optional(),
      aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    }),
    output: Source,
  },
  // Who said what: attribution suggestions for a library document, or for
  // an article file (imported as importDocument does, never stored).
  // Offsets are in the document's canonical text. A document's suggestions
  // leave out those it rejected and those over the same words as an
  // annotation with the same source. Accepting is addSource (for a
  // proposed source or relay) then createAnnotation with the suggestion's
  // target, sources and via. `sentences` are the text's statement sentences
  // (no titles or headings), the units of the coverage view. With
  // `covered: true` the annotations' filter is left to the caller (the
  // reader applies shared/model/suggestion-coverage.ts itself as its
  // annotations change, so a new claim needs no new answer).
  suggestAttributions: {
    input: z.union([
      z.strictObject({ documentId: DocumentId, covered: z.boolean().optional() }),
      z.strictObject({ fileName: z.string().min(1).max(255), contentBase64: Base64 }),
    ]),
    output: z.object({ suggestions: z.array(Suggestion), sentences: z.array(SentenceRange) }),
  },
  // Hides a suggestion for this document for good (kept in its file);
  // unrejectSuggestion shows it again (undo).
  rejectSuggestion: {
    input: z.strictObject({ documentId: DocumentId, key: SuggestionKey }),
    output: z.object({ rejected: z.boolean() }),
  },
  unrejectSuggestion: {
    input: z.strictObject({ documentId: DocumentId, key: SuggestionKey }),
    output: z.object({ unrejected: z.boolean() }),
  },
  // The reader's reading settings, kept per user in the data folder
  // (state.json, best-effort: a failed write is not an error).
  getSettings: { input: Empty, output: ReadingSettings },
  updateSettings: { input: SettingsEdit, output: ReadingSettings },
  // Where the reader stopped in each document, most recent first.
  listReadingPositions: { input: Empty, output: z.array(ReadingPosition) },
  saveReadingPosition: { input: ReadingPosition.strict(), output: z.object({ saved: z.boolean() }) },
  // Annotations keep their reference; they show it as a removed source.
  removeSource: { input: z.strictObject({ sourceId: SourceId }), output: z.object({ removed: z.boolean() }) },
  // Two sources that are one: every annotation naming `from` (who said it
  // or who relayed it, in every document, the trash's too) names `into`
  // instead; `from`'s name and aliases become aliases of `into`, and `from`
  // is removed. Answers how many annotations, in how many documents, moved.
  mergeSources: {
    input: z.strictObject({ from: SourceId, into: SourceId }),
    output: z.object({ annotations: Count, documents: Count, source: Source }),
  },
  // The sources in this order (the number keys 1-9 follow it): exactly the
  // ids there are, each once.
  orderSources: {
    input: z.strictObject({ order: z.array(SourceId).max(10_000) }),
    output: z.array(Source),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type MethodName = keyof Contract
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type Output<M extends MethodName> = z.output<Contract[M]['output']>

// What a transport's client offers and what the services implement.
export type Api = { [M in MethodName]: (input: Input<M>) => Promise<Output<M>> }

export const methodNames = Object.keys(contract) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}

// Errors crossing a transport carry a code the UI can act on, a message it
// can show as is (in the user's words, never naming a method), and for a
// refused input the path of the field it is about ("target.position.end").
const errorCodes = ['invalid-input', 'not-found', 'storage', 'internal'] as const
export type ErrorCode = (typeof errorCodes)[number]
export const ApiErrorBody = z.object({ code: z.enum(errorCodes), message: z.string(), field: z.string().optional() })
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.field = field
  }

  get body(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.field === undefined ? {} : { field: this.field }) }
  }
}

// The one wire format: what dispatch() answers, what IPC and HTTP carry and
// what every client unwraps.
export const Outcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
])
export type Outcome = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody }

export function parseInput<M extends MethodName>(method: M, payload: unknown): z.output<Contract[M]['input']> {
  // Messages the schemas give themselves win; the rest are ours, in words.
  const ours = new Set<string>()
  const result = contract[method].input.safeParse(payload, {
    error: (issue) => {
      const problem = problemOf(issue)
      ours.add(problem)
      return problem
    },
  })
  if (!result.success) {
    const first = result.error.issues[0]
    throw new ApiError('invalid-input', inputInWords(result.error.issues, ours), first?.path.join('.') || undefined)
  }
  return result.data as z.output<Contract[M]['input']>
}

// A wrong answer is our fault: named for the log, not for the user.
export function parseOutput<M extends MethodName>(method: M, payload: unknown): Output<M> {
  const result = contract[method].output.safeParse(payload)
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'answer'}: ${issue.message}`)
    throw new ApiError('internal', `The answer to ${method} was not valid (${first.join('; ')}).`)
  }
  return result.data as Output<M>
}
