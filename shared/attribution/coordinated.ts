// "Both Roscosmos and NASA said", "Earl Hypolite and Naomi Zitt-James
// said": two named speakers joined by "and" are two sources; the first is
// the source (the other is another source of the sentence). A body whose
// own name has "and" in it ("Ministry of Trade and Industry", "Procter and
// Gamble") is one name: the first part must be a name the article has
// already used on its own, or a body's whole name ("The United Nations
// and European Union stressed": words that end in a body's word with no
// "of" to carry the "and" into the name).

import type { Discourse } from './discourse.ts'
import { PUBLIC_BODY, STATE_BODY } from './org-forms.ts'

const JOINED = /^(?:both\s+)?(\p{Lu}[^,]*?)\s+and\s+(?:the\s+)?(\p{Lu}.*)$/u
// Two or more capitalised words and nothing else: "United Nations", "European Central Bank".
const WHOLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u
const BODY_END = new RegExp(`(?:${STATE_BODY.source}|${PUBLIC_BODY.source}|\\b(?:League|Bank|Fund|Organization|Organisation|Alliance))$`)

export function firstConjunct(name: string, discourse: Discourse): string | null {
  const m = JOINED.exec(name)
  if (!m) return null
  const first = m[1]!
  if (WHOLE.test(first) && BODY_END.test(first)) return first
  return discourse.entity(first) || discourse.entity(discourse.canonical(first).name) ? first : null
}
