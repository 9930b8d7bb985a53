// What an unnamed group knows runs on to the clause's end (label
// conventions, sessions 18/19: a phrase telling who the group are or what
// they know stays in the name): "people familiar with classified
// intelligence | circulating within the government", "people familiar with
// communications | between the administration and news organizations".
// Only a describing preposition or an -ing participle bound to one carries
// the name on; a time ("on Tuesday"), a verb or a punctuation mark ends it.

import type { Token } from './nlp.ts'

// Prepositions that tell what a thing is or where it belongs, not when or how it was reached.
const DESCRIBING = /^(?:between|within|among|amongst|inside|across|about|regarding|concerning|of|in|from|behind)$/
// ("between X and Y": the one preposition whose phrase needs its second party.)
const PAIRING = 'between'
const TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|time|week|weeks|month|months|year|years|day|days|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|\d[\d:,.]*)$/
// A few links at most: the name is a phrase, and the walk stays bounded.
const MAX_LINKS = 3

type PhraseEnd = (tokens: readonly Token[], i: number, ceil: number) => number | null

// The end of the description that runs on from `b` (exclusive), or `b` itself.
export function describedRun(tokens: readonly Token[], b: number, ceil: number, phraseEnd: PhraseEnd): number {
  let end = b
  for (let links = 0; links < MAX_LINKS && end < ceil; links++) {
    let k = end
    // ("circulating within": a present participle bound to a describing preposition.)
    if (participle(tokens[k]!) && k + 1 < ceil && DESCRIBING.test(tokens[k + 1]!.lower)) k++
    if (!DESCRIBING.test(tokens[k]!.lower)) break
    // ("in an interview", "in a statement": an indefinite "in" is an occasion, not where the thing is.)
    if (tokens[k]!.lower === 'in' && /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')) break
    const next = phraseAt(tokens, k + 1, ceil, phraseEnd)
    if (next === null) break
    let stop = next
    if (tokens[k]!.lower === PAIRING) {
      if (stop >= ceil || tokens[stop]!.lower !== 'and') break
      const second = phraseAt(tokens, stop + 1, ceil, phraseEnd)
      if (second === null) break
      stop = second
    }
    end = stop
  }
  return end
}

// A lower-case word in -ing the tagger took for a verb or a noun ("circulating").
const participle = (t: Token) => !t.cap && /^\p{Ll}{3,}ing$/u.test(t.text) && (t.pos === 'VERB' || t.pos === 'NOUN')

// A noun phrase that is no time: its words up to the head carry no calendar word.
function phraseAt(tokens: readonly Token[], i: number, ceil: number, phraseEnd: PhraseEnd): number | null {
  const end = i < ceil ? phraseEnd(tokens, i, ceil) : null
  if (end === null || end <= i) return null
  for (let k = i; k < end; k++) if (TIME.test(tokens[k]!.lower)) return null
  return end
}
