// Texts a headline names by their authors: "G7 energy ministers pledge ...,
// communique says" is the G7 energy ministers' communique, and "a
// communique" cited in the lead is that one (GUIDE 4: one name per source,
// the fullest the article gives).

import type { Discourse } from './discourse.ts'
import type { Token } from './nlp.ts'
import { PERSON_ROLES } from './lexicon.ts'
import type { Sentence } from './sentences.ts'

// A bare text noun ("communique") in a headline whose subject is a group of
// people ("G7 energy ministers", "BRICS leaders"): "<subject>' <noun>".
export function headlineText(text: string, tokens: readonly Token[], s: Sentence, noun: string): string | null {
  if (!s.heading || !tokens[s.from]!.cap) return null
  // The subject runs to its first plural person noun ("ministers"); the tagger may read the verb after it as a noun.
  let v = s.from
  const role = (t: Token) => t.lower.endsWith('s') && PERSON_ROLES.has(t.lower.slice(0, -1))
  while (v < s.to && v - s.from < 6 && !role(tokens[v]!) && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[v]!.pos)) v++
  if (v >= s.to || !role(tokens[v]!) || tokens[v + 1]?.lower === 'of') return null
  v++
  return `${text.slice(tokens[s.from]!.start, tokens[v - 1]!.end)}' ${noun}`
}

// "according to a communique" after the article has named one: that one.
export function knownText(noun: string, discourse: Discourse): string | null {
  return discourse.textEndingIn(noun)?.name ?? null
}
