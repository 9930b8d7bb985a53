// The library's document summaries sent in columns (listLibrary): one array
// per field, a document at the same place in each, and its counts per source
// as pairs of numbers (a place in `sources`, a count). The same summaries as
// listDocuments, without repeating every field's name 10,000 times: half the
// bytes, and checked against the contract in a fraction of the time (an
// array of strings costs zod far less than as many objects).

import { z } from 'zod'
import { DocumentId, DocumentMeta } from '../model/document.ts'
import { SourceId } from '../model/source.ts'

const Count = z.number().int().nonnegative()
const optional = <T extends z.ZodType>(schema: T) => z.array(schema.nullable())
const { title, publisher, author, published, url, language } = DocumentMeta.shape

const Columns = z.object({
  ids: z.array(DocumentId),
  titles: z.array(title),
  publishers: optional(publisher.unwrap()),
  authors: optional(author.unwrap()),
  published: optional(published.unwrap()),
  urls: optional(url.unwrap()),
  languages: optional(language.unwrap()),
  added: z.array(z.iso.datetime()),
  annotationCounts: z.array(Count),
  claimCounts: z.array(Count),
  // Every source id named by some count, once.
  sources: z.array(SourceId),
  // Per document: [place in sources, count, place, count, ...].
  sourceCounts: z.array(z.array(Count)),
  viaCounts: z.array(z.array(Count)),
})
export type SummaryColumns = z.infer<typeof Columns>
export const SummaryColumns = Columns.refine((c) => sameLengths(c) && pairsFit(c), 'the library list came in columns that do not fit together')

// A summary as the contract has it (DocumentSummary), said here by shape so
// that this file need not import the contract, which imports it.
export interface Summary {
  id: string
  meta: DocumentMeta
  added: string
  annotationCount: number
  claimCount: number
  sourceCounts: Record<string, number>
  viaCounts: Record<string, number>
}

function sameLengths(c: SummaryColumns): boolean {
  const n = c.ids.length
  return [c.titles, c.publishers, c.authors, c.published, c.urls, c.languages, c.added, c.annotationCounts, c.claimCounts, c.sourceCounts, c.viaCounts]
    .every((column) => column.length === n)
}

function pairsFit(c: SummaryColumns): boolean {
  const fits = (pairs: number[]) => pairs.length % 2 === 0 && pairs.every((x, i) => i % 2 === 1 || x < c.sources.length)
  return c.sourceCounts.every(fits) && c.viaCounts.every(fits)
}

export function toColumns(summaries: readonly Summary[]): SummaryColumns {
  const places = new Map<string, number>()
  const sources: string[] = []
  const pairs = (counts: Record<string, number>): number[] => {
    const out: number[] = []
    for (const [id, n] of Object.entries(counts)) {
      let place = places.get(id)
      if (place === undefined) places.set(id, place = sources.push(id) - 1)
      out.push(place, n)
    }
    return out
  }
  return {
    ids: summaries.map((s) => s.id),
    titles: summaries.map((s) => s.meta.title),
    publishers: summaries.map((s) => s.meta.publisher ?? null),
    authors: summaries.map((s) => s.meta.author ?? null),
    published: summaries.map((s) => s.meta.published ?? null),
    urls: summaries.map((s) => s.meta.url ?? null),
    languages: summaries.map((s) => s.meta.language ?? null),
    added: summaries.map((s) => s.added),
    annotationCounts: summaries.map((s) => s.annotationCount),
    claimCounts: summaries.map((s) => s.claimCount),
    sources,
    sourceCounts: summaries.map((s) => pairs(s.sourceCounts)),
    viaCounts: summaries.map((s) => pairs(s.viaCounts)),
  }
}

export function fromColumns(c: SummaryColumns): Summary[] {
  // Source ids are checked ids (no "__proto__"), so a plain object is safe.
  const counts = (pairs: number[]): Record<string, number> => {
    const out: Record<string, number> = {}
    for (let i = 0; i < pairs.length; i += 2) out[c.sources[pairs[i]!]!] = pairs[i + 1]!
    return out
  }
  return c.ids.map((id, i) => {
    const meta: DocumentMeta = { title: c.titles[i]! }
    const fields = { publisher: c.publishers, author: c.authors, published: c.published, url: c.urls, language: c.languages }
    for (const [key, column] of Object.entries(fields) as [keyof typeof fields, (string | null)[]][]) {
      const value = column[i]
      if (value !== null && value !== undefined) meta[key] = value
    }
    return {
      id, meta, added: c.added[i]!, annotationCount: c.annotationCounts[i]!, claimCount: c.claimCounts[i]!,
      sourceCounts: counts(c.sourceCounts[i]!), viaCounts: counts(c.viaCounts[i]!),
    }
  })
}
