// The on-disk formats. Every file carries a version; what is read is first
// upgraded by migrate*() to the current version and then checked against
// these schemas before use.

import { z } from 'zod'
import { WindowState } from '../shell/window-state.ts'
import { Annotation } from '../../shared/model/annotation.ts'
import { ArticleDocument, DocumentId, DocumentMeta } from '../../shared/model/document.ts'
import { builtInSources, Source, SourceId, SourceName } from '../../shared/model/source.ts'
import { MAX_REJECTED, SuggestionKey } from '../../shared/model/suggestion.ts'
import { defaultSettings, MAX_POSITIONS, ReadingPosition, ReadingSettings } from '../../shared/model/reading.ts'

// v1: documents, lastOpened, sampleAdded. v2: + sources. v3: sources moved
// to sources.json and lastOpened to state.json, entries carry a stamp. All
// in one library.json. v4: the index is split into library/index-XX.json
// shards by document id, with library/head.json (see index-files.ts).
export const LIBRARY_VERSION = 4
// The last version kept whole in library.json, migrated to shards on open.
const LEGACY_LIBRARY_VERSION = 3
// Document files: v1 document + annotations; v2: + annotations' via,
// + rejectedSuggestions; v3: the file is a snapshot that a journal of later
// saves follows (<id>.journal.jsonl, journal.ts), and seq says the last
// save it holds. A v2 file is read as is and written as v3 on its first
// save (the v2 file kept as <id>.json.bak).
export const DOCUMENT_FILE_VERSION = 3
export const SOURCES_VERSION = 1
export const STATE_VERSION = 1

const Count = z.number().int().nonnegative()
// A document's text's SHA-256, in hex (named for shard-check.ts).
export const CONTENT_HASH = /^[0-9a-f]{64}$/

// Counts are kept here so the library lists documents without reading them;
// claimCount, sourceCounts and contentHash came later and default when absent.
export const LibraryEntry = z.object({
  id: DocumentId,
  meta: DocumentMeta,
  added: z.iso.datetime(),
  annotationCount: Count,
  claimCount: Count.default(0),
  // Keys are source ids, so never "__proto__".
  sourceCounts: z.record(SourceId, Count).default({}),
  viaCounts: z.record(SourceId, Count).default({}),
  // SHA-256 of the imported file's bytes, to notice the same file twice.
  contentHash: z.string().regex(CONTENT_HASH).optional(),
  // The document file the counts were taken from (see stamp.ts): a file
  // with another stamp is counted again when the library opens.
  stamp: z.string().max(200).optional(),
})
export type LibraryEntry = z.infer<typeof LibraryEntry>

// A deleted document: its file stays in documents/ and its entry waits here,
// so deleting can be undone and loses nothing.
export const TrashEntry = LibraryEntry.extend({ deleted: z.iso.datetime() })
export type TrashEntry = z.infer<typeof TrashEntry>

// The library in memory: the entries in library order, and the trash in
// the order things were deleted. On disk since v4 as shards (below).
export const LibraryFile = z.object({
  version: z.literal(LIBRARY_VERSION),
  documents: z.array(LibraryEntry),
  // Set once the built-in sample was added, so removing it sticks.
  sampleAdded: z.boolean(),
  trash: z.array(TrashEntry).default([]),
})
export type LibraryFile = z.infer<typeof LibraryFile>

// library.json (v3 and before) as read: a file from before v3 still holds
// the sources and the last opened document, which the store moves to
// their own files.
export const LegacyLibraryFile = LibraryFile.extend({
  version: z.literal(LEGACY_LIBRARY_VERSION),
  sources: z.array(Source).optional(),
  lastOpened: DocumentId.nullable().optional(),
})
export type LegacyLibraryFile = z.infer<typeof LegacyLibraryFile>

// library/head.json: what belongs to the library as a whole. shards: how
// many index files the ids are spread over (index-files.ts).
export const IndexHead = z.object({
  version: z.literal(LIBRARY_VERSION),
  shards: z.number().int().positive().max(4096),
  sampleAdded: z.boolean(),
})
export type IndexHead = z.infer<typeof IndexHead>

// One entry in a shard: order places it in its list (library or trash);
// deleted: it is in the trash.
export const ShardEntry = LibraryEntry.extend({
  order: z.number().int().nonnegative(),
  deleted: z.iso.datetime().optional(),
})
export type ShardEntry = z.infer<typeof ShardEntry>

// library/index-XX.json: the entries of the documents whose id falls in
// shard XX.
export const IndexShard = z.object({
  version: z.literal(LIBRARY_VERSION),
  entries: z.array(ShardEntry),
})
export type IndexShard = z.infer<typeof IndexShard>

export const DocumentFile = z.object({
  version: z.literal(DOCUMENT_FILE_VERSION),
  document: ArticleDocument,
  annotations: z.array(Annotation),
  // Set while the document is in the trash, so a library rebuilt from the
  // document files keeps it there.
  deleted: z.iso.datetime().optional(),
  // Suggestions the reader rejected for this document, for good.
  rejectedSuggestions: z.array(SuggestionKey).max(MAX_REJECTED).default([]),
  // The imported file's hash, as its library entry has it: an entry made
  // again from this file (a kill before the entry was written) keeps it, so
  // importing the same file again finds this document.
  contentHash: z.string().regex(CONTENT_HASH).optional(),
})
export type DocumentFile = z.infer<typeof DocumentFile>

// A document file as on disk: the document and the last journaled save it holds.
export const SnapshotFile = DocumentFile.extend({ seq: z.number().int().nonnegative().default(0) })
export type SnapshotFile = z.infer<typeof SnapshotFile>

