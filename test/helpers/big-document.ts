// A big document for measuring the reader at scale: about 1 MB of news-like
// text in paragraphs and 10,000 annotations on it (claims and highlights,
// with sources, relays and notes), the same for a given seed on every run.
// writeBigDocument puts it into a data folder through the store itself, so
// it is written in whatever format the store writes today.

import { describe } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument, type Block } from '../../shared/model/document.ts'
import type { Source } from '../../shared/model/source.ts'
import { PALETTE } from '../../shared/colour/palette.ts'
import { Store } from '../../electron/store/store.ts'
import { seededRandom } from './seeded-random.ts'

export const BIG_DOCUMENT_ID = 'big-document'
export const BIG_DOCUMENT_TITLE = 'Partners across the steppe: a year of talks, trade and statements'

export interface BigDocumentOptions { seed?: number; size?: number; annotations?: number }

export interface BigDocument {
  document: ArticleDocument
  annotations: Annotation[]
  // Sources beyond the built-in ones that the annotations name.
  sources: Source[]
}

const WORDS = `the of and to in a on for with that by as at from is was were has have had will would said
could should may also more than about after before during between against into over under new two three
first last year week month day government minister ministry president official officials country
talks meeting visit cooperation trade energy economy development growth market investment bank policy
security agreement partners relations regional global leaders delegation summit council committee plan
report analysts experts spokesman statement press conference region border transport shipping route
infrastructure project billion million percent rate prices oil gas grain exports imports sanctions
tariffs currency payments finance technology industry production supply demand strategic practical
mutual common broad major key significant steady strong closer further long-term recent annual joint
signed agreed announced noted stressed urged welcomed pledged discussed reviewed expanded supported`.split(/\s+/)

const PEOPLE = ['Xi Jinping', 'Li Qiang', 'Wang Yi', 'Sergei Lavrov', 'Elena Petrova', 'Zhang Wei', 'José Müller', 'Chloë Dubois']
const PLACES = ['Beijing', 'Moscow', 'Kazan', 'Harbin', 'Astana', 'Vladivostok', 'the Arctic', 'Central Asia']
const PHRASES = ['according to Xinhua', 'the Global Times reported', 'said in a statement', 'told reporters',
  'the two countries', 'on Tuesday', 'bilateral cooperation', 'mutual benefit', 'Tass reported', 'CNBC said']

const EXTRA_SOURCES = ['Li Qiang', 'Wang Yi', 'Sergei Lavrov', 'Ministry of Commerce', 'Reuters', 'Kremlin']

const NOTES = ['', '', '', 'Check against the ministry transcript.', 'Compare with **Tass** wording on the same day.',
  'Relayed twice; the original is a press conference.', 'See [the statement](https://example.org/statement).',
  'Number differs from last year\'s report.\n\n- first figure\n- second figure']

function sentence(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const words: string[] = []
  const length = 8 + Math.floor(random() * 22)
  while (words.length < length) {
    const r = random()
    words.push(r < 0.05 ? pick(PEOPLE) : r < 0.09 ? pick(PLACES) : r < 0.14 ? pick(PHRASES) : r < 0.16 ? String(Math.floor(random() * 2000)) : pick(WORDS))
  }
  const text = words.join(' ')
  const said = random()
  const capital = text[0]!.toUpperCase() + text.slice(1)
  return said < 0.12 ? `“${capital},” ${pick(PEOPLE)} said.` : `${capital}.`
}

export function generateBigDocument({ seed = 18, size = 1_000_000, annotations: count = 10_000 }: BigDocumentOptions = {}): BigDocument {
  const random = seededRandom(seed)
  const blocks: Block[] = [{ type: 'title', text: BIG_DOCUMENT_TITLE }]
  let length = blocks[0]!.text.length
  while (length < size) {
    const block: Block = random() < 0.04
      ? { type: 'heading', level: 2, text: sentence(random).replace(/[.,”“]/g, '').split(' ').slice(0, 6).join(' ') }
      : { type: 'paragraph', text: Array.from({ length: 2 + Math.floor(random() * 5) }, () => sentence(random)).join(' ') }
    blocks.push(block)
    length += 2 + block.text.length
  }
  const document: ArticleDocument = {
    id: BIG_DOCUMENT_ID,
    meta: { title: BIG_DOCUMENT_TITLE, publisher: 'Sourcemark scale test', author: 'Generated', published: '2026-11-30', language: 'en' },
    blocks,
  }
  const sources: Source[] = EXTRA_SOURCES.map((name, i) => ({
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name, aliases: [], kind: i < 3 ? 'person' : 'other', colour: PALETTE[(4 + i) % PALETTE.length]!,
  }))
  const sourceIds = ['xinhua', 'tass', 'global-times', 'cnbc', ...sources.map((s) => s.id)]
  return { document, annotations: annotationsOn(canonicalText(blocks), count, sourceIds, seededRandom(seed + 1)), sources }
}

// Mostly phrases, some sentences, a few paragraph-long spans, on word
// boundaries, in creation order (not reading order).
function annotationsOn(text: string, count: number, sourceIds: string[], random: () => number): Annotation[] {
  const wordStart = (at: number) => { while (at > 0 && /\S/.test(text[at - 1]!)) at--; return at }
  const wordEnd = (at: number) => { while (at < text.length && /\S/.test(text[at]!)) at++; return at }
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const annotations: Annotation[] = []
  const base = Date.UTC(2026, 0, 1)
  while (annotations.length < count) {
    const r = random()
    const length = r < 0.7 ? 10 + random() * 70 : r < 0.95 ? 80 + random() * 220 : 300 + random() * 900
    const start = wordStart(Math.floor(random() * (text.length - length)))
    const end = Math.min(text.length, wordEnd(start + Math.floor(length)))
    if (!/\S/.test(text[start] ?? '') || end <= start || text.slice(start, end).includes('\n')) continue
    const claim = random() < 0.6
    const sources = claim && random() < 0.85 ? [...new Set([pick(sourceIds), ...(random() < 0.15 ? [pick(sourceIds)] : [])])] : []
    const via = sources.length && random() < 0.2 ? [pick(['xinhua', 'tass', 'global-times'])].filter((v) => !sources.includes(v)) : []
    const when = new Date(base + annotations.length * 60_000).toISOString()
    annotations.push({
      id: `big-${String(annotations.length).padStart(6, '0')}`,
      documentId: BIG_DOCUMENT_ID,
      kind: claim ? 'claim' : 'highlight',
      target: describe(text, start, end),
      sources,
      via,
      note: pick(NOTES),
      created: when,
      modified: when,
    })
  }
  return annotations
}

// Adds the big document, its sources and annotations to the data folder
// through the store. The folder must not be in use by a running app.
export async function writeBigDocument(dataDir: string, big: BigDocument = generateBigDocument()): Promise<void> {
  const store = await Store.open(dataDir)
  await store.changeSources((sources) => [...sources, ...big.sources.filter((s) => !sources.some((t) => t.id === s.id))])
  await store.addDocument(big.document)
  await store.changeDocument(big.document.id, (file) => ({ ...file, annotations: big.annotations }))
}
