// "Fiat is to stop making engines ..., unions at the Italian carmaker have
// said", "Nissan Motor is considering ..., citing sources close to the
// company": an unnamed source placed at a company by its role noun is placed
// at the company the sentence names (GUIDE 4: role nouns resolved; the label
// conventions' "sources close to Nissan"). Only a company named before the
// cue, as the subject the sentence opens with; otherwise the name stays as written.

import type { Named } from './name-runs.ts'
import type { SourceKind } from './kinds.ts'
import { isPlace } from './entity-picks.ts'
import { knownOutlet } from './outlets.ts'

const AT_FIRM = /\b(at|of|close to|from|inside|within) the (?:\p{Lu}\p{Ll}+ )?(company|carmaker|automaker|firm|chipmaker|drugmaker|airline|lender|insurer|retailer|manufacturer|conglomerate)\b/u

// `before`: the words of the sentence before the cue; `names`: the names the sentence gives, in order.
export function firmInName(name: string, before: string, names: readonly Named[], canonical: (n: string) => { name: string; kind: SourceKind }): string {
  const m = AT_FIRM.exec(name)
  if (!m) return name
  for (const n of names) {
    // (The company the sentence opens with, its subject: "Fiat is to stop"; not "The Arese plant".)
    if (!before.trimStart().startsWith(n.name)) continue
    const c = canonical(n.name)
    // (One unknown word, "Fiat", as written: the resolver may take it for a person's short name.)
    const firm = c.kind === 'organisation' ? c.name : !/\s/.test(n.name) && c.kind === 'person' ? n.name : null
    if (!firm || isPlace(firm) || knownOutlet(firm)) continue
    return `${name.slice(0, m.index)}${m[1]} ${firm}${name.slice(m.index + m[0].length)}`
  }
  return name
}
