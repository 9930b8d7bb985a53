// What search needs of a document file (title, text, annotations' places,
// quotes, notes, sources), read straight from the file without keeping it:
// indexing 10,000 documents must not hold 10,000 documents in memory. Read
// leniently: an annotation that is not what search needs is skipped, and
// a file that is not a document at all gives null (the caller asks the
// store, which repairs what it can).

import { readFile } from 'node:fs/promises'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import type { Searchable } from '../../shared/library/search.ts'

const isString = (x: unknown): x is string => typeof x === 'string'
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString)
const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0

type Loose = Record<string, unknown> | undefined
const field = (x: unknown, key: string): unknown => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : undefined)

// null when raw is not a document of this id.
export function searchableOf(raw: unknown, id: string): Searchable | null {
  const document = field(raw, 'document') as Loose
  if (field(document, 'id') !== id) return null
  const title = field(field(document, 'meta'), 'title')
  const blocks = field(document, 'blocks')
  if (!isString(title) || !Array.isArray(blocks) || !blocks.every((b) => isString(field(b, 'text')))) return null
  const list = field(raw, 'annotations')
  const annotations: Annotation[] = []
  for (const a of Array.isArray(list) ? list : []) {
    const position = field(field(a, 'target'), 'position')
    const start = field(position, 'start')
    const end = field(position, 'end')
    const exact = field(field(field(a, 'target'), 'quote'), 'exact')
    const note = field(a, 'note') ?? ''
    const sources = field(a, 'sources') ?? []
    const via = field(a, 'via') ?? []
    if (!isString(field(a, 'id')) || !isOffset(start) || !isOffset(end) || !isString(exact) || !isString(note) || !isStrings(sources) || !isStrings(via)) continue
    annotations.push({ id: field(a, 'id'), target: { position: { start, end }, quote: { exact } }, note, sources, via } as Annotation)
  }
  const article = { id, meta: { title }, blocks } as ArticleDocument
  return { document: article, text: textOf(blocks as { text: string }[]), annotations }
}

// A document in the store's memory keeps its blocks while its annotations
// change: its 1 MB text is joined once, not after every annotation added.
const texts = new WeakMap<readonly { text: string }[], string>()
function textOf(blocks: readonly { text: string }[]): string {
  let text = texts.get(blocks)
  if (text === undefined) texts.set(blocks, text = canonicalText(blocks))
  return text
}

// null when the file cannot be read or is not a document of this id.
export async function readSearchable(file: string, id: string): Promise<Searchable | null> {
  try {
    return searchableOf(JSON.parse(await readFile(file, 'utf8')), id)
  } catch {
    return null
  }
}
