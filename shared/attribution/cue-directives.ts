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
import { phraseStartingAt } from './phrases.ts'
import { stanceCue } from './stance-speaker.ts'
import { hasVerbAt } from './verb-at.ts'

const DIRECTS = /^(?:directed|directs|direct|instructed|instructs|instruct|ordered|orders|asked|asks|requested|requests)$/
const PASSIVE = /^(?:is|was|are|were|be|been|being|get|got)$/
const PERSONS = /^(?:him|her|them|me|us|you)$/
const JUDGES = /\b(?:court|judge|justice|tribunal|bench|magistrate)\b/i

export function directiveCues(cues: Cue[]): void {
  for (let k = from + 1; k + 3 < to; k++) {
    if (!DIRECTS.test(word(k)) || inQuote(k) || PASSIVE.test(word(k - 1)) || hasVerbAt(cues, k)) continue
    // ("The officer asked him to empty his pockets": a request to someone in the scene, not what is to be done.)
    if (PERSONS.test(word(k + 1))) continue
    const object = phraseStartingAt(tokens, k + 1, to)
    if (!object || object.b - object.a > 8 || word(object.b) !== 'to' || object.b + 2 >= to) continue
    // ("to swiftly apprehend": an adverb may stand before the verb.)
    const verb = tokens[object.b + 1]!.pos === 'ADV' ? object.b + 2 : object.b + 1
    if (tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') continue
    const c = stanceCue(k, k + 1, 1)
    // (A court's or a judge's order is a ruling, an act: labellers leave "the high court directed the police to ...".)
    if (c && !JUDGES.test(text.slice(c.start, c.end))) cues.push(c)
  }
}
