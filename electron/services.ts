// The services behind the API contract, on top of the store. Transports call
// these only through dispatch(), which validates what comes in and goes out.

import { createHash, randomUUID } from 'node:crypto'
import { ApiError, type Api, type DocumentSummary, type Input, type Output } from '../shared/api/contract.ts'
import { canonicalText, type ArticleDocument, type DocumentMeta } from '../shared/model/document.ts'
import { uniqueSlug } from '../shared/model/slug.ts'
import { countAnnotations, sameCounts } from '../shared/library/counts.ts'
import { searchLibrary, type Searchable } from '../shared/library/search.ts'
import { importFileReport } from '../shared/formats/import-file.ts'
import { ImportError } from '../shared/formats/imported-article.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import { sourceIdFor, type Source } from '../shared/model/source.ts'
import { exportFile } from '../shared/formats/export.ts'
import { exportLibrary } from '../shared/formats/export-library.ts'
import { importWebAnnotations } from '../shared/formats/import-web-annotation.ts'
import type { Low } from 'lowdb'
import type { LibraryEntry, LibraryFile } from './store/files.ts'
import { Store, StoreError } from './store/store.ts'
import { loadSample } from './sample.ts'

export interface ServiceOptions {
  dataDir: string
  resourcesDir: string
  // For the CLI while another Sourcemark owns the folder: reads work,
  // changes fail with a storage error, nothing on disk is touched.
  readOnly?: boolean
}

export async function openServices(options: ServiceOptions): Promise<Api> {
  const store = await Store.open(options.dataDir, { readOnly: options.readOnly ?? false })
  if (!store.library.data.sampleAdded && !store.readOnly) {
    const sample = await loadSample(options.resourcesDir)
    await store.addDocument(sample)
    await store.library.update((lib) => {
      lib.documents.push({ id: sample.id, meta: sample.meta, added: new Date().toISOString(), ...countAnnotations([]) })
      lib.sampleAdded = true
    })
  }
  return new Services(store)
}

function summary({ id, meta, added, annotationCount, claimCount, sourceCounts }: LibraryEntry): DocumentSummary {
  return { id, meta, added, annotationCount, claimCount, sourceCounts }
}

// Colours for new sources, distinct from the built-in ones and readable
// under black text.
const PALETTE = ['#9c6ade', '#d6604d', '#2a9d8f', '#e9a03b', '#5c7cfa', '#c2185b', '#6d8f2f', '#8d6e63']

// Makes `after` the state only once it is on disk: a failed write leaves
// memory as it was, so what the UI is told stays true.
async function commit<T>(db: Low<T>, after: T): Promise<void> {
  const before = db.data
  db.data = after
  try {
    await db.write()
  } catch (error) {
    // Only undo our own change: a later one may already stand on it.
    if (db.data === after) db.data = before
    throw new ApiError('storage', `Could not save: ${(error as Error).message}`)
  }
}

class Services implements Api {
  #store: Store
  constructor(store: Store) {
    this.#store = store
  }

  async startupDocument(): Promise<Output<'startupDocument'>> {
    const lib = this.#store.library.data
    const id = lib.lastOpened && lib.documents.some((d) => d.id === lib.lastOpened) ? lib.lastOpened : lib.documents[0]?.id
    return { documentId: id ?? null }
  }

  async listDocuments(): Promise<Output<'listDocuments'>> {
    return this.#store.library.data.documents.map(summary)
  }

