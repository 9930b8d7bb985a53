// The library index on disk (v4: library/head.json and the shards
// library/index-XX.json), read back for tests as one library.

import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { IndexHead, IndexShard, type LibraryFile, type ShardEntry } from '../../electron/store/files.ts'
import { assemble, headFile, indexFolder, shardFile, shardOf, SHARDS } from '../../electron/store/library-shards.ts'

export { headFile, indexFolder }

// The shard file that holds a document's entry.
export function shardPath(dir: string, id: string): string {
  return shardFile(dir, shardOf(id))
}

// Every shard on disk parsed and put together; throws on a bad file.
export async function readLibrary(dir: string): Promise<LibraryFile & { orders: Map<string, number> }> {
  const head = IndexHead.parse(JSON.parse(await readFile(headFile(dir), 'utf8')))
  const entries: ShardEntry[] = []
  for (let shard = 0; shard < SHARDS; shard++) {
    const file = shardFile(dir, shard)
    if (!existsSync(file)) continue
    entries.push(...IndexShard.parse(JSON.parse(await readFile(file, 'utf8'))).entries)
  }
  const { library, orders } = assemble(entries, head.sampleAdded)
  return { ...library, orders }
}

// The bytes of every file of the index (names relative to the data folder).
export async function indexBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const name of (await readdir(indexFolder(dir))).sort()) files.set(`library/${name}`, await readFile(join(indexFolder(dir), name)))
  return files
}

// Turns the data folder back into one of v3: the index as one library.json
// (written as Sourcemark v3 wrote it) and no library/ folder. from: the
// library to write (default: the one on disk now).
export async function writeV3Library(dir: string, from?: LibraryFile, file = join(dir, 'library.json')): Promise<void> {
  const { documents, sampleAdded, trash } = from ?? await readLibrary(dir)
  await writeFile(file, JSON.stringify({ version: 3, documents, sampleAdded, trash }, null, 1))
  await rm(indexFolder(dir), { recursive: true, force: true })
}
