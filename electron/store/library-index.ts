// library.json is an index of the document files: each entry's metadata,
// counts and place (library or trash) are taken from its document file,
// which is the truth. Here: keeping one entry in step with its file, checking
// the whole index against the files when the library opens (by stamp, see
// stamp.ts), and rebuilding the index from the files when library.json is
// lost.

import { join } from 'node:path'
import { countedAnnotations, sameCounts } from '../../shared/library/counts.ts'
import { DocumentId, type DocumentMeta } from '../../shared/model/document.ts'
import { emptyLibrary, type DocumentFile, type LibraryEntry, type LibraryFile, type TrashEntry } from './files.ts'
import { listJsonFiles } from './recovery.ts'
import { documentStamps, mapLimited } from './stamp.ts'

// A document file as read, with its stamp; null when it could not be read.
export type ReadDocument = (id: string, file: string) => Promise<{ data: DocumentFile; stamp: string | null } | null>

// What an entry needs of a document file. Made as soon as a file is read, so
// that checking or rebuilding many entries holds no document longer than
// its read (10,000 documents held at once took over 1 GB).
interface Summary { meta: DocumentMeta; counts: ReturnType<typeof countedAnnotations>; deleted: string | undefined; stamp: string | null; contentHash: string | undefined }
const summaryOf = (data: DocumentFile, stamp: string | null): Summary =>
  ({ meta: data.document.meta, counts: countedAnnotations(data.annotations), deleted: data.deleted, stamp, contentHash: data.contentHash })

// The library with `data`'s entry brought in step with it, or null when it
// already is (or the library has no entry for it). restamp: also when only
// the stamp differs.
export function indexDocument(library: LibraryFile, data: DocumentFile, stamp: string | null, { restamp = false } = {}): LibraryFile | null {
  const id = data.document.id
  const at = library.documents.findIndex((d) => d.id === id)
  // Still in the library (the common case, a save): replaced in place, one
  // pass over the annotations and none over the library.
  if (at >= 0 && data.deleted === undefined) {
    const current = library.documents[at]!
    const counts = countedAnnotations(data.annotations)
    if (sameCounts(current, counts) && sameMeta(current.meta, data.document.meta) && (!restamp || current.stamp === (stamp ?? undefined))) return null
    const { stamp: _, ...kept } = current
    const documents = library.documents.slice()
    documents[at] = { ...kept, meta: data.document.meta, ...counts, ...(stamp ? { stamp } : {}) }
    return { ...library, documents }
  }
  if (at < 0 && !library.trash.some((d) => d.id === id)) return null
  return indexDocuments(library, new Map([[id, summaryOf(data, stamp)]]), { restamp })
}

// As indexDocument for many documents at once, in one pass over the library.
function indexDocuments(library: LibraryFile, found: ReadonlyMap<string, Summary>, { restamp = false } = {}): LibraryFile | null {
  let changed = false
  const documents: LibraryEntry[] = []
  const trash: TrashEntry[] = []
  // Moved between the two lists: after those already there.
  const restored: LibraryEntry[] = []
  const trashed: TrashEntry[] = []
  const place = (current: LibraryEntry | TrashEntry, inTrash: boolean) => {
    const file = found.get(current.id)
    if (!file) {
      if (inTrash) trash.push(current as TrashEntry)
      else documents.push(current)
      return
    }
    const { meta, counts, deleted, stamp } = file
    const inStep = sameCounts(current, counts) && sameMeta(current.meta, meta) &&
      (deleted === undefined ? !inTrash : inTrash && (current as TrashEntry).deleted === deleted)
    if (inStep && (!restamp || current.stamp === (stamp ?? undefined))) {
      if (inTrash) trash.push(current as TrashEntry)
      else documents.push(current)
      return
    }
    changed = true
    const { deleted: _, stamp: __, ...kept } = current as TrashEntry
    const entry: LibraryEntry = { ...kept, meta, ...counts, ...(stamp ? { stamp } : {}) }
    if (deleted !== undefined) (inTrash ? trash : trashed).push({ ...entry, deleted })
    else if (inTrash) restored.push(entry)
    else documents.push(entry)
  }
  for (const entry of library.documents) place(entry, false)
  for (const entry of library.trash) place(entry, true)
  return changed ? { ...library, documents: [...documents, ...restored], trash: [...trash, ...trashed] } : null
}

