// Speakers a reporting verb's usual subject walk misses: after an inverted
// verb ("..., said Fed Vice Chair Lael Brainard"), where the tagger or a short
// setting hides it, and a text before a relative "that" ("a ruling that
// said"). Reads the sentence in cue-sentence.ts; called from verb-cues.ts.

import type { Phrase } from './phrases.ts'
import { isCap, phraseEndingAt, phraseStartingAt } from './phrases.ts'
import { DOCUMENT_NOUNS } from './lexicon.ts'
import { from, speakerOf, to, tokens, word } from './cue-sentence.ts'

// The noun phrase from k: "said Don Marshall", "said Fed Vice Chair ...": a
// capitalised first word the tagger read as a verb, before a name, opens the name.
export function invertedPhrase(k: number): Phrase | null {
  const t = tokens[k]
  if (t && t.pos === 'VERB' && t.cap && k + 1 < to && tokens[k + 1]!.cap && tokens[k + 1]!.pos === 'PROPN') {
    const rest = phraseStartingAt(tokens, k + 1, to)
    if (rest) return { a: k, b: rest.b, descriptor: rest.descriptor }
  }
  // ("..., said someone at the meeting": the pronoun that no noun phrase starts with.)
  if (t && /^some(?:one|body)$/.test(t.lower)) return { a: k, b: k + 1, descriptor: [] }
  // ("..., said one of the sources": the group the one belongs to, as "one of the sources said" is read.)
  if (t && PART_OF.test(t.lower) && word(k + 1) === 'of' && /^(?:the|those|these|his|her|their)$/.test(word(k + 2))) {
    const group = phraseStartingAt(tokens, k + 2, to)
    if (group) return group
  }
  return phraseStartingAt(tokens, k, to)
}

const SETTING = /^(?:in|at|on|with|for|from|during)$/
const PART_OF = /^(?:one|two|three|four|another|some|several|many|most|each|both|all)$/

// The comma that opens an appositive name after the phrase ending at b: right
// there, or after a short setting ("another witness in the inquiry, former
// adviser Fiona Hill"); -1 when none.
export function commaAfter(b: number): number {
  if (word(b) === ',') return b
  if (!SETTING.test(word(b))) return -1
  for (let k = b + 1; k < Math.min(to, b + 6); k++) {
    if (word(k) === ',') return k
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return -1
  }
  return -1
}

// The capitalised name in apposition after the describer ending at b, when it names a speaker.
export function appositiveName(b: number): Phrase | null {
  const comma = commaAfter(b)
  const named = comma > 0 ? phraseStartingAt(tokens, comma + 1, to) : null
  return named && isCap(tokens[named.b - 1]!) && speakerOf(named) ? named : null
}

// "appealing a ruling that said ...", "radar data from Malaysia that suggested ...": a
// relative "that"/"which" right before the verb v, after a text, makes the text its
// subject (the phrase of its issuer after "from"/"by"/"of", which verb-cues.ts reads).
// (A plan or a deal "that calls for" cuts sets terms; it reports nothing.)
const TERMS = /^(?:plan|agreement|treaty|order|draft|decree|resolution|tool|tracker|gauge|index)$/
const reportingText = (w: string) => DOCUMENT_NOUNS.has(w) && !TERMS.test(w)

export function textBeforeThat(v: number): Phrase | null {
  if (v - 2 < from || !/^(?:that|which)$/.test(word(v - 1))) return null
  const p = phraseEndingAt(tokens, from, v - 2)
  if (!p) return null
  if (reportingText(word(p.b - 1))) return p
  return /^(?:by|from|of)$/.test(word(p.a - 1)) && reportingText(word(p.a - 2)) ? p : null
}
