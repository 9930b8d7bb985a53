// One document on disk: its file, a snapshot of the document and its
// annotations, and its journal of the saves since (journal.ts). A save
// appends one line to the journal (fsync'd), so it writes what changed;
// the snapshot is written whole (compacted) only when the journal has
// grown past a share of it, when the document is first opened in a
// session with a journal left over, when a save cannot be said as changes
// (the text or metadata changed), and on the first save of a file from
// before journals. Compaction writes the snapshot durably (temp file,
// fsync, the previous one kept as <id>.json.bak, rename) and then moves
// the journal to <id>.journal.jsonl.bak: the two backups together are the
// previous state. As Committed: a change is written first, in memory after.

import { statSync } from 'node:fs'
import { copyFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import { appendDurably, isCode, readText, sizeOf, syncDirectory } from './durable-file.ts'
import { validated, type Access } from './access.ts'
import { DOCUMENT_FILE_VERSION, documentSerializer, migrateDocument, SnapshotFile, type DocumentFile } from './files.ts'
import { diff, formatLine, readJournal } from './journal.ts'
import { countAppended } from '../../shared/library/counts.ts'
import { fileTimestamp, recoveryNotice } from './recovery.ts'
import { documentRepaired, documentUnreadable, journalDamaged, type Notice } from './notice-words.ts'
import { documentStamp, joinStamps, journalOf, stampFrom } from './stamp.ts'

// The journal is compacted once it is larger than this share of the
// snapshot (and than MIN_JOURNAL): a compaction's cost, spread over the
// saves since the last, stays a small multiple of what they changed.
const JOURNAL_SHARE = 0.5
const MIN_JOURNAL = 64 * 1024

export interface Committing {
  data: DocumentFile
  stamp: string | null
  changed: boolean
}

export class DocumentDb {
  readonly file: string
  #data: DocumentFile
  // The last save the snapshot holds and the last in the journal.
  #snapshotSeq: number
  #seq: number
  // Bytes of whole lines in the journal; anything after them is cut off by the next append.
  #journalBytes: number
  #snapshotBytes: number
  // Written by a Sourcemark from before journals: the first save writes it whole.
  #old: boolean
  readonly #access: Access
  readonly #snapshot: Adapter<SnapshotFile>
  // The journal's size past which it is compacted, when not the default
  // share of the snapshot (only in tests).
  readonly #compactAfter: number | undefined
  #queue: Promise<unknown> = Promise.resolve()
  #pending = 0

  constructor(file: string, data: DocumentFile, access: Access, disk: { snapshotSeq: number; seq: number; journalBytes: number; snapshotBytes: number; old: boolean }, compactAfter?: number) {
    this.file = file
    this.#compactAfter = compactAfter
    this.#data = freezeAnnotations(data)
    this.#access = access
    this.#snapshot = access.adapter(file, documentSerializer<SnapshotFile>())
    this.#snapshotSeq = disk.snapshotSeq
    this.#seq = disk.seq
    this.#journalBytes = disk.journalBytes
    this.#snapshotBytes = disk.snapshotBytes
    this.#old = disk.old
  }

  // A new document: its snapshot is written before it is used.
  static async create(file: string, data: DocumentFile, access: Access, compactAfter?: number): Promise<{ db: DocumentDb; stamp: string | null }> {
    const db = new DocumentDb(file, data, access, { snapshotSeq: 0, seq: 0, journalBytes: 0, snapshotBytes: 0, old: true }, compactAfter)
    const { stamp } = await db.compact()
    return { db, stamp }
  }

  get data(): DocumentFile {
    return this.#data
  }

  // A commit is under way or queued (the document cache keeps it then).
  get busy(): boolean {
    return this.#pending > 0
  }

  // Its journal holds saves (or lines) that its file does not.
  get journaled(): boolean {
    return this.#journalBytes > 0 || this.#seq > this.#snapshotSeq
  }

  // edit(current) returns the new data (never changing current), or null
  // when there is nothing to change. Resolves once it is on disk, with the
  // document's stamp taken in the same turn.
  commit(edit: (current: DocumentFile) => DocumentFile | null): Promise<Committing> {
    return this.#run(async () => {
      const after = edit(this.#data)
      if (after === null) return { data: this.#data, stamp: null, changed: false }
      const changes = this.#old ? null : diff(this.#data, after)
      if (changes !== null && changes.length === 0) return { data: this.#data, stamp: null, changed: false }
      const line = changes && formatLine(this.#seq + 1, changes)
      const appended = line !== null && this.#journalBytes + line.length <= (this.#compactAfter ?? Math.max(MIN_JOURNAL, this.#snapshotBytes * JOURNAL_SHARE))
        ? await this.#append(line)
        : null
      // Too long for the journal, or the file or the journal went (a
      // folder removed, a file deleted): memory is the truth; written
      // whole, nothing is lost.
      if (appended === null) await this.#writeSnapshot(after, this.#seq + 1)
      if (changes) {
        // Only what the changes put is new (diff goes by identity): the
        // rest is frozen already, and its counts are known.
        const puts = changes.flatMap((c) => ('put' in c ? [c.put] : []))
        for (const put of puts) deepFreeze(put)
        if (puts.length === changes.filter((c) => !('set' in c)).length && !changes.some((c) => 'at' in c && c.at !== undefined)) {
          countAppended(this.#data.annotations, after.annotations, puts)
        }
        this.#data = after
      } else {
        this.#data = freezeAnnotations(after)
      }
      return { data: this.#data, stamp: appended ?? await documentStamp(this.file), changed: true }
    })
  }

  // Runs task between saves (none under way): the data and the files agree.
  inTurn<T>(task: (data: DocumentFile) => Promise<T>): Promise<T> {
    return this.#run(() => task(this.#data))
  }

  // Writes the snapshot whole and retires the journal; nothing when there
  // is no journal to fold in and the file is of this version.
  compact(): Promise<Committing> {
    return this.#run(async () => {
      if (!this.journaled && !this.#old) return { data: this.#data, stamp: null, changed: false }
      await this.#writeSnapshot(this.#data, this.#seq)
      return { data: this.#data, stamp: await documentStamp(this.file), changed: true }
    })
  }

  // The line appended to the journal, when the file is there and the
  // journal holds at least what was written to it; the document's stamp
  // then, from the file's stat before and the journal's own after (two
  // looks at the disk, where checking and stamping took four). Null, and
  // nothing written, when either is missing or short. The file's stat is
  // synchronous, as the append's steps but its flush (durable-file.ts).
  async #append(line: string): Promise<string | null> {
    const snapshot = statSync(this.file, { bigint: true, throwIfNoEntry: false }) ?? null
    if (snapshot === null || snapshot.size === 0n) return null
    const journal = await this.#access.writing(() => appendDurably(journalOf(this.file), line, this.#journalBytes, this.#journalBytes > 0))
    if (journal === null) return null
    // In the file though not flushed: memory agrees with the file (a kill
    // brings the line back), and the save is answered as made.
    if (journal.unflushed) console.error(`sourcemark: a save is in its journal but the disk would not flush it (a kill keeps it, a power cut may not): ${journal.unflushed.message}`)
    this.#journalBytes += Buffer.byteLength(line)
    this.#seq++
    return joinStamps(stampFrom(snapshot), stampFrom(journal))
  }

  async #writeSnapshot(data: DocumentFile, seq: number): Promise<void> {
    const snapshot: SnapshotFile = { ...data, version: DOCUMENT_FILE_VERSION, seq }
    await this.#snapshot.write(snapshot)
    this.#snapshotSeq = this.#seq = seq
    this.#old = false
    this.#snapshotBytes = approximateBytes(data)
    // The journal's lines are all in the snapshot now: kept as the backup's.
    // The save is durable already; a journal that cannot be moved stays,
    // its lines at or below seq skipped, and is moved by the next compaction.
    try {
      // (A new document has none: no write, no check of the folder.)
      if (await sizeOf(journalOf(this.file)) >= 0) await this.#access.writing(() => retireJournal(journalOf(this.file)))
      this.#journalBytes = 0
    } catch {
      // kept as it is (above)
    }
  }

  #run<T>(task: () => Promise<T>): Promise<T> {
    this.#pending++
    const run = this.#queue.then(task)
    this.#queue = run.catch(() => {}).finally(() => { this.#pending-- })
    return run
  }
}


async function retireJournal(journal: string): Promise<void> {
  try {
    await rename(journal, `${journal}.bak`)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    throw error
  }
  await syncDirectory(dirname(journal))
}

// Services replace annotations, never change them in place: a save finds
// what changed by identity (journal.ts diff), so a change in place must
// throw rather than be missed.
function freezeAnnotations(data: DocumentFile): DocumentFile {
  for (const annotation of data.annotations) if (!Object.isFrozen(annotation)) deepFreeze(annotation)
  return data
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const child of Object.values(value)) deepFreeze(child)
}

// About what the snapshot takes on disk: its text and its annotations.
export function approximateBytes(data: DocumentFile): number {
  let bytes = 0
  for (const block of data.document.blocks) bytes += block.text.length
  return bytes + data.annotations.length * 400
}

interface OpenedDocument {
  db?: DocumentDb
  // What went wrong with the journal, in words (the snapshot's own
  // recovery is told by the caller).
  journalProblem?: string
}

// A document's file, read with recovery (recovery.ts), with its journal
// replayed; a notice says what went wrong: words naming the data folder
// (dir) and the document (title), the detail (name: the file) for the log.
// passing: the file could not be read this time (the system refused; not
// damage): worth trying again once the user has fixed what the notice says.
export async function readDocument(file: string, id: string, { dir, name, title }: { dir: string; name: string; title?: string | undefined }, access: Access, compactAfter?: number): Promise<{ db?: DocumentDb; notice?: Notice; passing?: boolean }> {
  let result
  let oldVersion = false
  try {
    result = await access.read(file, (raw) => {
      const version = (raw as { version?: unknown } | null)?.version
      const data = validated(SnapshotFile, migrateDocument(raw, file))
      if (data.document.id !== id) throw new Error(`it holds the document ${data.document.id}, not ${id}`)
      oldVersion = version !== DOCUMENT_FILE_VERSION
      return data
    })
  } catch (error) {
    // A file from a newer Sourcemark, or one that cannot be read at all.
    const why = (error as Error).name
    return { notice: documentUnreadable(dir, title, why, `${name} cannot be opened: ${(error as Error).message}`), passing: why === 'ReadFailed' }
  }
  const detail = recoveryNotice(name, result, 'the document is unavailable')
  if (result.status === 'ok' || result.status === 'restored') {
    const { db, journalProblem } = await openDocumentDb(file, result.data, oldVersion, result.status === 'restored', access, compactAfter)
    const told = [detail && documentRepaired(dir, title, result, detail), journalProblem && journalDamaged(dir, title, `${name}: ${journalProblem}.`)]
      .filter((n): n is Notice => !!n)
    const notice = told.length === 0 ? undefined : { words: told.map((n) => n.words).join(' '), detail: told.map((n) => n.detail).join(' ') }
    return { ...(db ? { db } : {}), ...(notice ? { notice } : {}) }
  }
  return detail ? { notice: documentRepaired(dir, title, result, detail) } : {}
}

// The journal's text replayed over a snapshot as read (restored: from its
// backup, so the journal's backup is replayed first). A journal that
// stopped at a damaged line is copied aside before anything is cut.
async function openDocumentDb(file: string, snapshot: SnapshotFile, oldVersion: boolean, restored: boolean, access: Access, compactAfter?: number): Promise<OpenedDocument> {
  const journal = journalOf(file)
  const { seq: snapshotSeq, ...rest } = snapshot
  let data: DocumentFile = rest
  let seq = snapshotSeq
  if (restored) {
    const earlier = readJournal(data, seq, await readText(`${journal}.bak`) ?? '')
    data = earlier.data
    seq = earlier.seq
  }
  const text = await readText(journal) ?? ''
  const read = readJournal(data, seq, text)
  let journalProblem: string | undefined
  if (read.problem) {
    journalProblem = `its journal ${journal} stopped at ${read.problem}; the saves before it were kept`
    if (!access.readOnly) {
      const aside = `${journal.replace(/\.jsonl$/, '')}.corrupt-${fileTimestamp()}.jsonl`
      await copyFile(journal, aside)
      journalProblem += ` and the whole journal was copied to ${aside}`
    }
  }
  const db = new DocumentDb(file, read.data, access, {
    snapshotSeq, seq: read.seq, journalBytes: Buffer.byteLength(text.slice(0, read.good)), snapshotBytes: approximateBytes(read.data), old: oldVersion,
  }, compactAfter)
  return { db, ...(journalProblem ? { journalProblem } : {}) }
}

// The snapshot parsed, with its journal replayed, unchecked; null when it
// cannot be read so (see Store.looseDocument).
export async function readLoosely(file: string): Promise<unknown> {
  try {
    const text = await readText(file)
    if (text === null) return null
    const raw = JSON.parse(text) as SnapshotFile
    const journal = await readText(journalOf(file))
    if (!journal) return raw
    return readJournal(raw, typeof raw.seq === 'number' ? raw.seq : 0, journal).data
  } catch {
    return null
  }
}
