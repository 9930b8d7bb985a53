// The services behind the API contract, on top of the store. Transports call
// these only through dispatch(), which validates what comes in and goes out.

import { createHash, randomUUID } from 'node:crypto'
import { ApiError, type Api, type DocumentSummary, type Input, type Output } from '../shared/api/contract.ts'
import { canonicalText, type ArticleDocument, type ArticleDraft, type DocumentMeta } from '../shared/model/document.ts'
import { uniqueSlug } from '../shared/model/slug.ts'
import { searchLibrary, type Searchable } from '../shared/library/search.ts'
import { ImportError } from '../shared/formats/imported-article.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import { sourceIdFor, type Source } from '../shared/model/source.ts'
import { exportFile } from '../shared/formats/export.ts'
import { exportLibrary } from '../shared/formats/export-library.ts'
import { importWebAnnotations } from '../shared/formats/import-web-annotation.ts'
import type { DocumentFile, LibraryEntry } from './store/files.ts'
import { Store, StoreError } from './store/store.ts'
import { Serial } from './serial.ts'
import { loadSample } from './sample.ts'
import { runImport } from './import/run-import.ts'
import { Suggestions } from './suggestions.ts'
import { MAX_REJECTED } from '../shared/model/suggestion.ts'
import { readingServices, type ReadingMethods } from './settings-service.ts'

export interface ServiceOptions {
  dataDir: string
  resourcesDir: string
  // For the CLI while another Sourcemark owns the folder: reads work,
  // changes fail with a storage error, nothing on disk is touched.
  readOnly?: boolean
  // Why it is read-only, told to the user (see StoreOptions).
  readOnlyBecause?: string
  // The one-writer lock: every save first checks the folder is still ours.
  lock?: { check(): Promise<void> }
}

export async function openServices(options: ServiceOptions): Promise<Api> {
  const store = await Store.open(options.dataDir, {
    readOnly: options.readOnly ?? false,
    ...(options.readOnlyBecause ? { readOnlyBecause: options.readOnlyBecause } : {}),
    ...(options.lock ? { guard: () => options.lock!.check() } : {}),
  })
  if (!store.library.data.sampleAdded && !store.readOnly) {
    const sample = await loadSample(options.resourcesDir)
    await store.addDocument(sample, { sample: true })
  }
  // Each domain's methods in its own file, composed here.
  return Object.assign(new Services(store), readingServices(store.state))
}

