// Texts as sources in a cue: which nouns name a text, what "citing" may name,
// where a text's issuer stands after it ("a survey by X", "released on
// Thursday by X") and the issuer-owned name it gets ("data from FactSet" is
// "FactSet data"). Split from cues.ts; reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { isCap } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { ANONYMOUS_HEADS, CALENDAR, DEMONYM_OF, DOCUMENT_NOUNS, PERSON_ROLES, RELEASED } from './lexicon.ts'
import { speakerOf, text, tokens, word } from './cue-sentence.ts'

export const isTextNoun = (w: string) => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w.replace(/s$/, ''))
export const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/
export const AUTHORED = /^(?:compiled|gathered|collected|calculated|conducted|commissioned)$/
export const SEEN = /^(?:seen|obtained|reviewed)$/

const isSourceNoun = (w: string) => ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(`${w}s`) || PERSON_ROLES.has(w)
// What "citing" can name as a source: a name, a role, an unnamed person or
// group ("citing officials"), a text with an issuer or an article ("citing a
// report", "citing data from FactSet"); not a reason ("citing slower orders").
const CITED_TEXTS = new Set(['data', 'figures', 'documents', 'filings', 'statistics', 'estimates', 'records', 'sources'])
export function citable(speaker: Speaker, p: Phrase): boolean {
  if (speaker.type === 'anonymous') return speaker.head === undefined || isSourceNoun(speaker.head)
  if (speaker.type !== 'document') return true
  const last = tokens[p.b - 1]!.lower
  return speaker.owner !== null || /^(?:a|an|the|its|his|her|their)$/.test(word(p.a)) || CITED_TEXTS.has(last)
}

// A text named with its issuer (GUIDE 7, the seed's "Russia-China joint
// statement"): "data from FactSet" is "FactSet data"; a country's
// possessive before the issuer is not part of the text's name.
export function ownedDocument(owner: Phrase, noun: string): Speaker | null {
  let from = owner.a
  let kept = false
  // (Only a place's: "Alzheimer's Disease International" keeps its "'s".)
  for (let k = owner.a; k < owner.b - 1; k++) {
    if (!/^(?:'s|’s)$/.test(word(k))) continue
    if (k === owner.a + 1 && DEMONYM_OF.has(word(owner.a)) || !isCap(tokens[k + 1]!)) from = k + 1
    else if (k > from) kept = true
  }
  let s = speakerOf({ a: from, b: owner.b, descriptor: [] })
  // ("data from Nigeria's statistics bureau": an issuer described in lower case keeps its country.)
  if (!s && from > owner.a && tokens[owner.b - 1]!.pos === 'NOUN') {
    return { type: 'document', name: `${text.slice(tokens[owner.a]!.start, tokens[owner.b - 1]!.end)} ${noun.toLowerCase()}`, owner: null }
  }
  if (kept && s?.type === 'name' && !/['’]s\b/.test(s.name)) s = { ...s, name: text.slice(tokens[from]!.start, tokens[owner.b - 1]!.end) }
  // ("a survey of shippers found": those surveyed are no issuer; the text speaks.)
  if (s?.type === 'anonymous') return { type: 'document', name: noun.toLowerCase(), owner: null }
  if (s?.type !== 'name') return s
  const name = new RegExp(`\\b${noun.replace(/s$/, '')}s?$`, 'i').test(s.name) ? s.name : `${s.name} ${noun.toLowerCase()}`
  return { type: 'document', name, owner: null }
}

// Where a text's issuer starts after it: "by X", "released by X", "published on Thursday by X"; -1 when none.
export function issuerAt(k: number): number {
  // ("an article contributed by X", "a letter written by X": the text's author.)
  if (RELEASED.has(word(k)) || /^(?:contributed|written|authored)$/.test(word(k))) k++
  if (word(k) === 'on' && CALENDAR_WORD.test(word(k + 1)) || word(k) === 'in' && CALENDAR.has(word(k + 1))) k += 2
  return /^(?:by|from|of)$/.test(word(k)) ? k + 1 : -1
}