  async importDocument({ fileName, contentBase64, duplicate, wholePage }: Input<'importDocument'>): Promise<Output<'importDocument'>> {
    const bytes = Buffer.from(contentBase64, 'base64')
    const contentHash = createHash('sha256').update(bytes).digest('hex')
    const lib = this.#store.library.data
    const existing = lib.documents.find((d) => d.contentHash === contentHash)
    if (existing && duplicate !== 'keep') return { status: 'duplicate', existing: summary(existing) }
    let report
    try {
      report = importFileReport({ name: fileName, bytes }, { wholePage: wholePage ?? false })
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`)
      throw error
    }
    // Ids of deleted documents stay taken: their files are still there.
    const taken = new Set([...lib.documents, ...lib.trash].map((d) => d.id))
    const { draft, unsure, assumedEncoding } = report
    const document: ArticleDocument = { id: uniqueSlug(draft.meta.title, taken, 'article'), ...draft }
    try {
      await this.#store.addDocument(document)
    } catch (error) {
      throw new ApiError('storage', `Could not save ${fileName}: ${(error as Error).message}`)
    }
    const entry: LibraryEntry = { id: document.id, meta: document.meta, added: new Date().toISOString(), ...countAnnotations([]), contentHash }
    await this.#changeLibrary((l) => { l.documents.push(entry) })
    return { status: 'created', document: summary(entry), ...(unsure ? { unsure } : {}), ...(assumedEncoding ? { assumedEncoding } : {}) }
  }

  async updateDocumentMeta({ documentId, meta: edit }: Input<'updateDocumentMeta'>): Promise<Output<'updateDocumentMeta'>> {
    const db = await this.#open(documentId)
    const meta: DocumentMeta = { ...db.data.document.meta }
    for (const [key, value] of Object.entries(edit) as [keyof DocumentMeta, string | undefined][]) {
      if (value === undefined) continue
      if (value === '' && key !== 'title') delete meta[key]
      else meta[key] = value
    }
    // The document file first: if the library write then fails, a rebuilt
    // library reads the new metadata from it.
    await commit(db, { ...db.data, document: { ...db.data.document, meta } })
    await this.#changeLibrary((lib) => { lib.documents.find((d) => d.id === documentId)!.meta = meta })
    return summary(this.#entry(documentId)!)
  }

  async deleteDocument({ documentId }: Input<'deleteDocument'>): Promise<Output<'deleteDocument'>> {
    if (!this.#entry(documentId)) return { deleted: false }
    const deleted = new Date().toISOString()
    await this.#changeLibrary((lib) => {
      const at = lib.documents.findIndex((d) => d.id === documentId)
      lib.trash = [...lib.trash.filter((d) => d.id !== documentId), { ...lib.documents[at]!, deleted }]
      lib.documents.splice(at, 1)
      if (lib.lastOpened === documentId) lib.lastOpened = null
    })
    return { deleted: true }
  }

  async restoreDocument({ documentId }: Input<'restoreDocument'>): Promise<Output<'restoreDocument'>> {
    const present = this.#entry(documentId)
    if (present) return summary(present)
    const trashed = this.#store.library.data.trash.find((d) => d.id === documentId)
    if (!trashed) throw new ApiError('not-found', `There is no deleted document with id ${documentId}.`)
    const { deleted: _, ...entry } = trashed
    await this.#changeLibrary((lib) => {
      lib.trash = lib.trash.filter((d) => d.id !== documentId)
      lib.documents.push(entry)
    })
    return summary(entry)
  }

  async search({ query, limit }: Input<'search'>): Promise<Output<'search'>> {
    const entries: Searchable[] = []
    for (const { id } of this.#store.library.data.documents) {
      // A document that cannot be read is reported by storageNotices, not here.
      const db = await this.#open(id).catch(() => null)
      if (!db) continue
      const { document, annotations } = db.data
      entries.push({ document, text: canonicalText(document.blocks), annotations })
    }
    return searchLibrary(entries, this.#store.library.data.sources, query, limit)
  }

  async getDocument({ documentId }: Input<'getDocument'>): Promise<Output<'getDocument'>> {
    const db = await this.#open(documentId)
    if (this.#store.library.data.lastOpened !== documentId) {
      await this.#store.library.update((lib) => { lib.lastOpened = documentId })
    }
    return db.data.document
  }

  async listAnnotations({ documentId }: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
    return (await this.#open(documentId)).data.annotations
  }

  async createAnnotation(input: Input<'createAnnotation'>): Promise<Output<'createAnnotation'>> {
    const db = await this.#open(input.documentId)
    const text = canonicalText(db.data.document.blocks)
    const { start, end } = input.target.position
    if (end > text.length) {
      throw new ApiError('invalid-input', `createAnnotation: target.position.end: ${end} is past the end of the document (${text.length})`)
    }
    if (text.slice(start, end) !== input.target.quote.exact) {
      throw new ApiError('invalid-input', 'createAnnotation: target.quote.exact: does not match the document text at target.position')
    }
    this.#checkSources('createAnnotation', input.sources ?? [])
    const now = new Date().toISOString()
    const annotation: Annotation = {
      id: randomUUID(),
      documentId: input.documentId,
      kind: input.kind,
      target: input.target,
      sources: input.sources ?? [],
      note: input.note ?? '',
      created: now,
      modified: now,
    }
    await this.#change(input.documentId, (annotations) => { annotations.push(annotation) })
    return annotation
  }

  async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
    const db = await this.#open(input.documentId)
    const current = db.data.annotations.find((a) => a.id === input.annotationId)
    if (!current) throw new ApiError('not-found', `There is no annotation with id ${input.annotationId}.`)
    if (input.sources) this.#checkSources('updateAnnotation', input.sources)
    const updated: Annotation = {
      ...current,
      kind: input.kind ?? current.kind,
      sources: input.sources ? [...new Set(input.sources)] : current.sources,
      note: input.note ?? current.note,
      modified: new Date().toISOString(),
    }
    await this.#change(input.documentId, (annotations) => {
      annotations[annotations.findIndex((a) => a.id === current.id)] = updated
    })
    return updated
  }

  async restoreAnnotation({ annotation }: Input<'restoreAnnotation'>): Promise<Output<'restoreAnnotation'>> {
    const db = await this.#open(annotation.documentId)
    const text = canonicalText(db.data.document.blocks)
    if (annotation.target.position.end > text.length) {
      throw new ApiError('invalid-input', 'restoreAnnotation: annotation.target.position.end: past the end of the document')
    }
    await this.#change(annotation.documentId, (annotations) => {
      const at = annotations.findIndex((a) => a.id === annotation.id)
      if (at === -1) annotations.push(annotation)
      else annotations[at] = annotation
    })
    return annotation
  }

  async exportDocument({ documentId, format }: Input<'exportDocument'>): Promise<Output<'exportDocument'>> {
    const db = await this.#open(documentId)
    return exportFile(format, {
      document: db.data.document,
      annotations: db.data.annotations,
      sources: this.#store.library.data.sources,
      exported: new Date().toISOString(),
    })
  }

  async exportLibrary({ format }: Input<'exportLibrary'>): Promise<Output<'exportLibrary'>> {
    const sources = this.#store.library.data.sources
    const documents = []
    for (const { id } of this.#store.library.data.documents) {
      const { document, annotations } = (await this.#open(id)).data
      documents.push({ document, annotations, sources })
    }
    return exportLibrary(format, { documents, exported: new Date().toISOString() })
  }

  async importAnnotations({ documentId, data }: Input<'importAnnotations'>): Promise<Output<'importAnnotations'>> {
    const db = await this.#open(documentId)
    let found
    try {
      found = importWebAnnotations(data, { text: canonicalText(db.data.document.blocks), sources: this.#store.library.data.sources })
    } catch (error) {
      throw new ApiError('invalid-input', `importAnnotations: data: ${(error as Error).message}`)
    }
    const have = new Set(db.data.annotations.map((a) => a.id))
    const now = new Date().toISOString()
    // Skips ids already here, and a second copy of one id within the file.
    const isNew = (id: string | undefined) => !id || (!have.has(id) && !!have.add(id))
    const fresh: Annotation[] = found.annotations.filter((a) => isNew(a.id)).map((a) => ({
      id: a.id ?? randomUUID(),
      documentId,
      kind: a.kind,
      target: a.target,
      sources: a.sources,
      note: a.note,
      created: a.created ?? now,
      modified: a.modified ?? a.created ?? now,
    }))
    if (fresh.length) await this.#change(documentId, (annotations) => { annotations.push(...fresh) })
    return { imported: fresh.length, alreadyPresent: found.annotations.length - fresh.length, orphans: found.orphans, unknownSources: found.unknownSources }
  }

  async storageNotices(): Promise<Output<'storageNotices'>> {
    return [...this.#store.notices]
  }

  async listSources(): Promise<Output<'listSources'>> {
    return this.#store.library.data.sources
  }

  async addSource(input: Input<'addSource'>): Promise<Output<'addSource'>> {
    const sources = this.#store.library.data.sources
    this.#checkNameFree(input.name)
    const source: Source = {
      id: sourceIdFor(input.name, new Set(sources.map((s) => s.id))),
      name: input.name,
      aliases: input.aliases ?? [],
      kind: input.kind ?? 'other',
      colour: input.colour ?? PALETTE[sources.length % PALETTE.length]!,
    }
    await this.#changeLibrary((lib) => { lib.sources.push(source) })
    return source
  }

  async updateSource(input: Input<'updateSource'>): Promise<Output<'updateSource'>> {
    const current = this.#store.library.data.sources.find((s) => s.id === input.sourceId)
    if (!current) throw new ApiError('not-found', `There is no source with id ${input.sourceId}.`)
    if (input.name !== undefined && input.name !== current.name) this.#checkNameFree(input.name)
    const updated: Source = {
      ...current,
      name: input.name ?? current.name,
      kind: input.kind ?? current.kind,
      colour: input.colour ?? current.colour,
      aliases: input.aliases ?? current.aliases,
    }
    await this.#changeLibrary((lib) => { lib.sources[lib.sources.findIndex((s) => s.id === current.id)] = updated })
    return updated
  }

  async removeSource({ sourceId }: Input<'removeSource'>): Promise<Output<'removeSource'>> {
    if (!this.#store.library.data.sources.some((s) => s.id === sourceId)) return { removed: false }
    await this.#changeLibrary((lib) => { lib.sources = lib.sources.filter((s) => s.id !== sourceId) })
    return { removed: true }
  }

  #checkSources(method: string, ids: readonly string[]): void {
    const known = new Set(this.#store.library.data.sources.map((s) => s.id))
    const unknown = ids.find((id) => !known.has(id))
    if (unknown !== undefined) throw new ApiError('invalid-input', `${method}: sources: there is no source with id ${unknown}`)
  }

  #checkNameFree(name: string): void {
    const wanted = name.trim().toLowerCase()
    const taken = this.#store.library.data.sources.find((s) => s.name.toLowerCase() === wanted)
    if (taken) throw new ApiError('invalid-input', `name: there is already a source named ${taken.name}`)
  }

  // As #change, for the library file.
  #changeLibrary(edit: (library: LibraryFile) => void): Promise<void> {
    const after = structuredClone(this.#store.library.data)
    edit(after)
    return commit(this.#store.library, after)
  }

  async deleteAnnotation({ documentId, annotationId }: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    const db = await this.#open(documentId)
    if (!db.data.annotations.some((a) => a.id === annotationId)) return { deleted: false }
    await this.#change(documentId, (annotations) => {
      annotations.splice(annotations.findIndex((a) => a.id === annotationId), 1)
    })
    return { deleted: true }
  }

  async #open(documentId: string) {
    if (!this.#store.library.data.documents.some((d) => d.id === documentId)) {
      throw new ApiError('not-found', `There is no document with id ${documentId}.`)
    }
    try {
      return await this.#store.document(documentId)
    } catch (error) {
      if (error instanceof StoreError) throw new ApiError('storage', error.message)
      throw error
    }
  }

  // Applies a change to a copy, writes it durably, and only then lets the
  // in-memory state move on, so a failed write leaves memory truthful.
  async #change(documentId: string, edit: (annotations: Annotation[]) => void): Promise<void> {
    const db = await this.#open(documentId)
    const after = { ...db.data, annotations: [...db.data.annotations] }
    edit(after.annotations)
    await commit(db, after)
    const counts = countAnnotations(after.annotations)
    const entry = this.#entry(documentId)
    if (entry && !sameCounts(entry, counts)) {
      await this.#changeLibrary((lib) => {
        const same = lib.documents.find((d) => d.id === documentId)
        if (same) Object.assign(same, counts)
      })
    }
  }

  #entry(documentId: string): LibraryEntry | undefined {
    return this.#store.library.data.documents.find((d) => d.id === documentId)
  }
}
