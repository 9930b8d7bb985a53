// A data folder as a reader finds it after a kill: every file parses and
// passes its schema (a kill leaves at most a temp file or a lock's
// scratch), and every acknowledged annotation is in its document's file or
// journal. Shared by the crash tests and the kill benchmark at scale.

import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { IndexHead, IndexShard, SnapshotFile, SourcesFile, StateFile } from '../../electron/store/files.ts'
import { readDocumentOnDisk } from './document-files.ts'

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${file} does not parse after a kill (${(error as Error).message}): ${JSON.stringify(text.slice(-80))}`)
  }
}

const SCHEMAS = new Map<string, { parse(data: unknown): unknown }>([['sources.json', SourcesFile], ['state.json', StateFile]])

interface CheckOptions {
  // The search index's cache beside the store's files (electron/search;
  // checked by its own reader).
  allowSearchCache?: boolean
  // Only these documents' files read (the rest known unchanged since a
  // whole check).
  only?: ReadonlySet<string>
}

// Returns how many data files were checked.
export async function checkDataDir(dataDir: string, expected: ReadonlyMap<string, ReadonlySet<string>>, { allowSearchCache = false, only }: CheckOptions = {}): Promise<number> {
  let files = 0
  // Killed before it made the folder: nothing to check yet.
  for (const name of await readdir(dataDir).catch(() => [])) {
    const schema = SCHEMAS.get(name.replace(/\.bak$/, ''))
    if (schema) {
      schema.parse(await readJson(join(dataDir, name)))
      files++
    } else {
      // A lock being taken when the kill came leaves its temp file (or a
      // break file); neither is data.
      const lockScratch = /^sourcemark\.lock\.(\d+-[0-9a-f]+\.tmp|break-\d+)$/.test(name)
      const searchCache = allowSearchCache && /^(search-index\.bin(\.\d+\.tmp)?|search-rows)$/.test(name)
      assert.ok(lockScratch || searchCache || name === 'documents' || name === 'library' || name === 'sourcemark.lock' || /^(sources|state)\.json\.tmp$/.test(name), `unexpected file ${name}`)
    }
  }
  // The index: its head and shards, each whole (a kill leaves at most a temp file).
  for (const name of await readdir(join(dataDir, 'library')).catch(() => [])) {
    if (/^(head|index-[0-9a-f]{2})\.json\.tmp$/.test(name)) continue
    const schema = /^head\.json(\.bak)?$/.test(name) ? IndexHead : /^index-[0-9a-f]{2}\.json(\.bak)?$/.test(name) ? IndexShard : null
    assert.ok(schema, `unexpected file library/${name}`)
    schema.parse(await readJson(join(dataDir, 'library', name)))
    files++
  }
  const documents = join(dataDir, 'documents')
  for (const name of await readdir(documents).catch(() => [])) {
    if (name.endsWith('.tmp')) continue // a save cut short; never read
    if (only && !only.has(name.replace(/\.json(\.bak)?$/, ''))) continue
    // A journal is checked with its document (a torn last line is allowed).
    if (/^[a-z0-9-]+\.journal\.jsonl(\.bak)?$/.test(name)) continue
    assert.ok(/^[a-z0-9-]+\.json(\.bak)?$/.test(name), `unexpected file ${name}`)
    if (name.endsWith('.bak')) {
      SnapshotFile.parse(await readJson(join(documents, name)))
      continue
    }
    await readJson(join(documents, name))
    const file = await readDocumentOnDisk(dataDir, name.slice(0, -'.json'.length))
    files++
    const present = new Set(file.annotations.map((a) => a.id))
    for (const id of expected.get(file.document.id) ?? []) assert.ok(present.has(id), `acknowledged annotation ${id} is missing from ${name} and its journal`)
  }
  return files
}
