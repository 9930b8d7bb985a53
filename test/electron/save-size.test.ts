// Every save stays small as the library grows: at 10,000 documents, adding
// an annotation writes the document's file and one small index shard,
// never the index of the other documents. Measured on a real folder: the
// bytes of every file that is new on disk after the save (a file rewritten
// by a durable write is a new inode; its .bak is the old one, linked).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { documentSerializer, DOCUMENT_FILE_VERSION } from '../../electron/store/files.ts'
import { mapLimited } from '../../electron/store/stamp.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('save-size')
const COUNT = 10_000

function article(i: number): ArticleDocument {
  return {
    id: `article-${i}`,
    meta: {
      title: `Ministry reports grain exports rose in October, number ${i}`,
      publisher: ['Tass', 'Xinhua', 'Global Times', 'RIA Novosti'][i % 4]!,
      author: `Correspondent ${i % 97}`,
      published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      url: `https://news.example/${2025}/${i}/ministry-reports-grain-exports-rose`,
    },
    blocks: [
      { type: 'title', text: `Ministry reports grain exports rose in October, number ${i}` },
      { type: 'paragraph', text: `Tass reported that wheat exports rose by ${i % 10} percent. Xinhua said talks went on.` },
    ],
  }
}

// Path -> [inode, size] of every file under dir.
async function files(dir: string, into = new Map<string, [bigint, number]>()): Promise<Map<string, [bigint, number]>> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await files(path, into)
    else {
      const s = await stat(path, { bigint: true })
      into.set(path, [s.ino, Number(s.size)])
    }
  }
  return into
}

// The files new on disk since `before` (by inode), with their sizes.
function written(before: Map<string, [bigint, number]>, after: Map<string, [bigint, number]>): Map<string, number> {
  const old = new Set([...before.values()].map(([ino]) => ino))
  return new Map([...after].filter(([, [ino]]) => !old.has(ino)).map(([path, [, size]]) => [path, size]))
}

test(`at ${COUNT.toLocaleString('en')} documents an annotation save writes its document and one small index shard`, async () => {
  const dir = await tempDir()
  await mkdir(join(dir, 'documents'))
  // The document files as the store writes them; the store opens the
  // folder and builds its index from them (the rebuild path).
  const serialize = documentSerializer()
  await mapLimited(Array.from({ length: COUNT }, (_, i) => i), 32, (i) => writeFile(join(dir, 'documents', `article-${i}.json`),
    serialize({ version: DOCUMENT_FILE_VERSION, document: article(i), annotations: [], rejectedSuggestions: [] })))
  const api = await openServices({ dataDir: dir, resourcesDir })
  assert.equal((await api.listDocuments({})).length, COUNT)
  const index = await readLibrary(dir)
  assert.equal(index.documents.length, COUNT)

  const documentId = 'article-4321'
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const at = text.indexOf('Tass reported')
  const before = await files(dir)
  await api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, at, at + 13), sources: ['tass'] })
  const changed = written(before, await files(dir))
  const documentFile = join(dir, 'documents', `${documentId}.json`)
  const others = [...changed].filter(([path]) => path !== documentFile)
  const beyond = others.reduce((sum, [, size]) => sum + size, 0)
  // The v3 format wrote the whole index: library.json of every entry.
  const whole = JSON.stringify({ version: 3, documents: index.documents, sampleAdded: true, trash: [] }, null, 1).length
  console.log(`# one annotation save at ${COUNT} documents: document file ${changed.get(documentFile)} bytes, index ${beyond} bytes in ${others.length} file(s) (v3 library.json: ${whole} bytes)`)
  assert.ok(changed.has(documentFile), 'the document file was not written')
  assert.deepEqual(others.map(([path]) => path.slice(dir.length + 1).replace(/[0-9a-f]{2}\.json$/, 'XX.json')), ['library/index-XX.json'])
  assert.ok(beyond < 24_000, `the index write was ${beyond} bytes`)
  assert.ok(beyond * 50 < whole, 'the index write is not small beside the whole index')
  assert.equal((await api.listDocuments({})).find((d) => d.id === documentId)!.annotationCount, 1)
})
