// Stances given by verbs that are not verbs of saying (GUIDE 2: a stance
// that carries content), each with the shape that makes it one:
// - a record kept of a count: "CPJ documented the killing of 39 journalists",
//   "the monitor counted at least 15 deaths" (a figure or a death after the
//   verb; "counted on his allies", "documented his travels" are acts);
// - credit given: "Rubio credited news organisations with not putting the
//   mission in jeopardy" ("with"/"for" after the object; a bank crediting an
//   account has no person or body's stance before it, stance-speaker.ts);
// - an estimate given as a figure: "the ministry put the death toll at 42",
//   "officials put it at about 300" ("put the book at the door" has no figure);
// - a position kept: "LSEG reaffirmed financial targets for the year", "the
//   bank reaffirms its outlook" (a view, a target or a pledge as the object;
//   "reaffirmed ties" names a relation);
// - a message of goodwill sent: "Xi extended festive greetings to ...",
//   "the president sent condolences" (the greeting is its content;
//   "extended the deadline", "sent the letters" name acts);
// - the progressive of a verb of saying whose -ing form the lexicon lacks,
//   with its "that": "had been signalling for weeks that recognition was
//   imminent" ("is signalling a turn" names no content).
// The speaker is the subject before the verb (stance-speaker.ts), never a thing.

import type { Cue } from './cue-types.ts'
import { from, inQuote, to, tokens, word } from './cue-sentence.ts'
import { BE, EVIDENTIAL, MANNER, NEEDS_PARTICLE, REPORTING } from './lexicon.ts'
import { stanceCue } from './stance-speaker.ts'
import { wordList } from './word-lists.ts'
import { hasVerbAt } from './verb-at.ts'
import { pastGap } from './subject-gaps.ts'

const RECORD = wordList('documented|documents|counted|counts|tallied|tallies')
// What a record counts: a figure, or deaths and harm named as such.
const COUNTED = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|killing|killings|deaths|death|cases|attacks|abuses|violations|arrests|incidents)$/
const CREDIT = wordList('credited|credits|credit')
const PUT = wordList('put|puts')
// What a figure after "at" may open with: "at 42", "at about 300", "at more than $3 billion".
const FIGURE = /^(?:\d[\d,.]*|\$[\d,.]+|[$€£¥]|about|around|some|nearly|almost|roughly|more|over|least|between|up|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands)$/
const REAFFIRM = wordList('reaffirmed|reaffirms|reaffirm|reiterated|reiterates')
const POSITION = /^(?:outlook|outlooks|forecast|forecasts|guidance|target|targets|goal|goals|commitment|commitments|support|position|stance|view|views|opposition|pledge|pledges|policy|estimate|estimates|projections|rating|ratings)$/
const EXTEND = wordList('extended|extends|extend|sent|sends|offered|offers')
const GOODWILL = /^(?:greetings|condolences|congratulations|wishes|sympathies|sympathy|thanks|gratitude|felicitations)$/
const ADVERB = /^(?:also|repeatedly|publicly|privately|openly|increasingly|now|still|already|long)$/
// ("credited news organizations that had learned in advance about the strike ... with": a long object.)
const CREDIT_SPAN = 32
const AUX = /^(?:had|has|have|will|would|could|may|might|must|should)$/

// The first of `pattern` within n tokens from k, before a closing stop; -1 when none.
function within(k: number, n: number, pattern: RegExp | { test(w: string): boolean }): number {
  for (let m = k; m < Math.min(to, k + n); m++) {
    if (pattern.test(word(m))) return m
    if (/^[.;:!?]$/.test(word(m))) return -1
  }
  return -1
}

// The base form of an -ing word the lexicon knows as a verb of saying: "signalling" → "signal".
function sayingBase(w: string): string | null {
  if (w.length < 6 || !w.endsWith('ing') || REPORTING.has(w)) return null
  const stem = w.slice(0, -3)
  const undoubled = stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''
  for (const base of [stem, `${stem}e`, undoubled]) if (base && REPORTING.has(base)) return base
  return null
}

