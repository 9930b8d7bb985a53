// Opening the library index (library-shards.ts) and making it true to the
// document files, which are the truth:
// - library/head.json and the shards are read with recovery; a shard lost
//   with its backup is rebuilt from the document files whose ids fall in it;
// - a library.json of v3 or before is migrated to shards once (then kept
//   as library.v3.json), handing older fields to sources.json and state.json;
// - without any index the library is rebuilt from the document files;
// - document files the index does not list (a kill between a document's
//   write and its entry's, e.g. during a large import) are added at the end;
// - entries whose file changed since they were counted (stamp.ts) are
//   counted again (or, checkLater, left to Store to do once it serves).
// The result is written once, only the shards that changed.

import { readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Source } from '../../shared/model/source.ts'
import { DocumentId } from '../../shared/model/document.ts'
import { validated, type Access } from './access.ts'
import { ensureFolder, isCode, syncDirectory } from './durable-file.ts'
import {
  IndexHead, IndexShard, LegacyLibraryFile, LIBRARY_VERSION, migrateIndex, migrateLibrary, type LibraryFile, type ShardEntry,
} from './files.ts'
import { checkLibrary, rebuildLibrary, type ReadDocument } from './library-index.ts'
import { assemble, headFile, indexFolder, LibraryIndex, shardFile, shardName, shardOf, SHARDS } from './library-shards.ts'
import { listJsonFiles, recoveryNotice } from './recovery.ts'
import { checkedShard } from './shard-check.ts'
import { libraryRebuilt, libraryRepaired, type Notice } from './notice-words.ts'
import { mapLimited, stampOf } from './stamp.ts'

export interface OpenLibraryOptions {
  // Reads a document file repairing it (a rebuild), and without repair (a check).
  read: ReadDocument
  check: ReadDocument
  notices: Notice[]
  maxBytes?: number
  // Leave the check of the entries' stamps to the caller (Store, in the
  // background once it serves): the rest of opening still happens here.
  checkLater?: boolean
  // How long after a commit `later` its shards are written (library-shards.ts).
  writeAfterMs?: number
}

export interface OpenedLibrary {
  index: LibraryIndex
  // What a library.json from before v3 held that now has its own file.
  legacy: { sources?: Source[]; lastOpened?: string | null }
  // Writes what opening changed; called once the legacy fields are saved
  // in their own files, so a kill in between loses none.
  save(): Promise<void>
}

export async function openLibrary(dir: string, access: Access, options: OpenLibraryOptions): Promise<OpenedLibrary> {
  const { notices } = options
  const readOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }
  if (!access.readOnly) await ensureFolder(indexFolder(dir))
  const files = {
    head: access.adapter<IndexHead>(headFile(dir)),
    shard: (n: number) => access.adapter<IndexShard>(shardFile(dir, n), serializeShard),
    path: (n: number) => shardFile(dir, n),
  }
  const head = await access.read(headFile(dir), (raw) => validated(IndexHead, migrateIndex(raw, headFile(dir))), readOptions)
  let legacy: OpenedLibrary['legacy'] = {}
  let start: { library: LibraryFile; orders: Map<string, number> } = assemble([], false)
  let shards = SHARDS
  // What is written once open: every shard (a new index), some (lost ones), the head.
  let all = false
  let lost: number[] = []
  // Stamps of the shards read as they were (no stat again for them).
  let readStamps = new Map<number, string>()
  let writeHead = false
  let legacyToKeep = false
  let library: LibraryFile

  const headRead = head.status === 'ok' || head.status === 'restored'
  const headDetail = recoveryNotice('library/head.json', head, 'took the library from its index files')
  const headNotice = headDetail && libraryRepaired(dir, head, headDetail)
  if (headRead) {
    if (headNotice) notices.push(headNotice)
    shards = head.data.shards
    const read = await readShards(dir, access, shards, readOptions, notices)
    start = assemble(read.entries, head.data.sampleAdded)
    lost = read.lost
    readStamps = read.stamps
    library = start.library
  } else {
    const oldFile = join(dir, 'library.json')
    const old = await access.read(oldFile, (raw) => validated(LegacyLibraryFile, migrateLibrary(raw, oldFile)), readOptions)
    if (old.status === 'ok' || old.status === 'restored') {
      const { sources, lastOpened, version: _, ...rest } = old.data
      legacy = { ...(sources ? { sources } : {}), ...(lastOpened !== undefined ? { lastOpened } : {}) }
      const notice = recoveryNotice('library.json', old, '')
      if (notice) notices.push(libraryRepaired(dir, old, notice))
      library = { ...rest, version: LIBRARY_VERSION }
      all = true
      legacyToKeep = true
    } else if (head.status !== 'missing' || await hasShards(dir)) {
      // The head alone was lost: the shards are the index.
      if (headNotice) notices.push(headNotice)
      const read = await readShards(dir, access, shards, readOptions, notices)
      start = assemble(read.entries, true)
      lost = read.lost
      readStamps = read.stamps
      library = start.library
      writeHead = true
    } else {
      // No index at all: rebuild it from the document files, so that no
      // document goes missing and none is overwritten by the sample.
      const rebuilt = await rebuildLibrary(dir, options.read)
      library = rebuilt.library
      const fallback = rebuilt.found > 0
        ? `rebuilt the library from the ${rebuilt.found} document file${rebuilt.found === 1 ? '' : 's'} in ${join(dir, 'documents')}`
        : 'started with an empty library'
      const detail = recoveryNotice('library.json', old, fallback)
      const notice = old.status === 'missing' && !old.backup
        ? (rebuilt.found > 0 ? libraryRebuilt(dir, rebuilt.found, `The library index (${indexFolder(dir)}) was missing; ${fallback}.`) : null)
        : detail && libraryRepaired(dir, old, detail)
      if (notice) notices.unshift(notice)
      // Every shard, even empty: a shard missing later was lost.
      all = true
    }
  }

  if (lost.length > 0) library = await rebuildShards(dir, library, lost, shards, options.read, notices)
  if (!all || legacyToKeep) library = await addUnlisted(dir, library, options.check)
  // Documents written after the index was (a kill between the two writes).
  if (!options.checkLater) library = await checkLibrary(dir, library, options.check) ?? library

  const index = new LibraryIndex(start.library, start.orders, files, { shards, headOnDisk: headRead, stamps: await shardStamps(dir, shards, readStamps), ...(options.writeAfterMs === undefined ? {} : { writeAfterMs: options.writeAfterMs }) })
  const save = async () => {
    if (access.readOnly) return index.adopt(library)
    await index.commit(() => library, { all, also: lost, head: writeHead })
    if (legacyToKeep) await keepLegacy(dir)
  }
  return { index, legacy, save }
}

