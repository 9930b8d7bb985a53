// What every service module shares: the store, and the few ways they use it.
// Reads go through open() and entry(); every change goes through the store's
// commit path (write first, memory after) wrapped in saving(), so a failed
// write reaches the caller as a storage error in words.

import { ApiError, type DocumentSummary } from '../../shared/api/contract.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { ArticleDraft } from '../../shared/model/document.ts'
import { ImportError, type ImportOptions } from '../../shared/import/imported-article.ts'
import type { ImportReport } from '../../shared/import/file.ts'
import { runImport, type ImportSession } from '../import/run-import.ts'
import type { DocumentFile, LibraryEntry } from '../store/files.ts'
import { StoreError, type Store } from '../store/store.ts'
import { storageWords, systemCode } from './storage-words.ts'

export function summary({ id, meta, added, annotationCount, claimCount, sourceCounts, viaCounts }: LibraryEntry): DocumentSummary {
  return { id, meta, added, annotationCount, claimCount, sourceCounts, viaCounts }
}

// An article file's blocks, made in the import worker: a hostile file
// costs that worker, not this server.
export async function importDraft(fileName: string, bytes: Buffer): Promise<ArticleDraft> {
  return (await importReport(fileName, bytes)).draft
}

// The same, with the importer's doubt about a web page and the encoding it
// assumed; `wholePage` goes into the worker. In a session's worker (a
// batch's files), else in one of its own.
export async function importReport(fileName: string, bytes: Buffer, options: ImportOptions = {}, session?: ImportSession): Promise<ImportReport> {
  try {
    const file = { name: fileName, bytes, ...options }
    return await (session ? session.run(file) : runImport(file))
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`, 'contentBase64')
    throw error
  }
}

// A failed write: the user is told in words (storage-words.ts); which file
// and the system's code go to the log and stay the ApiError's cause.
export async function saving<T>(change: Promise<T>, what = 'Could not save'): Promise<T> {
  try {
    return await change
  } catch (error) {
    if (error instanceof ApiError) throw error
    if (systemCode(error) !== undefined) console.error(`sourcemark: ${what.replace(/^Could not/, 'could not')}: ${error instanceof Error ? error.message : String(error)}`)
    throw new ApiError('storage', `${what}: ${storageWords(error)}`, undefined, { cause: error })
  }
}

export class ServiceContext {
  readonly store: Store
  constructor(store: Store) {
    this.store = store
  }

  // The library's entry of a document that is not in the trash.
  entry(documentId: string): LibraryEntry | undefined {
    return this.store.library.data.documents.find((d) => d.id === documentId)
  }

  // A document of the library (not the trash), read once and kept.
  async open(documentId: string): Promise<{ readonly data: DocumentFile }> {
    if (!this.entry(documentId)) throw new ApiError('not-found', `There is no document with id ${documentId}.`)
    try {
      return await this.store.document(documentId)
    } catch (error) {
      if (error instanceof StoreError) throw new ApiError('storage', error.message)
      throw error
    }
  }

  // Changes the annotations of a copy; the store writes it and only then
  // lets memory move on, and keeps the library's counts in step.
  async changeAnnotations(documentId: string, edit: (annotations: Annotation[]) => void): Promise<void> {
    await this.open(documentId)
    await saving(this.store.changeDocument(documentId, (data) => {
      const annotations = [...data.annotations]
      edit(annotations)
      return { ...data, annotations }
    }))
  }

  // field: which list named it, sources (who said it) or via (who relayed it).
  checkSources(ids: readonly string[], field: 'sources' | 'via' = 'sources'): void {
    const known = new Set(this.store.sources.map((s) => s.id))
    const unknown = ids.find((id) => !known.has(id))
    if (unknown !== undefined) throw new ApiError('invalid-input', `There is no source with id ${unknown}.`, field)
  }
}
