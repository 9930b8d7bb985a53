// Many small documents for measuring the library view: written as document
// files with the store's own serializer into a fresh data folder, before
// any store opened it, so the store builds the library index from them on
// its first open (one pass instead of one index rewrite per document).

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../../shared/model/annotation.ts'
import { describe } from '../../shared/anchoring/describe.ts'
import { DOCUMENT_FILE_VERSION, documentSerializer, type DocumentFile } from '../../electron/store/files.ts'
import { seededRandom } from './seeded-random.ts'

const PUBLISHERS = ['Xinhua', 'Tass', 'Global Times', 'CNBC', 'Reuters', 'The Hindu', 'Le Monde', 'Kommersant']
const TOPICS = ['trade talks', 'grain exports', 'a new pipeline', 'border security', 'the summit', 'currency swaps', 'Arctic shipping', 'rail links']

export async function writeSmallDocuments(dataDir: string, count: number, seed = 7): Promise<void> {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const dir = join(dataDir, 'documents')
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i).padStart(5, '0')}`
    const publisher = pick(PUBLISHERS)
    const title = `${publisher} on ${pick(TOPICS)}, part ${i + 1}`
    const text = `${title}. Officials from both sides met on Tuesday to discuss ${pick(TOPICS)} and ${pick(TOPICS)}, according to ${publisher}.`
    const annotations: Annotation[] = Array.from({ length: Math.floor(random() * 12) }, (_, n) => {
      const when = new Date(Date.UTC(2026, 0, 1) + i * 1000 + n).toISOString()
      return { id: `${id}-a${n}`.padEnd(8, '0'), documentId: id, kind: random() < 0.6 ? 'claim' : 'highlight', target: describe(text, 0, 20), sources: random() < 0.7 ? [pick(['xinhua', 'tass', 'global-times', 'cnbc'])] : [], via: [], note: '', created: when, modified: when }
    })
    const file: DocumentFile = { version: DOCUMENT_FILE_VERSION, document: { id, meta: { title, publisher, published: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15` }, blocks: [{ type: 'paragraph', text }] }, annotations, rejectedSuggestions: [] }
    await writeFile(join(dir, `${id}.json`), documentSerializer()(file))
  }
}
