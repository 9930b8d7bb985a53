// The data directory as lowdb databases: library.json (the documents index)
// and documents/<id>.json (one document and its annotations), so a save
// rewrites one small file. All writes to disk go through here.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { z } from 'zod'
import { DurableJSONFile } from './durable-file.ts'
import { DocumentFile, emptyLibrary, LibraryFile, DOCUMENT_FILE_VERSION } from './files.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'

export class StoreError extends Error {
  override name = 'StoreError'
}

export class Store {
  readonly dir: string
  readonly library: Low<LibraryFile>
  #documents = new Map<string, Promise<Low<DocumentFile>>>()

  private constructor(dir: string, library: Low<LibraryFile>) {
    this.dir = dir
    this.library = library
  }

  static async open(dir: string): Promise<Store> {
    await mkdir(join(dir, 'documents'), { recursive: true })
    const file = join(dir, 'library.json')
    const adapter = new DurableJSONFile<LibraryFile>(file)
    const raw = await adapter.read()
    return new Store(dir, new Low(adapter, raw === null ? emptyLibrary() : validated(LibraryFile, raw, file)))
  }

  documentFile(id: string): string {
    return join(this.dir, 'documents', `${id}.json`)
  }

  // One lowdb instance per document, read once and kept.
  document(id: string): Promise<Low<DocumentFile>> {
    let db = this.#documents.get(id)
    if (!db) {
      db = this.#readDocument(id)
      this.#documents.set(id, db)
      db.catch(() => this.#documents.delete(id))
    }
    return db
  }

  async #readDocument(id: string): Promise<Low<DocumentFile>> {
    const file = this.documentFile(id)
    const adapter = new DurableJSONFile<DocumentFile>(file)
    const raw = await adapter.read()
    if (raw === null) throw new StoreError(`the file of document ${id} is missing: ${file}`)
    return new Low(adapter, validated(DocumentFile, raw, file))
  }

  async addDocument(document: ArticleDocument): Promise<void> {
    const file = this.documentFile(document.id)
    const db = new Low<DocumentFile>(new DurableJSONFile<DocumentFile>(file), {
      version: DOCUMENT_FILE_VERSION, document, annotations: [],
    })
    await db.write()
    this.#documents.set(document.id, Promise.resolve(db))
  }
}

function validated<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new StoreError(`${file} is not a valid Sourcemark file (${issue?.path.join('.') || 'root'}: ${issue?.message})`)
  }
  return result.data
}