// Whether tokens [a, b) are an object's words: articles, pronouns, adjectives, nouns, figures.
function objectWords(a: number, b: number): boolean {
  for (let n = a; n < b; n++) if (!/^(?:DET|PRON|ADJ|NOUN|PROPN|NUM)$/.test(tokens[n]!.pos) && word(n) !== 'of') return false
  return true
}

// Where the stance's words begin after verb k, or -1 when the verb is no stance here.
function stanceAt(k: number): number {
  const w = word(k)
  if (RECORD.test(w)) return tokens[k]!.pos === 'VERB' && word(k + 1) !== 'on' && within(k + 1, 5, COUNTED) > 0 ? k + 1 : -1
  if (CREDIT.test(w)) return tokens[k]!.pos === 'VERB' && word(k + 1) !== 'to' && within(k + 2, CREDIT_SPAN, /^(?:with|for)$/) > 0 ? k + 1 : -1
  if (PUT.test(w)) {
    // ("put the death toll at 42": an object of up to six words, then "at" and a figure.)
    const at = within(k + 1, 7, /^at$/)
    return at > k + 1 && FIGURE.test(word(at + 1)) && objectWords(k + 1, at) ? k + 1 : -1
  }
  if (REAFFIRM.test(w)) { const p = within(k + 1, 4, POSITION); return p > 0 && objectWords(k + 1, p) ? k + 1 : -1 }
  // ("extended festive greetings", "sent the greetings", "extends Spring Festival greetings".)
  if (EXTEND.test(w)) { const g = within(k + 1, 4, GOODWILL); return g > 0 && objectWords(k + 1, g) ? k + 1 : -1 }
  const base = sayingBase(w)
  if (!base) return -1
  // (In the progressive only: "had been signalling", "is now hinting"; a voice or a finding is no stance here.)
  const be = BE.has(word(k - 1)) || ADVERB.test(word(k - 1)) && BE.has(word(k - 2))
  if (!be || MANNER.has(base) || EVIDENTIAL.has(base) || NEEDS_PARTICLE.has(base) && !NEEDS_PARTICLE.get(base)!.has('that')) return -1
  const that = within(k + 1, 6, /^that$/)
  return that > 0 ? that + 1 : -1
}

// An "according to" after token k: "Russia and China reaffirmed their commitment ..., according to a joint
// statement" is the statement's account, and the stance is its content (GUIDE 4: the outermost cue).
function accordingAfter(cues: readonly Cue[], k: number): boolean {
  for (const c of cues) if (c.kind === 'according' && c.start > tokens[k]!.end) return true
  return false
}

export function recordVerbCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 2; k++) {
    const w = word(k)
    if (!RECORD.test(w) && !CREDIT.test(w) && !PUT.test(w) && !REAFFIRM.test(w) && !EXTEND.test(w) && !(w.endsWith('ing') && BE.has(word(k - 1)) || w.endsWith('ing') && BE.has(word(k - 2)))) continue
    // (Negated, infinitive, passive ("was documented", "were counted"), or already a cue.)
    if (inQuote(k) || /^(?:not|n't|never|to)$/.test(word(k - 1)) || hasVerbAt(cues, k) || accordingAfter(cues, k)) continue
    if (!w.endsWith('ing') && BE.has(word(k - 1))) continue
    const content = stanceAt(k)
    if (content < 0) continue
    // (The progressive's subject stands before its auxiliaries: "Abdullahi had been signalling".)
    let v = k
    if (w.endsWith('ing')) while (v - 1 > from && (BE.has(word(v - 1)) || AUX.test(word(v - 1)) || ADVERB.test(word(v - 1)))) v--
    // (Past an aside in commas: "Abdullahi, known locally as Cirro, had been signalling".)
    const gap = pastGap(v)
    const c = stanceCue(v, content, 1) ?? (gap < v ? stanceCue(gap, content, 1) : null)
    if (!c) continue
    c.verb = k
    cues.push(c)
  }
}
