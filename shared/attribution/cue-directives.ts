// "The Chief Adviser has directed authorities to swiftly apprehend ...",
// "Trump instructed him to prioritize ...", "Japan asked China to delete the
// material": a person or a body telling someone to do something says what is
// to be done (GUIDE 2: speech that carries content; labellers of the read sets
// attribute 11 of 12 such sentences). Only with an object and a "to" clause
// after it: "Barr ordered investigations" is an act, "was ordered to" a
// passive, a court's order a ruling, and a text's own directives are
// document-directives.ts's.

import type { Cue } from './cue-types.ts'
import { from, inQuote, text, to, tokens, word } from './cue-sentence.ts'
import { stanceCue } from './stance-speaker.ts'
import { hasVerbAt } from './verb-at.ts'

const DIRECTS = /^(?:directed|directs|direct|instructed|instructs|instruct|ordered|orders|asked|asks|requested|requests|encouraged|encourages|advised|advises)$/
// How far the object may run before its "to".
const OBJECT = 9
const PASSIVE = /^(?:is|was|are|were|be|been|being|get|got)$/
const PERSONS = /^(?:him|her|them|me|us|you)$/
const JUDGES = /\b(?:court|judge|justice|tribunal|bench|magistrate)\b/i

export function directiveCues(cues: Cue[]): void {
  for (let k = from + 1; k + 3 < to; k++) {
    if (!DIRECTS.test(word(k)) || inQuote(k) || PASSIVE.test(word(k - 1)) || hasVerbAt(cues, k)) continue
    // ("The officer asked him to empty his pockets": a request to someone in the scene, not what is to be done.)
    if (PERSONS.test(word(k + 1))) continue
    // The object, then "to" and a verb: "the top 100 listed firms to clarify", "members, students, and families to report".
    const toAt = infinitiveAfter(k + 1)
    if (toAt < 0) continue
    const c = stanceCue(k, k + 1, 1)
    // (A court's or a judge's order is a ruling, an act: labellers leave "the high court directed the police to ...".)
    if (c && !JUDGES.test(text.slice(c.start, c.end))) cues.push(c)
  }
}

// The "to" of an infinitive within OBJECT words after `a` with a noun before it, or -1: an object of nouns,
// adjectives, numbers, participles and commas ("the top 100 listed firms"), "to", an adverb maybe, then a verb.
function infinitiveAfter(a: number): number {
  let noun = false
  for (let n = a; n < Math.min(to - 1, a + OBJECT); n++) {
    const t = tokens[n]!
    if (t.lower === 'to') {
      const verb = tokens[n + 1]!.pos === 'ADV' && n + 2 < to ? n + 2 : n + 1
      return noun && (tokens[verb]!.pos === 'VERB' || tokens[verb]!.pos === 'AUX') ? n : -1
    }
    if (/^(?:NOUN|PROPN|PRON)$/.test(t.pos)) noun = true
    else if (!(/^(?:DET|ADJ|NUM|CCONJ)$/.test(t.pos) || t.text === ',' || t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower))) return -1
  }
  return -1
}
