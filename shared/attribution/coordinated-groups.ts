// "Pilots and aviation experts said", "U.S. law enforcement and security
// officials said": two unnamed groups joined by "and" speak as one, named
// with both (GUIDE 4's descriptive name), not by the last noun alone. Named
// first conjuncts ("Holcomb and GOP leaders") are coordinated.ts's.

import type { Token } from './nlp.ts'
import { DOCUMENT_NOUNS } from './lexicon.ts'
import { phraseEndingAt, type Phrase } from './noun-phrases.ts'
import { opensSentence } from './anonymous-phrase.ts'
import { knownOutlet } from './outlets.ts'

// Where a subject may open: the sentence's start, a comma or dash, or a clause's conjunction.
const OPENS = /^(?:[,;:—–(]|and|but|while|as|when|because|although|though|that|so)$/

// ("Pilots and aviation experts said": a plural of people capitalised only as the sentence opens, which
// the tagger may read as a name, is a common noun.)
const PEOPLE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ents|ants|ians|ots|ics|sses)$/u
const plainNoun = (tokens: readonly Token[], k: number) => {
  const t = tokens[k]!
  const opening = t.cap && opensSentence(tokens, k) && (t.pos === 'NOUN' || PEOPLE.test(t.text) && !knownOutlet(t.text))
  return (!t.cap && t.pos === 'NOUN' || opening) && !DOCUMENT_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower.replace(/s$/, ''))
}

export function joinedGroup(tokens: readonly Token[], floor: number, phrase: Phrase): Phrase | null {
  const head = tokens[phrase.b - 1]!
  if (!plainNoun(tokens, phrase.b - 1) || !/\p{Ll}s$/u.test(head.text) || phrase.a - 2 < floor || tokens[phrase.a - 1]!.lower !== 'and') return null
  // ("the pilots and the experts": two groups a determiner sets apart stay apart.)
  if (tokens[phrase.a]!.pos === 'DET') return null
  const first = phraseEndingAt(tokens, floor, phrase.a - 2)
  // ("the UN nuclear watchdog and U.S. officials": a body a determiner names is a source of its own.)
  if (!first || !plainNoun(tokens, first.b - 1) || tokens[first.a]!.pos === 'DET') return null
  if (first.a > floor && !OPENS.test(tokens[first.a - 1]!.lower)) return null
  return { a: first.a, b: phrase.b, descriptor: [] }
}
