// The startup document, found before the library's shards are read (256
// of them at 10,000 documents: most of a start's server work): the head
// and the one shard that holds state.json's last document, read without
// repair, say whether the library lists it, and its file is read and kept
// for the store. Only what the whole open would read the same way counts:
// a file that is damaged, restored, missing or from an older library makes
// this say nothing, and the whole open repairs it and tells, as ever.

import { validated, type Access } from './access.ts'
import type { DocumentCache } from './document-cache.ts'
import { readDocument, type DocumentDb } from './document-db.ts'
import { IndexHead, IndexShard, migrateIndex, type DocumentFile } from './files.ts'
import { documentFile } from './library-index.ts'
import { assemble, headFile, shardFile, shardOf } from './library-shards.ts'
import { checkedShard } from './shard-check.ts'

export interface FirstDocument {
  id: string
  data: DocumentFile
}

// Whether library/head.json reads as it is: the whole open then reads it
// alike and takes nothing from an older library.json.
export async function headAsIs(dir: string, access: Access, readOptions: { maxBytes?: number }): Promise<IndexHead | null> {
  const file = headFile(dir)
  const head = await access.read(file, (raw) => validated(IndexHead, migrateIndex(raw, file)), readOptions).catch(needsRepair)
  return head?.status === 'ok' ? head.data : null
}

// A file that needs repair (read without repair, it throws): the whole
// open repairs it, or says why it cannot.
function needsRepair(): null {
  return null
}

// The document `id` when its shard lists it among the documents (not the
// trash) and its file reads cleanly; kept in `documents` for the store.
export async function firstDocument(dir: string, access: Access, head: IndexHead, id: string, documents: DocumentCache<DocumentDb>, options: { readOptions: { maxBytes?: number }; compactAfter: number | undefined; bytes: (db: DocumentDb) => number }): Promise<FirstDocument | null> {
  const shard = shardOf(id, head.shards)
  const file = shardFile(dir, shard)
  const read = await access.read<IndexShard>(file, (raw) => checkedShard(migrateIndex(raw, file)), options.readOptions).catch(needsRepair)
  if (read?.status !== 'ok') return null
  // As the whole open assembles it: entries filed under another shard are
  // not this shard's, and of an id listed twice the first in order wins.
  const entries = read.data.entries.filter((entry) => entry.id === id && shardOf(entry.id, head.shards) === shard)
  const entry = assemble(entries, head.sampleAdded).library.documents.find((d) => d.id === id)
  if (!entry) return null
  const path = documentFile(dir, id)
  const found = await readDocument(path, id, { dir, name: `The document "${entry.meta.title}" (${path})`, title: entry.meta.title }, access, options.compactAfter)
  if (!found.db || found.notice) return null
  documents.set(id, Promise.resolve(found.db), options.bytes)
  return { id, data: found.db.data }
}
