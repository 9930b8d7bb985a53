// The services behind the API contract, on top of the store. Transports call
// these only through dispatch(), which validates what comes in and goes out.

import { randomUUID } from 'node:crypto'
import { ApiError, type Api, type Input, type Output } from '../shared/api/contract.ts'
import { canonicalText } from '../shared/model/document.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import { sourceIdFor, type Source } from '../shared/model/source.ts'
import { exportFile } from '../shared/formats/export.ts'
import { importWebAnnotations } from '../shared/formats/import-web-annotation.ts'
import type { Low } from 'lowdb'
import type { LibraryFile } from './store/files.ts'
import { Store, StoreError } from './store/store.ts'
import { loadSample } from './sample.ts'

export interface ServiceOptions {
  dataDir: string
  resourcesDir: string
}

export async function openServices(options: ServiceOptions): Promise<Api> {
  const store = await Store.open(options.dataDir)
  if (!store.library.data.sampleAdded) {
    const sample = await loadSample(options.resourcesDir)
    await store.addDocument(sample)
    await store.library.update((lib) => {
      lib.documents.push({ id: sample.id, meta: sample.meta, added: new Date().toISOString(), annotationCount: 0 })
      lib.sampleAdded = true
    })
  }
  return new Services(store)
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
    if (!id) throw new ApiError('not-found', 'The library is empty.')
    return { documentId: id }
  }

  async listDocuments(): Promise<Output<'listDocuments'>> {
    return this.#store.library.data.documents.map(({ id, meta, annotationCount }) => ({ id, meta, annotationCount }))
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
    const count = after.annotations.length
    const entry = this.#store.library.data.documents.find((d) => d.id === documentId)
    if (entry && entry.annotationCount !== count) {
      await this.#changeLibrary((lib) => {
        const same = lib.documents.find((d) => d.id === documentId)
        if (same) same.annotationCount = count
      })
    }
  }
}
