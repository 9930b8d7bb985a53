// Reporting words that name an act where they stand, not speech (GUIDE 2:
// "acts are not speech", bare events with no content): an index or a firm
// that "added 2.3 percent" or "added five companies to the program", a
// board that "concluded two days of meetings", a witness who "testified
// before the committee" with nothing of the testimony, "hoped for a cut", a court that "ruled that" (a decision).
// Reads the sentence in cue-sentence.ts.

import { phraseStartingAt } from './phrases.ts'
import { from, to, tokens, word } from './cue-sentence.ts'
import { bareResults } from './financial-measures.ts'
import { deniedGrant } from './deny-acts.ts'

const ADD = /^add(?:s|ed)?$/
const CONCLUDE = /^conclude[sd]?$/
const TESTIFY = /^testif(?:y|ies|ied)$/
const HOPE = /^hope[sd]?$/
const RULE = /^rule[sd]?$/
const RESPOND = /^respond(?:s|ed)?$/
const REPORT = /^report(?:s|ed)?$/
const MAINTAIN = /^maintain(?:s|ed)?$/
const TELL = /^(?:tell|tells|told)$/
const DECLARE = /^declare[sd]?$/
const ANSWER = /^(?:answer|answers|answered|reply|replies|replied)$/
const digits = (k: number) => /\d/.test(word(k))
// "with" within six tokens after k, before any punctuation.
function withAhead(k: number): boolean {
  for (let n = k; n < Math.min(to, k + 6); n++) {
    if (word(n) === 'with') return true
    if (tokens[n]!.pos === 'PUNCT') return false
  }
  return false
}
// Content of a report somewhere after k: "that", a colon or a quotation mark.
function contentAfter(k: number): boolean {
  for (let n = k; n < to; n++) if (/^(?:that|:|"|“|``|‘)$/.test(word(n))) return true
  return false
}
// Any quotation mark, or a "saying"/"by" that carries the words, in the sentence.
function spokenAround(): boolean {
  for (let n = from; n < to; n++) if (/^(?:"|“|”|``|''|‘|’|saying|by|with)$/.test(word(n))) return true
  return false
}
// "declared most settlements legal": a verdict on a thing, its adjective after the object.
function verdict(k: number): boolean {
  for (let n = k; n < Math.min(to - 1, k + 8); n++) {
    const t = tokens[n]!
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') return false
    if (t.pos === 'NOUN' && tokens[n + 1]!.pos === 'ADJ' && (n + 2 >= to || tokens[n + 2]!.pos === 'PUNCT')) return true
  }
  return false
}

// The noun phrase object at k and what follows it is no clause ("added the plan would ...").
function objectAt(k: number): { b: number } | null {
  const p = phraseStartingAt(tokens, k, to)
  if (!p || p.b < to && /^(?:VERB|AUX)$/.test(tokens[p.b]!.pos)) return null
  return p
}

export function actNotReport(i: number, w: string): boolean {
  const next = word(i + 1)
  // "The index added 0.4 percent", "NASA added smaller landers to the contract".
  if (ADD.test(w) && (digits(i + 1) || tokens[i + 1]?.pos === 'NUM' && i + 1 < to)) return true
  if (ADD.test(w) && !contentAfter(i + 1)) {
    const o = objectAt(i + 1)
    if (o && word(o.b) === 'to') return true
  }
  // "the bank concludes two days of meetings": finishing something, not a conclusion drawn.
  if (CONCLUDE.test(w) && i + 1 < to && /^(?:DET|NUM|PRON)$/.test(tokens[i + 1]!.pos) && next !== 'that' && objectAt(i + 1)) return true
  // "testified before the committee.": the testimony's content is not given.
  if (TESTIFY.test(w) && /^(?:before|at|in|on|to)$/.test(next) && !contentAfter(i + 1)) return true
  // "the cut he hoped for", "They hope for funding": a wish for a thing, no proposition.
  if (HOPE.test(w) && next === 'for') return true
  // "a judge ruled that ...": a court's decision is an act, not speech.
  if (RULE.test(w) && next === 'that') return true
  // "The ministry also responded on Thursday.", "he responded quickly": a reply whose words are not given.
  if (RESPOND.test(w) && !contentAfter(i + 1) && !spokenAround()) return true
  // "Vindman reported to him", "Staff reported to their posts": whom one answers to, or where one goes.
  if (REPORT.test(w) && next === 'to' && /^(?:PRON|DET)$/.test(tokens[i + 2]?.pos ?? '') && !contentAfter(i + 2) && word(i + 2) !== 'reporters') return true
  // ("Comcast reported second-quarter earnings before the bell": results announced, their figures not given.)
  if (REPORT.test(w) && bareResults(tokens.slice(i + 1, to).map((t) => t.lower))) return true
  // "which maintains 4,300 miles of mains", "has maintained a polling lead": keeping a thing, not a claim.
  if (MAINTAIN.test(w) && (next === 'a' || next === 'an' || digits(i + 1))) return true
  // "as easily as it tells the truth": telling the truth or lies in general, no words given.
  if (TELL.test(w) && (next === 'the' && word(i + 2) === 'truth' || next === 'lies')) return true
  if (DECLARE.test(w) && !contentAfter(i + 1) && verdict(i + 1)) return true
  // "Beijing answered EU probes with investigations of its own": a reply in deeds, its words not given.
  if (ANSWER.test(w) && !contentAfter(i + 1) && withAhead(i + 1) && !/^(?:,|"|”|'')$/.test(word(i - 1))) return true
  // ("denied access to the site": a refusal to grant, deny-acts.ts.)
  if (deniedGrant(i, w)) return true
  return false
}
