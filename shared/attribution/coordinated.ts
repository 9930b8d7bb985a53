// "Both Roscosmos and NASA said", "Earl Hypolite and Naomi Zitt-James
// said": two named speakers joined by "and" are two sources; the first is
// the source (the other is another source of the sentence). A body whose
// own name has "and" in it ("Ministry of Trade and Industry", "Procter and
// Gamble") is one name: the first part must be a name the article has
// already used on its own.

import type { Discourse } from './discourse.ts'

const JOINED = /^(?:both\s+)?(\p{Lu}[^,]*?)\s+and\s+(\p{Lu}.*)$/u

export function firstConjunct(name: string, discourse: Discourse): string | null {
  const m = JOINED.exec(name)
  if (!m) return null
  const first = m[1]!
  return discourse.entity(first) || discourse.entity(discourse.canonical(first).name) ? first : null
}
