// The services behind the API contract, on top of the store. Transports call
// these only through dispatch(), which validates what comes in and goes out.

import { randomUUID } from 'node:crypto'
import { ApiError, type Api, type Input, type Output } from '../shared/api/contract.ts'
import { canonicalText } from '../shared/model/document.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import { Store } from './store/store.ts'
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
    return this.#store.document(documentId)
  }

  // Applies a change to a copy, writes it durably, and only then lets the
  // in-memory state move on, so a failed write leaves memory truthful.
  async #change(documentId: string, edit: (annotations: Annotation[]) => void): Promise<void> {
    const db = await this.#open(documentId)
    const before = db.data
    const after = { ...before, annotations: [...before.annotations] }
    edit(after.annotations)
    db.data = after
    try {
      await db.write()
    } catch (error) {
      db.data = before
      throw new ApiError('storage', `Could not save: ${(error as Error).message}`)
    }
    const count = after.annotations.length
    await this.#store.library.update((lib) => {
      const entry = lib.documents.find((d) => d.id === documentId)
      if (entry) entry.annotationCount = count
    })
  }
}
