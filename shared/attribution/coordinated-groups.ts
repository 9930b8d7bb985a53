// "Pilots and aviation experts said", "U.S. law enforcement and security
// officials said": two unnamed groups joined by "and" speak as one, named
// with both (GUIDE 4's descriptive name), not by the last noun alone. Named
// first conjuncts ("Holcomb and GOP leaders") are coordinated.ts's.

import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS, DEMONYMS, DOCUMENT_NOUNS, PERSON_ROLES } from './lexicon.ts'
import { phraseEndingAt, type Phrase } from './noun-phrases.ts'
import { OPENING_DESCRIBERS, opensSentence } from './anonymous-phrase.ts'
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
  const a = joinedModifiers(tokens, floor, phrase)
  if (a < phrase.a) return { a, b: phrase.b, descriptor: [] }
  if (!plainNoun(tokens, phrase.b - 1) || !/\p{Ll}s$/u.test(head.text) || phrase.a - 2 < floor || tokens[phrase.a - 1]!.lower !== 'and') return null
  // ("the pilots and the experts": two groups a determiner sets apart stay apart.)
  if (tokens[phrase.a]!.pos === 'DET') return null
  const first = phraseEndingAt(tokens, floor, phrase.a - 2)
  // ("the UN nuclear watchdog and U.S. officials": a body a determiner names is a source of its own.)
  if (!first || !plainNoun(tokens, first.b - 1) || tokens[first.a]!.pos === 'DET') return null
  if (first.a > floor && !OPENS.test(tokens[first.a - 1]!.lower)) return null
  return { a: first.a, b: phrase.b, descriptor: [] }
}

// "current and former officials", "U.S. and foreign officials": describing
// words joined by "and" or "or" describe one group, named with all of them
// (read12: "current and former administration officials" was "administration officials").
// A describing word: an adjective, a people ("Western", "Arab") or initials ("U.S.").
// (Opening a sentence the tagger reads a capital as a name: "Current and former officials said"; only words
// that describe sources are taken there.)
const describing = (t: Token | undefined, tokens?: readonly Token[], k = 0) => t !== undefined && (t.pos === 'ADJ' || DEMONYMS.has(t.lower) ||
  /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text) || tokens !== undefined && opensSentence(tokens, k) && OPENING_DESCRIBERS.test(t.lower))
const LINK = /^(?:and|or)$/
const groupHead = (t: Token) => !t.cap && /s$/.test(t.lower) && (ANONYMOUS_HEADS.has(t.lower) || PERSON_ROLES.has(t.lower.slice(0, -1)))

// Where the group phrase ending in `phrase` starts once the joined describing words before it are taken in.
function joinedModifiers(tokens: readonly Token[], floor: number, phrase: Phrase): number {
  if (!groupHead(tokens[phrase.b - 1]!) || !describing(tokens[phrase.a])) return phrase.a
  let a = phrase.a
  while (a - 2 >= floor && LINK.test(tokens[a - 1]!.lower) && describing(tokens[a - 2], tokens, a - 2)) {
    a -= 2
    while (a - 1 >= floor && describing(tokens[a - 1]) && phrase.a - a < 8) a--
  }
  return a
}

// Whether the "and" (or "or") at token k, inside a phrase read forward, joins
// two parts of one unnamed group: describing words ("citing current and former
// officials") or two groups' nouns ("citing lawmakers and aides"), the group's
// plural head ahead within a few words and no determiner after the link.
export function joinsGroup(tokens: readonly Token[], k: number, ceil: number): boolean {
  const before = tokens[k - 1]!
  if (!describing(before) && !groupHead(before)) return false
  for (let n = k + 1; n < Math.min(ceil, k + 6); n++) {
    const t = tokens[n]!
    if (groupHead(t)) return true
    if (!describing(t) && !(t.pos === 'NOUN' && !t.cap)) return false
  }
  return false
}
