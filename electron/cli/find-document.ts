// DOC on the command line: a document id, or a prefix of exactly one title
// (case-insensitive).

import type { DocumentSummary } from '../../shared/api/contract.ts'

export class NotFound extends Error {}

export function findDocument(documents: readonly DocumentSummary[], query: string): DocumentSummary {
  const byId = documents.find((d) => d.id === query)
  if (byId) return byId
  const wanted = query.trim().toLowerCase()
  const matches = wanted ? documents.filter((d) => d.meta.title.toLowerCase().startsWith(wanted)) : []
  if (matches.length === 1) return matches[0]!
  if (matches.length === 0) throw new NotFound(`no document has the id or a title starting with ${JSON.stringify(query)} (sourcemark list shows them)`)
  throw new NotFound(`${JSON.stringify(query)} starts ${matches.length} titles: ${matches.map((d) => `${d.id} (${d.meta.title})`).join(', ')}; give more of the title or the id`)
}
