// The library index on disk (v4): library/head.json (what belongs to the
// whole library) and SHARDS files library/index-XX.json, each holding the
// entries of the documents whose id hashes to XX. A change writes only
// the shards whose entries changed, so adding an annotation to one
// document rewrites one small shard (about 1/256 of the index), never the
// index of every document. Each entry carries its order in its list, so
// library order survives the split.
//
// LibraryIndex is the index in memory with one commit path, as committed.ts:
// the shards are written first, memory moves on after; commits run one at
// a time, each on the result of the last. A commit `later` (an entry brought
// in step with its document file, which was written durably first) moves
// memory on at once and leaves its shards to be written shortly after, with
// the next commit or flush(): the index can always be made again from the
// files, and an entry whose shard was not written keeps the stamp of the
// file it was counted from, so the next open sees it is stale and counts it
// again (library-open.ts).

import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { LIBRARY_VERSION, type IndexHead, type IndexShard, type LibraryEntry, type LibraryFile, type ShardEntry, type TrashEntry } from './files.ts'
import { mapLimited, stampOf } from './stamp.ts'

export const SHARDS = 256

export function indexFolder(dir: string): string {
  return join(dir, 'library')
}

export function headFile(dir: string): string {
  return join(indexFolder(dir), 'head.json')
}

export function shardName(shard: number): string {
  return `index-${shard.toString(16).padStart(2, '0')}.json`
}

export function shardFile(dir: string, shard: number): string {
  return join(indexFolder(dir), shardName(shard))
}

// FNV-1a: stable across runs and versions, spreads slugs evenly.
export function shardOf(id: string, shards = SHARDS): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % shards
}

// Entries read from the shards, placed in their lists by order (ties,
// which only a kill in the middle of a renumbering leaves, by id).
export function assemble(entries: readonly ShardEntry[], sampleAdded: boolean): { library: LibraryFile; orders: Map<string, number> } {
  const sorted = [...entries].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const orders = new Map<string, number>()
  const documents: LibraryEntry[] = []
  const trash: TrashEntry[] = []
  for (const { order, ...entry } of sorted) {
    if (orders.has(entry.id)) continue
    orders.set(entry.id, order)
    if (entry.deleted !== undefined) trash.push(entry as TrashEntry)
    else documents.push(entry)
  }
  return { library: { version: LIBRARY_VERSION, documents, sampleAdded, trash }, orders }
}

// Orders for `library`: an entry keeps its order while its list stays
// ascending; one placed out of order (moved to the end of a list, new)
// takes the next free number. Renumbering only what moved keeps a change
// to the shards of the entries it touched.
function assignOrders(library: LibraryFile, old: ReadonlyMap<string, number>, next: number): { orders: Map<string, number>; next: number } {
  const orders = new Map<string, number>()
  for (const list of [library.documents, library.trash]) {
    let previous = -1
    for (const { id } of list) {
      let order = old.get(id)
      if (order === undefined || order <= previous) order = next++
      orders.set(id, order)
      previous = order
    }
  }
  return { orders, next }
}

// The orders unchanged when every entry is where it was (an entry replaced
// in place), without a pass over the maps.
function samePlaces(before: LibraryFile, after: LibraryFile): boolean {
  const same = (a: readonly LibraryEntry[], b: readonly LibraryEntry[]) => {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!.id !== b[i]!.id) return false
    return true
  }
  return same(before.documents, after.documents) && same(before.trash, after.trash)
}

function nextOrder(orders: ReadonlyMap<string, number>): number {
  let max = -1
  for (const order of orders.values()) if (order > max) max = order
  return max + 1
}

export interface IndexFiles {
  head: Adapter<IndexHead>
  shard(n: number): Adapter<IndexShard>
  // Where shard n lives (its stamp is checked before a write `later`).
  path(n: number): string
}

export class LibraryIndex {
  #data: LibraryFile
  #orders: Map<string, number>
  #next: number
  readonly #files: IndexFiles
  readonly #shards: number
  #queue: Promise<unknown> = Promise.resolve()
  // Whether library/head.json is there: written with the first commit if not.
  #headOnDisk: boolean
  // shardOf, remembered: ids do not change.
  readonly #shardOf = new Map<string, number>()
  // Shards changed in memory by commits `later`, not yet written.
  readonly #dirty = new Set<number>()
  readonly #writeAfterMs: number
  #timer: ReturnType<typeof setTimeout> | undefined
  // The stamp of each shard file as last read or written here: a shard
  // written `later` is not written over a file changed meanwhile (by hand,
  // or damaged), which the next open then repairs and tells.
  readonly #known: Map<number, string | null>

  constructor(data: LibraryFile, orders: Map<string, number>, files: IndexFiles, { shards = SHARDS, headOnDisk = true, writeAfterMs = 1000, stamps = new Map<number, string | null>() } = {}) {
    this.#known = stamps
    this.#headOnDisk = headOnDisk
    this.#writeAfterMs = writeAfterMs
    this.#data = data
    this.#orders = orders
    this.#next = nextOrder(orders)
    this.#files = files
    this.#shards = shards
  }

  get data(): LibraryFile {
    return this.#data
  }

  get shards(): number {
    return this.#shards
  }

