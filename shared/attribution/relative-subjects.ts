// A subject with a relative clause between it and its reporting verb: "The
// group that represents 155,000 realtors across the country said ...", "The
// mother of a woman who took the pills has described ...". The phrase right
// before the verb ("the country") is inside the clause; the speaker is the
// noun phrase opening the sentence, before "that" or "who", or opening the
// cue that closes the sentence after its content: "..., a military expert
// who asked for anonymity told the paper".

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './phrases.ts'

// How far a relative clause may run before the verb, in tokens.
const CLAUSE = 24

export function relativeSubject(tokens: readonly Token[], from: number, v: number): Phrase | null {
  return relativeAt(tokens, from, v) ?? relativeAt(tokens, afterComma(tokens, from, v), v)
}

// The token after the last comma before v (and the quotation mark it may close), where a closing cue opens; -1 when none is near.
function afterComma(tokens: readonly Token[], from: number, v: number): number {
  for (let k = v - 1; k > from && v - k <= CLAUSE + 6; k--) {
    if (tokens[k]!.lower === ',') return k + 1
    if (/^(?:"|”|'')$/.test(tokens[k]!.lower) && /^[,?!]$/.test(tokens[k - 1]!.lower)) return k + 1
  }
  return -1
}

function relativeAt(tokens: readonly Token[], from: number, v: number): Phrase | null {
  if (from < 0) return null
  let p = phraseStartingAt(tokens, from, v)
  if (!p || tokens[p.a]!.pos !== 'DET') return null
  // ("The mother of a woman who ...": one "of" phrase may describe the head.)
  let k = p.b
  if (tokens[k]?.lower === 'of') {
    const of = phraseStartingAt(tokens, k + 1, v)
    if (!of) return null
    k = of.b
  }
  if (!/^(?:that|who)$/.test(tokens[k]?.lower ?? '') || v - k > CLAUSE || v - k < 3) return null
  // The clause has its own verb and no comma, quotation or second clause before the reporting verb.
  let verb = false
  for (let n = k + 1; n < v; n++) {
    const t = tokens[n]!
    if (t.pos === 'PUNCT' && t.lower !== '-' || /^(?:that|who|which|and|but)$/.test(t.lower)) return null
    // ("who lives on Elm Street": a word in -s right after "who" is its verb, whatever the tagger read.)
    if (t.pos === 'VERB' || t.pos === 'AUX' || n === k + 1 && /\p{Ll}s$/u.test(t.text)) verb = true
  }
  if (!verb) return null
  p = { a: p.a, b: p.b, descriptor: [] }
  return p
}