// sources.json: every source, built-in and added. Its own file, so that a
// library.json rebuilt from the documents loses none.
// A removed source's id and name, kept so that annotations still naming it
// show "Tass (removed)" after a restart; never offered for new tags, and
// its id never given to a new source. Files from before have none.
export const RemovedSource = z.object({ id: SourceId, name: SourceName })
export type RemovedSource = z.infer<typeof RemovedSource>

export const SourcesFile = z.object({
  version: z.literal(SOURCES_VERSION),
  sources: z.array(Source),
  removed: z.array(RemovedSource).default([]),
})
export type SourcesFile = z.infer<typeof SourcesFile>

// state.json: how the app was left, not the library. Written best-effort.
// settings and positions came later in the same version: absent, they are
// the defaults; an older Sourcemark reads the file and ignores them.
export const StateFile = z.object({
  version: z.literal(STATE_VERSION),
  lastOpened: DocumentId.nullable(),
  // The desktop window as it was left (absent before it was first closed).
  // A bad one is forgotten alone, not the rest of the state.
  window: WindowState.optional().catch(undefined),
  settings: ReadingSettings.default(defaultSettings),
  // Most recently read first.
  positions: z.array(ReadingPosition).max(MAX_POSITIONS).default([]),
})
export type StateFile = z.infer<typeof StateFile>

export function emptyLibrary(): LibraryFile {
  return { version: LIBRARY_VERSION, documents: [], sampleAdded: false, trash: [] }
}

export function defaultSources(): Source[] {
  return builtInSources.map((s) => ({ ...s, aliases: [...s.aliases] }))
}

// A file written by a newer Sourcemark. Not corruption: it is refused, never
// moved aside or replaced, so that going back to the newer version loses
// nothing.
class NewerVersionError extends Error {
  override name = 'NewerVersionError'
  // Not a content problem: recovery lets it through (see recovery.ts).
  readonly fatal = true
}

type Json = Record<string, unknown>
// migrations[n] turns a version-n object into a version-(n+1) one.
type Migrations = Record<number, (data: Json) => Json>

const libraryMigrations: Migrations = {
  1: (v1) => ({ ...v1, version: 2, sources: Array.isArray(v1.sources) ? v1.sources : defaultSources() }),
  // The fields that moved out stay for the store to move (LibraryFileRead).
  2: (v2) => ({ ...v2, version: 3 }),
}
const documentMigrations: Migrations = {
  1: (v1) => ({
    ...v1,
    version: 2,
    annotations: Array.isArray(v1.annotations) ? v1.annotations.map(withVia) : v1.annotations,
    rejectedSuggestions: [],
  }),
  // Nothing changes in the file; a journal may follow it from now on.
  2: (v2) => ({ ...v2, version: 3 }),
}

// A v1 annotation had no relays.
function withVia(annotation: unknown): unknown {
  if (typeof annotation !== 'object' || annotation === null || Array.isArray(annotation)) return annotation
  return 'via' in annotation ? annotation : { ...annotation, via: [] }
}

// library.json up to v3; a library.json of v4 or later was never written.
export function migrateLibrary(raw: unknown, file = 'library.json'): unknown {
  return migrate(raw, LEGACY_LIBRARY_VERSION, libraryMigrations, file)
}

// The index's files (v4 onwards): only a newer version needs saying.
export function migrateIndex(raw: unknown, file: string): unknown {
  return migrate(raw, LIBRARY_VERSION, {}, file)
}

export function migrateDocument(raw: unknown, file = 'the document file'): unknown {
  return migrate(raw, DOCUMENT_FILE_VERSION, documentMigrations, file)
}

// Steps an object up one version at a time. Anything without a usable
// version is returned as is, for the schema to reject with a reason.
function migrate(raw: unknown, current: number, migrations: Migrations, file: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  let data = raw as Json
  const version = data.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return raw
  if (version > current) {
    throw new NewerVersionError(`${file} was written by a newer version of Sourcemark (file version ${version}; this version reads up to ${current}). Update Sourcemark to open it.`)
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v]
    if (!step) return data
    data = step(data)
  }
  return data
}

// The text of a document file: the document, then one annotation a line.
// Each annotation's JSON is kept from save to save, and so is the text of
// the list when the new list only adds to the end of the last one, so a
// save with 10,000 annotations stringifies one of them, not all (the cost
// that dominates a large document's save). That is only right while
// annotations are not changed in place, so each one is frozen once
// serialised: changing it then throws instead of saving stale text.
// Services replace annotations, never edit them.
export function documentSerializer<T extends DocumentFile = DocumentFile>(): (data: T) => string {
  const cache = new WeakMap<Annotation, string>()
  const line = (annotation: Annotation): string => {
    let json = cache.get(annotation)
    if (json === undefined) {
      json = JSON.stringify(deepFreeze(annotation))
      cache.set(annotation, json)
    }
    return json
  }
  let last: { annotations: Annotation[]; body: string } | undefined
  return (data) => {
    const list = data.annotations
    let body: string
    if (last && list.length >= last.annotations.length && last.annotations.every((a, i) => list[i] === a)) {
      body = last.body
      for (let i = last.annotations.length; i < list.length; i++) body += `${body ? ',\n' : ''}${line(list[i]!)}`
    } else {
      body = list.map(line).join(',\n')
    }
    last = { annotations: [...list], body }
    const { annotations: _, ...rest } = data
    const head = JSON.stringify(rest).slice(1, -1)
    return `{${head}${head ? ',' : ''}\n"annotations":[${body ? `\n${body}\n` : ''}]}\n`
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
