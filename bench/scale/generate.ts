// The scale library: N news-like documents of about 10 KB with 100
// annotations each (claims with sources and relays, highlights, notes), one
// of them a 1 MB document with 10,000 annotations. Same seed, same library.
//
// Only documents/<id>.json is written, with the store's own serializer
// (files.ts): the library index is not written here, so that the store
// rebuilds it from the document files in whatever format it keeps today.
// The first start on the folder does that (an untimed warm-up).
//
//   node --import tsx bench/scale/generate.ts DIR [--documents N] [--seed S]

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { describe } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { DOCUMENT_FILE_VERSION, documentSerializer, type DocumentFile } from '../../electron/store/files.ts'
import { seededRandom } from '../../test/helpers/seeded-random.ts'
import { generateArticle, type GeneratedArticle, type Random } from './articles.ts'

export interface LibrarySpec {
  documents: number
  seed?: number
  articleBytes?: number
  annotationsPerDocument?: number
  big?: { bytes: number; annotations: number }
}

const DEFAULTS = { seed: 18, articleBytes: 10_000, annotationsPerDocument: 100, big: { bytes: 1_000_000, annotations: 10_000 } }

export const BIG_ID = 'scale-big'
export const BIG_TITLE = 'Full transcript of the Arctic forum, every session and every question'
export const documentId = (i: number): string => `scale-${String(i).padStart(5, '0')}`

const SOURCE_IDS = builtInSources.map((s) => s.id)
const NOTES = [
  'Check against the ministry\'s own statement.',
  'Same wording as the Xinhua readout two days earlier.',
  'No figures given; compare with customs data.',
  'Relayed without attribution in the second paragraph.',
  'The **original** interview is longer; see [the transcript](https://news.example.org/transcript).',
  'Contradicts what the spokesperson said in March.',
]
const START = Date.UTC(2025, 10, 6)

// Claims on whole sentences or their first words; highlights on a few words.
function generateAnnotations(article: GeneratedArticle, count: number, rand: Random, first = 0): Annotation[] {
  const { document, text, sentences } = article
  const out: Annotation[] = []
  for (let i = 0; i < count; i++) {
    const [from, to] = sentences[Math.floor(rand() * sentences.length)]!
    const claim = rand() < 0.7
    const end = claim && rand() < 0.7 ? to : Math.min(to, from + 12 + Math.floor(rand() * 40))
    const sources = claim && rand() < 0.8 ? [SOURCE_IDS[Math.floor(rand() * rand() * SOURCE_IDS.length)]!] : []
    const via = sources.length > 0 && rand() < 0.25 ? [SOURCE_IDS[Math.floor(rand() * SOURCE_IDS.length)]!].filter((v) => v !== sources[0]) : []
    const at = new Date(START + (first + i) * 1000).toISOString()
    out.push({
      id: `scale-${document.id.slice(6)}-${String(i).padStart(5, '0')}`,
      documentId: document.id,
      kind: claim ? 'claim' : 'highlight',
      target: describe(text, from, end),
      sources,
      via,
      note: rand() < 0.3 ? NOTES[Math.floor(rand() * NOTES.length)]! : '',
      created: at,
      modified: at,
    })
  }
  return out
}

// One document's file, as the store would hold it. Each document draws from
// its own seed, so that any one can be made again alone.
export function generateDocumentFile(index: number, spec: LibrarySpec): DocumentFile {
  const { seed, articleBytes, annotationsPerDocument, big } = { ...DEFAULTS, ...spec }
  const isBig = index === 0
  const rand = seededRandom(seed * 1_000_003 + index)
  const article = generateArticle(isBig ? BIG_ID : documentId(index), isBig ? big.bytes : articleBytes, rand)
  if (isBig) article.document.meta.title = BIG_TITLE
  const annotations = generateAnnotations(article, isBig ? big.annotations : annotationsPerDocument, rand, index * 100_000)
  return { version: DOCUMENT_FILE_VERSION, document: article.document, annotations, rejectedSuggestions: [] }
}

export interface Generated { documents: number; annotations: number; bytes: number; textBytes: number; ms: number }

// Writes the library into dir/documents (dir should be empty).
export async function generateLibrary(dir: string, spec: LibrarySpec): Promise<Generated> {
  const t0 = performance.now()
  await mkdir(join(dir, 'documents'), { recursive: true })
  let annotations = 0
  let bytes = 0
  let textBytes = 0
  // A few files in flight at once; each is small.
  const WIDTH = 8
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < spec.documents; i = next++) {
      const file = generateDocumentFile(i, spec)
      const json = documentSerializer()(file)
      annotations += file.annotations.length
      textBytes += file.document.blocks.reduce((n, b) => n + b.text.length, 0)
      bytes += Buffer.byteLength(json)
      await writeFile(join(dir, 'documents', `${file.document.id}.json`), json)
    }
  }
  await Promise.all(Array.from({ length: WIDTH }, worker))
  return { documents: spec.documents, annotations, bytes, textBytes, ms: performance.now() - t0 }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { documents: { type: 'string', default: '100' }, seed: { type: 'string', default: String(DEFAULTS.seed) } },
  })
  const dir = positionals[0]
  if (!dir) throw new Error('usage: generate.ts DIR [--documents N] [--seed S]')
  const g = await generateLibrary(dir, { documents: Number(values.documents), seed: Number(values.seed) })
  console.log(`${g.documents} documents, ${g.annotations} annotations, ${(g.textBytes / 1e6).toFixed(1)} MB of text, ${(g.bytes / 1e6).toFixed(1)} MB on disk, in ${(g.ms / 1000).toFixed(1)} s`)
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