  // Memory only, for a store that cannot write (read-only).
  adopt(data: LibraryFile): void {
    const { orders, next } = assignOrders(data, this.#orders, this.#next)
    this.#data = data
    this.#orders = orders
    this.#next = next
  }

  // Shards written later, still to write (tests).
  get unwritten(): number {
    return this.#dirty.size
  }

  // Told when a commit `durable` could not write its shards (the detail,
  // for the log): they are left for the next commit or flush.
  onDeferred: (error: unknown) => void = () => {}

  // edit(current) returns the new library (never changing current) or null
  // (or current, with nothing else to write) for no change: false. Writes the shards whose entries changed (and `also`;
  // every shard and the head when all), with any left by commits `later`,
  // then the head if it changed (or head: it was lost). later: memory moves
  // on now and the shards are written by flush(), soon (see above); only
  // for changes the document files can tell again. durable: the change is
  // in the document files already, so a failed write of the index does not
  // fail it (the user would be told a save failed that is on disk, and a
  // retry would make it twice): memory moves on and the shards are left
  // as by `later`; an open before they are written counts the files again.
  commit(edit: (current: LibraryFile) => LibraryFile | null, { all = false, also = [] as readonly number[], head = false, later = false, durable = false } = {}): Promise<boolean> {
    const run = this.#queue.then(async () => {
      const before = this.#data
      const after = edit(before) ?? (all || head || also.length > 0 ? before : null)
      if (after === null) return false
      // Nothing changed and nothing left to write (an open that found the
      // index true): no pass over the entries (50-170 ms at 10,000).
      if (after === before && !all && !head && also.length === 0 && this.#dirty.size === 0 && this.#headOnDisk) return false
      const inPlace = samePlaces(before, after)
      const { orders, next } = inPlace ? { orders: this.#orders, next: this.#next } : assignOrders(after, this.#orders, this.#next)
      const touched = all ? new Set(Array.from({ length: this.#shards }, (_, i) => i)) : inPlace ? this.#replaced(before, after) : this.#changed(before, after, orders)
      for (const shard of also) touched.add(shard)
      const writeHead = all || head || !this.#headOnDisk || after.sampleAdded !== before.sampleAdded
      if (later && !writeHead) {
        for (const shard of touched) this.#dirty.add(shard)
        this.#data = after
        this.#orders = orders
        this.#next = next
        this.#schedule()
        return true
      }
      for (const shard of this.#dirty) touched.add(shard)
      try {
        await this.#write(after, orders, touched)
        if (writeHead) {
          await this.#files.head.write({ version: LIBRARY_VERSION, shards: this.#shards, sampleAdded: after.sampleAdded })
          this.#headOnDisk = true
        }
      } catch (error) {
        if (!durable) throw error
        for (const shard of touched) this.#dirty.add(shard)
        // The head too, with the next commit that writes.
        if (writeHead) this.#headOnDisk = false
        this.onDeferred(error)
        this.#schedule()
      }
      this.#data = after
      this.#orders = orders
      this.#next = next
      return true
    })
    this.#queue = run.catch(() => {})
    return run
  }

  // Writes the shards left by commits `later` (at once; they are also
  // written with the next commit, or by a timer soon after the last).
  flush(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const run = this.#queue.then(async () => {
      if (this.#dirty.size === 0) return
      const touched = new Set<number>()
      for (const shard of this.#dirty) {
        const known = this.#known.get(shard)
        if (known === undefined || await stampOf(this.#files.path(shard)) === known) touched.add(shard)
        else this.#dirty.delete(shard)
      }
      await this.#write(this.#data, this.#orders, touched)
    })
    this.#queue = run.catch(() => {})
    return run
  }

  #schedule(): void {
    clearTimeout(this.#timer)
    // A failure is left for the next commit or flush; the files are the truth meanwhile.
    this.#timer = setTimeout(() => void this.flush().catch(() => {}), this.#writeAfterMs)
    this.#timer.unref()
  }

  // The shards `touched`, as `data` holds them; those written are no longer dirty.
  async #write(data: LibraryFile, orders: ReadonlyMap<string, number>, touched: ReadonlySet<number>): Promise<void> {
    const groups = new Map<number, ShardEntry[]>([...touched].map((shard) => [shard, []]))
    for (const list of [data.documents, data.trash]) {
      for (const entry of list) groups.get(this.#shard(entry.id))?.push({ ...entry, order: orders.get(entry.id)! })
    }
    await mapLimited([...groups], 8, async ([shard, entries]) => {
      await this.#files.shard(shard).write({ version: LIBRARY_VERSION, entries })
      this.#dirty.delete(shard)
      this.#known.set(shard, await stampOf(this.#files.path(shard)))
    })
  }

  #shard(id: string): number {
    let shard = this.#shardOf.get(id)
    if (shard === undefined) {
      shard = shardOf(id, this.#shards)
      this.#shardOf.set(id, shard)
    }
    return shard
  }

  // The shards of the entries replaced, when every entry kept its place.
  #replaced(before: LibraryFile, after: LibraryFile): Set<number> {
    const touched = new Set<number>()
    for (const [was, now] of [[before.documents, after.documents], [before.trash, after.trash]] as const) {
      for (let i = 0; i < now.length; i++) if (was[i] !== now[i]) touched.add(this.#shard(now[i]!.id))
    }
    return touched
  }

  // The shards holding an entry that is new, gone, replaced, moved between
  // the lists or renumbered. Unchanged entries are the same objects.
  #changed(before: LibraryFile, after: LibraryFile, orders: ReadonlyMap<string, number>): Set<number> {
    const was = new Map<string, { entry: LibraryEntry; trash: boolean }>()
    for (const entry of before.documents) was.set(entry.id, { entry, trash: false })
    for (const entry of before.trash) was.set(entry.id, { entry, trash: true })
    const touched = new Set<number>()
    const visit = (entry: LibraryEntry, trash: boolean) => {
      const old = was.get(entry.id)
      was.delete(entry.id)
      if (old && old.entry === entry && old.trash === trash && this.#orders.get(entry.id) === orders.get(entry.id)) return
      touched.add(this.#shard(entry.id))
    }
    for (const entry of after.documents) visit(entry, false)
    for (const entry of after.trash) visit(entry, true)
    for (const id of was.keys()) touched.add(this.#shard(id))
    return touched
  }
}
