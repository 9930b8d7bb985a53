// The mentions one article's mention graph is built from (mention-graph.ts):
// the names the engine recognised in every sentence, the finished
// suggestions' sources and relays, and, for a surname that is a source
// alone, the names the text writes ending in it ("His Honour Judge Neil
// Ford QC" for "Ford", though no name run caught it).

import { surnameForms } from './fullest-names.ts'
import type { Mentions } from './mention-graph.ts'

interface Sourced { source: string; sourceKind: string; via: string | null }
interface Mentioned { name: string; kind: string }

// Surnames alone whose forms are looked for in the text (each read at most 200 times).
const MAX_SURNAMES = 64
const MARK = /\s*\((?:anonymous|unnamed)\).*$/

export function articleMentions(out: readonly Sourced[], mentioned: readonly Mentioned[], text: string, acronyms: ReadonlyMap<string, string>): Mentions {
  const surnames = new Set<string>()
  for (const s of out) if ((s.sourceKind === 'person' || s.sourceKind === 'organisation') && !s.source.includes(' ') && surnames.size < MAX_SURNAMES) surnames.add(s.source)
  return {
    people: [...out.filter((s) => s.sourceKind === 'person').map((s) => s.source), ...mentioned.filter((n) => n.kind === 'person').map((n) => n.name), ...[...surnames].flatMap((n) => surnameForms(n, text))],
    bodies: [...out.map((s) => s.source.replace(MARK, '')), ...out.flatMap((s) => (s.via ? [s.via] : [])), ...mentioned.map((n) => n.name)],
    acronyms,
  }
}