// The shard files' stamps as opened (after any repair): those read as
// they were are known from their read; the rest (repaired, missing) are
// stat'ed.
async function shardStamps(dir: string, shards: number, known: ReadonlyMap<number, string>): Promise<Map<number, string | null>> {
  const stamps = await mapLimited(Array.from({ length: shards }, (_, i) => i), 16, async (n) => known.get(n) ?? stampOf(shardFile(dir, n)))
  return new Map(stamps.map((stamp, n) => [n, stamp]))
}

function serializeShard(shard: IndexShard): string {
  return `{"version":${shard.version},"entries":[${shard.entries.map((e) => `\n${JSON.stringify(e)}`).join(',')}\n]}\n`
}

async function hasShards(dir: string): Promise<boolean> {
  try {
    return (await readdir(indexFolder(dir))).some((name) => /^index-[0-9a-f]+\.json(\.bak)?$/.test(name))
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false
    throw error
  }
}

async function readShards(dir: string, access: Access, shards: number, readOptions: { maxBytes?: number }, notices: Notice[]): Promise<{ entries: ShardEntry[]; lost: number[]; stamps: Map<number, string> }> {
  const entries: ShardEntry[] = []
  const lost: number[] = []
  const stamps = new Map<number, string>()
  const results = await mapLimited(Array.from({ length: shards }, (_, i) => i), 16, (shard) => {
    const file = shardFile(dir, shard)
    return access.read(file, (raw) => checkedShard(migrateIndex(raw, file)), readOptions)
  })
  for (const [shard, result] of results.entries()) {
    if (result.status === 'ok') stamps.set(shard, result.stamp)
    if (result.status === 'ok' || result.status === 'restored') {
      const notice = recoveryNotice(`library/${shardName(shard)}`, result, '')
      if (notice) notices.push(libraryRepaired(dir, result, notice))
      // An entry filed under the wrong shard is left to addUnlisted.
      for (const entry of result.data.entries) if (shardOf(entry.id, shards) === shard) entries.push(entry)
    } else {
      lost.push(shard)
      const notice = recoveryNotice(`library/${shardName(shard)}`, result, 'rebuilt its entries from the document files')
      if (notice) notices.push(libraryRepaired(dir, result, notice))
    }
  }
  return { entries, lost, stamps }
}

// The entries of lost shards, taken from the document files, placed after
// the others in the order the files were written.
async function rebuildShards(dir: string, library: LibraryFile, lost: number[], shards: number, read: ReadDocument, notices: Notice[]): Promise<LibraryFile> {
  const wanted = new Set(lost)
  const rebuilt = await rebuildLibrary(dir, read, (id) => wanted.has(shardOf(id, shards)))
  const silent = lost.filter((shard) => !notices.some((n) => n.detail.includes(shardName(shard))))
  if (rebuilt.found > 0 && silent.length > 0) {
    notices.push(libraryRepaired(dir, null, `The library index ${silent.map((shard) => `library/${shardName(shard)}`).join(', ')} was missing; rebuilt its entries from the document files.`))
  }
  return append(library, rebuilt.library)
}

// Document files that the index does not list, added at the end.
async function addUnlisted(dir: string, library: LibraryFile, read: ReadDocument): Promise<LibraryFile> {
  const listed = new Set<string>()
  for (const entry of library.documents) listed.add(entry.id)
  for (const entry of library.trash) listed.add(entry.id)
  // The set first: at 10,000 documents every name is listed, and the schema need not see them.
  const files = await listJsonFiles(join(dir, 'documents'), (stem) => !listed.has(stem) && DocumentId.safeParse(stem).success)
  if (files.length === 0) return library
  const found = await rebuildLibrary(dir, read, (id) => !listed.has(id))
  return append(library, found.library)
}

function append(library: LibraryFile, more: LibraryFile): LibraryFile {
  if (more.documents.length === 0 && more.trash.length === 0) return library
  return { ...library, documents: [...library.documents, ...more.documents], trash: [...library.trash, ...more.trash] }
}

// A migrated library.json is kept as library.v3.json (an older Sourcemark
// finds no library.json and rebuilds from the document files, losing none).
async function keepLegacy(dir: string): Promise<void> {
  await rename(join(dir, 'library.json'), join(dir, 'library.v3.json')).catch((error: unknown) => {
    if (!isCode(error, 'ENOENT')) throw error
  })
  await rm(join(dir, 'library.json.bak'), { force: true })
  await syncDirectory(dir)
}