// The library with the entry moved to the trash (deleted given) or back;
// null when it is already there. For a document whose file cannot be read,
// which only the index can record.
export function placeEntry(library: LibraryFile, id: string, deleted: string | undefined): LibraryFile | null {
  const at = library.documents.findIndex((d) => d.id === id)
  const trashed = library.trash.find((d) => d.id === id)
  if (deleted !== undefined ? at < 0 : !trashed) return null
  if (deleted !== undefined) {
    return { ...library, documents: library.documents.filter((d) => d.id !== id), trash: [...library.trash, { ...library.documents[at]!, deleted }] }
  }
  const { deleted: _, ...entry } = trashed!
  return { ...library, documents: [...library.documents, entry], trash: library.trash.filter((d) => d.id !== id) }
}

function sameMeta(a: DocumentMeta, b: DocumentMeta): boolean {
  return a.title === b.title && a.publisher === b.publisher && a.author === b.author && a.published === b.published && a.url === b.url
}

// How many files are checked at once.
const WIDTH = 16

// The library with every entry whose document file changed since it was
// counted brought in step; null when none did. A file that cannot be read
// is left to be repaired when it is opened.
export async function checkLibrary(dir: string, library: LibraryFile, read: ReadDocument): Promise<LibraryFile | null> {
  const entries = [...library.documents, ...library.trash]
  const stale = (await staleEntries(dir, entries)).map((isStale, i) => (isStale ? documentFile(dir, entries[i]!.id) : null))
  const found = new Map<string, Summary>()
  await mapLimited([...stale.entries()], WIDTH, async ([i, file]) => {
    if (!file) return
    const document = await read(entries[i]!.id, file)
    if (document) found.set(entries[i]!.id, summaryOf(document.data, document.stamp))
  })
  return found.size > 0 ? indexDocuments(library, found, { restamp: true }) : null
}

// For each entry, whether its document file changed since it was counted
// (a file that is missing is not: it is left for its open to tell).
export async function staleEntries(dir: string, entries: readonly LibraryEntry[]): Promise<boolean[]> {
  const stamps = await documentStamps(join(dir, 'documents'), entries.map((e) => e.id))
  return stamps.map((stamp, i) => stamp !== null && stamp !== entries[i]!.stamp)
}

// A library made from the document files: each file becomes an entry, in
// the library or in the trash as its file says, added when the file was
// last written. Any document file at all means this is not a first start:
// the sample is never added over one. only: the ids to take (a lost shard,
// files the index does not list); default all.
export async function rebuildLibrary(dir: string, read: ReadDocument, only: (id: string) => boolean = () => true): Promise<{ library: LibraryFile; found: number }> {
  const documentsDir = join(dir, 'documents')
  const files = await listJsonFiles(documentsDir, (stem) => DocumentId.safeParse(stem).success && only(stem))
  const library = emptyLibrary()
  const found: { entry: LibraryEntry; deleted?: string; added: string }[] = []
  const summaries = await mapLimited(files, WIDTH, async (name) => {
    const document = await read(name.slice(0, -'.json'.length), join(documentsDir, name))
    return document ? summaryOf(document.data, document.stamp) : null
  })
  for (const [i, name] of files.entries()) {
    const summary = summaries[i]
    if (!summary) continue
    const { meta, counts, deleted, stamp, contentHash } = summary
    const added = stampTime(stamp)
    const entry: LibraryEntry = { id: name.slice(0, -'.json'.length), meta, added, ...counts, ...(contentHash ? { contentHash } : {}), ...(stamp ? { stamp } : {}) }
    found.push({ entry, added, ...(deleted ? { deleted } : {}) })
  }
  found.sort((a, b) => a.added.localeCompare(b.added) || (a.entry.id < b.entry.id ? -1 : 1))
  library.documents = found.filter((f) => f.deleted === undefined).map((f) => f.entry)
  library.trash = found.filter((f) => f.deleted !== undefined).map((f) => ({ ...f.entry, deleted: f.deleted! }))
  library.sampleAdded = files.length > 0
  return { library, found: found.length }
}

// The modification time in a stamp, as an ISO date.
function stampTime(stamp: string | null): string {
  const ns = stamp?.split(':')[1]
  return new Date(ns ? Number(BigInt(ns) / 1_000_000n) : Date.now()).toISOString()
}

export function documentFile(dir: string, id: string): string {
  return join(dir, 'documents', `${id}.json`)
}