// An article file's blocks, made in the import worker: a hostile file
// costs that worker, not this server.
async function importDraft(fileName: string, bytes: Buffer): Promise<ArticleDraft> {
  try {
    return await runImport({ name: fileName, bytes })
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`)
    throw error
  }
}

function summary({ id, meta, added, annotationCount, claimCount, sourceCounts, viaCounts }: LibraryEntry): DocumentSummary {
  return { id, meta, added, annotationCount, claimCount, sourceCounts, viaCounts }
}

// Colours for new sources, distinct from the built-in ones and readable
// under black text.
const PALETTE = ['#9c6ade', '#d6604d', '#2a9d8f', '#e9a03b', '#5c7cfa', '#c2185b', '#6d8f2f', '#8d6e63']

// Every change goes through the store, which writes first and changes
// memory after; a failed write becomes a storage error in words.
async function saving<T>(change: Promise<T>, what = 'Could not save'): Promise<T> {
  try {
    return await change
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError('storage', `${what}: ${(error as Error).message}`)
  }
}

class Services implements Omit<Api, keyof ReadingMethods> {
  #store: Store
  #adding = new Serial()
  #suggestions = new Suggestions()
  constructor(store: Store) {
    this.#store = store
  }

  async startupDocument(): Promise<Output<'startupDocument'>> {
    const lib = this.#store.library.data
    const last = this.#store.state.data.lastOpened
    const id = last && lib.documents.some((d) => d.id === last) ? last : lib.documents[0]?.id
    return { documentId: id ?? null }
  }

  async listDocuments(): Promise<Output<'listDocuments'>> {
    return this.#store.library.data.documents.map(summary)
  }

  async importDocument({ fileName, contentBase64, duplicate }: Input<'importDocument'>): Promise<Output<'importDocument'>> {
    const bytes = Buffer.from(contentBase64, 'base64')
    const contentHash = createHash('sha256').update(bytes).digest('hex')
    const existing = this.#duplicateOf(contentHash, duplicate)
    if (existing) return { status: 'duplicate', existing: summary(existing) }
    // In a worker: a hostile file costs that worker, not this server.
    const draft = await importDraft(fileName, bytes)
    // Files parse side by side; choosing the id and writing are one step at
    // a time, or two imports of one title would share an id and a file.
    return this.#adding.run(async () => {
      const existing = this.#duplicateOf(contentHash, duplicate)
      if (existing) return { status: 'duplicate', existing: summary(existing) }
      const lib = this.#store.library.data
      // Ids of deleted documents stay taken: their files are still there.
      const taken = new Set([...lib.documents, ...lib.trash].map((d) => d.id))
      const document: ArticleDocument = { id: uniqueSlug(draft.meta.title, taken, 'article'), ...draft }
      const entry = await saving(this.#store.addDocument(document, { contentHash }), `Could not save ${fileName}`)
      return { status: 'created' as const, document: summary(entry) }
    })
  }

  #duplicateOf(contentHash: string, duplicate: Input<'importDocument'>['duplicate']): LibraryEntry | undefined {
    if (duplicate === 'keep') return undefined
    return this.#store.library.data.documents.find((d) => d.contentHash === contentHash)
  }

  async updateDocumentMeta({ documentId, meta: edit }: Input<'updateDocumentMeta'>): Promise<Output<'updateDocumentMeta'>> {
    const db = await this.#open(documentId)
    const meta: DocumentMeta = { ...db.data.document.meta }
    for (const [key, value] of Object.entries(edit) as [keyof DocumentMeta, string | undefined][]) {
      if (value === undefined) continue
      if (value === '' && key !== 'title') delete meta[key]
      else meta[key] = value
    }
    // The document file holds it; its library entry follows.
    await saving(this.#store.changeDocument(documentId, (data) => ({ ...data, document: { ...data.document, meta } })))
    return summary(this.#entry(documentId)!)
  }

  async deleteDocument({ documentId }: Input<'deleteDocument'>): Promise<Output<'deleteDocument'>> {
    if (!this.#entry(documentId)) return { deleted: false }
    await saving(this.#store.setDeleted(documentId, new Date().toISOString()))
    if (this.#store.state.data.lastOpened === documentId) await this.#store.state.change({ lastOpened: null })
    return { deleted: true }
  }

  async restoreDocument({ documentId }: Input<'restoreDocument'>): Promise<Output<'restoreDocument'>> {
    const present = this.#entry(documentId)
    if (present) return summary(present)
    const trashed = this.#store.library.data.trash.find((d) => d.id === documentId)
    if (!trashed) throw new ApiError('not-found', `There is no deleted document with id ${documentId}.`)
    await saving(this.#store.setDeleted(documentId, undefined))
    return summary(this.#entry(documentId)!)
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
    return searchLibrary(entries, this.#store.sources, query, limit)
  }

  async getDocument({ documentId }: Input<'getDocument'>): Promise<Output<'getDocument'>> {
    const db = await this.#open(documentId)
    // Not the library: state.json, best-effort (a failure fails nothing).
    if (this.#store.state.data.lastOpened !== documentId) await this.#store.state.change({ lastOpened: documentId })
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
    this.#checkSources('createAnnotation', input.via ?? [], 'via')
    const now = new Date().toISOString()
    const annotation: Annotation = {
      id: randomUUID(),
      documentId: input.documentId,
      kind: input.kind,
      target: input.target,
      sources: input.sources ?? [],
      via: [...new Set(input.via ?? [])],
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
    if (input.via) this.#checkSources('updateAnnotation', input.via, 'via')
    const updated: Annotation = {
      ...current,
      kind: input.kind ?? current.kind,
      sources: input.sources ? [...new Set(input.sources)] : current.sources,
      via: input.via ? [...new Set(input.via)] : current.via,
      note: input.note ?? current.note,
      modified: new Date().toISOString(),
    }
    await this.#change(input.documentId, (annotations) => {
      annotations[annotations.findIndex((a) => a.id === current.id)] = updated
    })
    return updated
  }

  async restoreAnnotation(input: Input<'restoreAnnotation'>): Promise<Output<'restoreAnnotation'>> {
    const annotation: Annotation = { ...input.annotation, via: input.annotation.via ?? [] }
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
      sources: this.#store.sources,
      exported: new Date().toISOString(),
    })
  }

  async exportLibrary({ format }: Input<'exportLibrary'>): Promise<Output<'exportLibrary'>> {
    const sources = this.#store.sources
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
      found = importWebAnnotations(data, { text: canonicalText(db.data.document.blocks), sources: this.#store.sources })
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
      via: a.via,
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
    return this.#store.sources
  }

  async addSource(input: Input<'addSource'>): Promise<Output<'addSource'>> {
    const sources = this.#store.sources
    this.#checkNameFree(input.name)
    const source: Source = {
      id: sourceIdFor(input.name, new Set(sources.map((s) => s.id))),
      name: input.name,
      aliases: input.aliases ?? [],
      kind: input.kind ?? 'other',
      colour: input.colour ?? PALETTE[sources.length % PALETTE.length]!,
    }
    await saving(this.#store.changeSources((all) => [...all, source]))
    return source
  }

  async updateSource(input: Input<'updateSource'>): Promise<Output<'updateSource'>> {
    const current = this.#store.sources.find((s) => s.id === input.sourceId)
    if (!current) throw new ApiError('not-found', `There is no source with id ${input.sourceId}.`)
    if (input.name !== undefined && input.name !== current.name) this.#checkNameFree(input.name)
    const updated: Source = {
      ...current,
      name: input.name ?? current.name,
      kind: input.kind ?? current.kind,
      colour: input.colour ?? current.colour,
      aliases: input.aliases ?? current.aliases,
    }
    await saving(this.#store.changeSources((all) => all.map((s) => (s.id === current.id ? updated : s))))
    return updated
  }

  async removeSource({ sourceId }: Input<'removeSource'>): Promise<Output<'removeSource'>> {
    if (!this.#store.sources.some((s) => s.id === sourceId)) return { removed: false }
    await saving(this.#store.changeSources((all) => all.filter((s) => s.id !== sourceId)))
    return { removed: true }
  }

  // Suggestions live in electron/suggestions.ts; these only fetch and store.
  async suggestAttributions(input: Input<'suggestAttributions'>): Promise<Output<'suggestAttributions'>> {
    const sources = this.#store.sources
    if ('documentId' in input) {
      const { document, annotations, rejectedSuggestions } = (await this.#open(input.documentId)).data
      return { suggestions: await this.#suggestions.for(document, sources, { annotations, rejected: rejectedSuggestions }) }
    }
    const draft = await importDraft(input.fileName, Buffer.from(input.contentBase64, 'base64'))
    return { suggestions: await this.#suggestions.for(draft, sources) }
  }

  async rejectSuggestion({ documentId, key }: Input<'rejectSuggestion'>): Promise<Output<'rejectSuggestion'>> {
    const rejected = (await this.#open(documentId)).data.rejectedSuggestions
    if (rejected.includes(key)) return { rejected: false }
    if (rejected.length >= MAX_REJECTED) throw new ApiError('invalid-input', `This document already has ${MAX_REJECTED} rejected suggestions.`)
    await saving(this.#store.changeDocument(documentId, (data) => ({ ...data, rejectedSuggestions: [...data.rejectedSuggestions, key] })))
    return { rejected: true }
  }

  async unrejectSuggestion({ documentId, key }: Input<'unrejectSuggestion'>): Promise<Output<'unrejectSuggestion'>> {
    if (!(await this.#open(documentId)).data.rejectedSuggestions.includes(key)) return { unrejected: false }
    await saving(this.#store.changeDocument(documentId, (data) => ({ ...data, rejectedSuggestions: data.rejectedSuggestions.filter((k) => k !== key) })))
    return { unrejected: true }
  }

  #checkSources(method: string, ids: readonly string[], field = 'sources'): void {
    const known = new Set(this.#store.sources.map((s) => s.id))
    const unknown = ids.find((id) => !known.has(id))
    if (unknown !== undefined) throw new ApiError('invalid-input', `${method}: ${field}: there is no source with id ${unknown}`)
  }

  #checkNameFree(name: string): void {
    const wanted = name.trim().toLowerCase()
    const taken = this.#store.sources.find((s) => s.name.toLowerCase() === wanted)
    if (taken) throw new ApiError('invalid-input', `name: there is already a source named ${taken.name}`)
  }

  async deleteAnnotation({ documentId, annotationId }: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    const db = await this.#open(documentId)
    if (!db.data.annotations.some((a) => a.id === annotationId)) return { deleted: false }
    await this.#change(documentId, (annotations) => {
      annotations.splice(annotations.findIndex((a) => a.id === annotationId), 1)
    })
    return { deleted: true }
  }

  async #open(documentId: string): Promise<{ readonly data: DocumentFile }> {
    if (!this.#store.library.data.documents.some((d) => d.id === documentId)) {
      throw new ApiError('not-found', `There is no document with id ${documentId}.`)
    }
    return this.#storage(this.#store.document(documentId))
  }

  async #storage<T>(read: Promise<T>): Promise<T> {
    try {
      return await read
    } catch (error) {
      if (error instanceof StoreError) throw new ApiError('storage', error.message)
      throw error
    }
  }

  // Changes the annotations of a copy; the store writes it and only then
  // lets memory move on, and keeps the library's counts in step.
  async #change(documentId: string, edit: (annotations: Annotation[]) => void): Promise<void> {
    await this.#open(documentId)
    await saving(this.#store.changeDocument(documentId, (data) => {
      const annotations = [...data.annotations]
      edit(annotations)
      return { ...data, annotations }
    }))
  }

  #entry(documentId: string): LibraryEntry | undefined {
    return this.#store.library.data.documents.find((d) => d.id === documentId)
  }
}
