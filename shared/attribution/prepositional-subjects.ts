// A name after a preposition is no subject: "A doctor at a hospital in
// Surabaya said", "The mayor of Boston said", "NASA scientists using a
// telescope atop Mauna Kea have confirmed", "Erik Sebille, an oceanographer
// at the University of Sydney told". The speaker is the noun phrase the
// prepositions (and a participle's clause) hang from. Bounded: a few hops of
// at most one noun phrase each.

import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS, ORG_ROLES, PERSON_ROLES, TITLES } from './lexicon.ts'
import { isCap, phraseEndingAt, type Phrase } from './noun-phrases.ts'

// ("for" and "on" join words inside a body's name, "Office for ...": not here.)
const PREPOSITIONS = /^(?:in|at|atop|near|from|of|to|outside|inside|across|around|throughout|within)$/
const HOPS = 4
const ARTICLE = /^(?:a|an|the)$/

export function heldByPrepositions(tokens: readonly Token[], floor: number, phrase: Phrase): Phrase | null {
  if (!isCap(tokens[phrase.b - 1]!) || !isCap(tokens[phrase.a]!)) return null
  let p = phrase
  let hops = 0
  while (hops < HOPS) {
    const k = p.a - 1
    if (k - 1 < floor) break
    const t = tokens[k]!
    // ("scientists using a telescope atop ...": a participle's clause hangs from the noun before it too.)
    const participle = !t.cap && t.pos === 'VERB' && /ing$/.test(t.lower) && hops > 0
    if (!participle && !(PREPOSITIONS.test(t.text) && t.pos === 'ADP')) break
    // ("the head of Gazprom Alexei Miller said": a longer run after "of" may end in the speaker's own name.)
    if (hops === 0 && /^(?:of|to)$/.test(t.text) && phrase.b - phrase.a > 2) return null
    const held = phraseEndingAt(tokens, floor, k - 1)
    if (!held || tokens[held.b - 1]!.pos === 'PUNCT') return null
    p = held
    hops++
  }
  if (hops === 0) return null
  // "Police in Lower Bavaria": the whole phrase names the force (speakers.ts).
  if (tokens[p.b - 1]!.lower === 'police' && p.b === phrase.a - 1) return { a: p.a, b: phrase.b, descriptor: [] }
  // "Erik Sebille, an oceanographer at ... told": the held phrase is an appositive; the name before its comma speaks.
  if (ARTICLE.test(tokens[p.a]!.lower) && p.a - 2 >= floor && tokens[p.a - 1]!.lower === ',') {
    const name = phraseEndingAt(tokens, floor, p.a - 2)
    if (name && isCap(tokens[name.a]!) && isCap(tokens[name.b - 1]!)) return { ...name, descriptor: [] }
  }
  // The head must be a described someone, not a name ("Harvard of Boston") nor a clause's object.
  // ("data from China's customs agency showed": a text's source is documents.ts's.)
  const head = tokens[p.b - 1]!
  if (isCap(head) || head.pos !== 'NOUN' || DOCUMENT_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower.replace(/s$/, ''))) return null
  // (Only a noun speakers.ts reads as a speaker: "The team in Bangalore" would lose the cue.)
  return describable(head.lower) ? p : null
}

const describable = (w: string) => /\p{Ll}s$/u.test(w) || [ANONYMOUS_HEADS, PERSON_ROLES, ORG_ROLES, TITLES].some((set) => set.has(w) || set.has(`${w}s`))
