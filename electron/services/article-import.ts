// Articles imported: a file's bytes parsed in the import worker, then given
// an id and written. One file (importDocument) is written and indexed on
// its own; a batch of many (importDocuments) is read file by file, then
// written together through Store.addDocuments, so the library index is
// written once per batch, not once per file. A batch stops before its next
// file when its import is cancelled (import-jobs.ts); the files read so far
// are written whole and indexed, so nothing is ever half in the library.

import { createHash } from 'node:crypto'
import { ApiError, type Api, type Input, type Output } from '../../shared/api/contract.ts'
import type { ArticleDocument, ArticleDraft } from '../../shared/model/document.ts'
import { uniqueSlug } from '../../shared/model/slug.ts'
import type { LibraryEntry } from '../store/files.ts'
import { Serial } from '../serial.ts'
import { importReport, saving, summary, type ServiceContext } from './context.ts'
import { ImportJobs, type ImportJob } from './import-jobs.ts'
import { ImportSession } from '../import/run-import.ts'

type ArticleMethods = 'importDocument' | 'importDocuments' | 'importProgress' | 'cancelImport'
type BatchResult = Output<'importDocuments'>['results'][number]
interface Read { fileName: string; contentHash: string; draft: ArticleDraft; unsure?: string; assumedEncoding?: string }

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export function articleImportServices(ctx: ServiceContext): Pick<Api, ArticleMethods> {
  const { store } = ctx
  // Files parse side by side; choosing ids and writing are one step at a
  // time, or two imports of one title would share an id and a file.
  const adding = new Serial()
  const jobs = new ImportJobs()

  // The library's documents by the hash of their imported bytes (the trash
  // is not asked: a deleted copy does not stop a new one).
  const byHash = () => new Map(store.library.data.documents.filter((d) => d.contentHash).map((d) => [d.contentHash!, d]))
  const takenIds = () => new Set([...store.library.data.documents, ...store.library.data.trash].map((d) => d.id))

  return {
    async importDocument({ fileName, contentBase64, duplicate, wholePage }: Input<'importDocument'>): Promise<Output<'importDocument'>> {
      const bytes = Buffer.from(contentBase64, 'base64')
      const contentHash = hashOf(bytes)
      const existing = duplicate === 'keep' ? undefined : byHash().get(contentHash)
      if (existing) return { status: 'duplicate', existing: summary(existing) }
      const { draft, unsure, assumedEncoding } = await importReport(fileName, bytes, { wholePage: wholePage ?? false })
      return adding.run(async () => {
        const existing = duplicate === 'keep' ? undefined : byHash().get(contentHash)
        if (existing) return { status: 'duplicate', existing: summary(existing) }
        // Ids of deleted documents stay taken: their files are still there.
        const document: ArticleDocument = { id: uniqueSlug(draft.meta.title, takenIds(), 'article'), ...draft }
        const entry = await saving(store.addDocument(document, { contentHash }), `Could not save ${fileName}`)
        return { status: 'created' as const, document: summary(entry), ...(unsure ? { unsure } : {}), ...(assumedEncoding ? { assumedEncoding } : {}) }
      })
    },

    async importDocuments({ importId, files, duplicate, wholePage }: Input<'importDocuments'>): Promise<Output<'importDocuments'>> {
      const job = jobs.job(importId)
      const keep = duplicate === 'keep'
      // By position in the batch: what became of each file handled.
      const results: BatchResult[] = []
      // One import worker reads the batch's files, one after another.
      const session = new ImportSession()
      let read
      try {
        read = await readBatch(files, { job, keep, wholePage: wholePage ?? false, session }, results)
      } finally {
        session.close()
        job.current = null
      }
      if (read.size) await adding.run(() => writeBatch(read, results, keep))
      return { results: results.filter((r) => r !== undefined), cancelled: job.signal.aborted }
    },

    async importProgress({ importId }: Input<'importProgress'>): Promise<Output<'importProgress'>> {
      return jobs.progress(importId)
    },

    async cancelImport({ importId }: Input<'cancelImport'>): Promise<Output<'cancelImport'>> {
      return { cancelled: jobs.cancel(importId) }
    },
  }

  // The batch's files read in order until it is cancelled; a duplicate or
  // a file that cannot be imported goes straight into `results`.
  async function readBatch(files: Input<'importDocuments'>['files'], how: { job: ImportJob; keep: boolean; wholePage: boolean; session: ImportSession }, results: BatchResult[]): Promise<Map<number, Read>> {
    const { job, keep, wholePage, session } = how
    const read = new Map<number, Read>()
    const known = byHash()
    const seen = new Set<string>()
    for (const [i, { fileName, contentBase64 }] of files.entries()) {
      if (job.signal.aborted) break
      job.current = fileName
      const bytes = Buffer.from(contentBase64, 'base64')
      const contentHash = hashOf(bytes)
      const existing = keep ? undefined : known.get(contentHash)
      if (existing) results[i] = { fileName, status: 'duplicate', existing: summary(existing) }
      else if (!keep && seen.has(contentHash)) results[i] = { fileName, status: 'failed', error: `${fileName} is the same file as one before it; skipped.` }
      else {
        seen.add(contentHash)
        try {
          read.set(i, { fileName, contentHash, ...await importReport(fileName, bytes, { wholePage }, session) })
        } catch (error) {
          if (!(error instanceof ApiError)) throw error
          results[i] = { fileName, status: 'failed', error: error.message }
        }
      }
      job.done++
    }
    return read
  }

  // The files read, given ids and written in one go (a copy imported
  // meanwhile by another call is a duplicate now).
  async function writeBatch(read: Map<number, Read>, results: BatchResult[], keep: boolean): Promise<void> {
    const known = keep ? new Map<string, LibraryEntry>() : byHash()
    const taken = takenIds()
    const adds: { at: number; document: ArticleDocument; contentHash: string; notes: Pick<Read, 'unsure' | 'assumedEncoding'> }[] = []
    for (const [at, { fileName, contentHash, draft, unsure, assumedEncoding }] of read) {
      const existing = known.get(contentHash)
      if (existing) {
        results[at] = { fileName, status: 'duplicate', existing: summary(existing) }
        continue
      }
      const id = uniqueSlug(draft.meta.title, taken, 'article')
      taken.add(id)
      adds.push({ at, document: { id, ...draft }, contentHash, notes: { ...(unsure ? { unsure } : {}), ...(assumedEncoding ? { assumedEncoding } : {}) } })
    }
    const entries: LibraryEntry[] = await saving(store.addDocuments(adds), 'Could not save the articles')
    for (const [k, entry] of entries.entries()) {
      const { at, notes } = adds[k]!
      results[at] = { fileName: read.get(at)!.fileName, status: 'created', document: summary(entry), ...notes }
    }
  }
}
