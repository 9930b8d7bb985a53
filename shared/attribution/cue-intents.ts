// A party's wish or expectation with what it is for (GUIDE 2: stance that
// carries content): "The US wants the UK to extradite Assange", "Egypt wants
// to settle the debt", "Beijing also wants Trump to eliminate the tariffs",
// "Microsoft expects to release 16 million tons". The wish is the party's,
// not the writer's. Left alone: the passive plan ("is expected to meet"),
// the negated wish ("does not want to"), a wish to speak or learn ("wants to say", "wants to know"), a wish inside a quotation (the
// quotation has its own speaker), and a wish a clause reports ("what
// Tillerson wants to achieve"): the party must open the sentence or clause.

import type { Cue } from './cue-types.ts'
import { REPORTING } from './lexicon.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { subjectBefore } from './subjects.ts'
import { sharedSubject } from './shared-subjects.ts'
import { phraseStartingAt, type Phrase } from './noun-phrases.ts'
import type { Speaker } from './speakers.ts'
import { hasVerbAt } from './verb-at.ts'

const WANTS = /^(?:wants|want|wanted|expects|expect)$/
// Before the verb: a passive, a negation, a modal or an infinitive makes it no stance of the subject's.
const NOT_STANCE = /^(?:is|are|was|were|be|been|being|not|n't|never|no|to|would|could|might|may|will|do|does|did)$/
// What may stand before the party when it opens a clause.
const OPENER = /^(?:,|but|and|yet|so|now|however|—|–|-|:|;)$/
const LEARN = /^(?:know|learn|hear|find|understand|talk|speak|discuss)$/
// At most this many words of the one asked to act ("wants the UK to").
const OBJECT_WORDS = 5

// (A party: "Most young nurses want to live in cities" says what a group is like, in the writer's words.)
const holds = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'office' ||
  s.type === 'role' && s.group !== 'document' || s.type === 'pronoun' && /^(?:he|she|they)$/.test(s.word))

// The "to" of the wanted act after k (its verb after it), or -1.
function toAct(k: number, expects: boolean): number {
  const last = Math.min(to - 2, k + 1 + (expects ? 0 : OBJECT_WORDS))
  for (let n = k + 1; n <= last; n++) {
    const t = tokens[n]!
    // ("wants to say the fund is too small", "wants to know whether": the words are still to come.)
    if (t.lower === 'to') return (tokens[n + 1]!.pos === 'VERB' || tokens[n + 1]!.pos === 'AUX') && !REPORTING.has(tokens[n + 1]!.lower) && !LEARN.test(tokens[n + 1]!.lower) ? n : -1
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ') return -1
  }
  return -1
}

export function intentCues(cues: Cue[]): void {
  // (Only where nothing else speaks: "Nix wanted to ..., the Journal reported" is the Journal's; and
  // not in a headline, which has its own credit: "Russia expects to ... — ambassador".)
  if (cues.length || !/^[.!?"”'’]$/.test(word(to - 1))) return
  for (let k = from + 1; k < to - 2; k++) {
    const w = word(k)
    if (!WANTS.test(w) || tokens[k]!.pos !== 'VERB' || inQuote(k) || NOT_STANCE.test(word(k - 1)) || hasVerbAt(cues, k)) continue
    const act = toAct(k, w.startsWith('expect'))
    if (act < 0) continue
    // ("Beijing is balking at ... and wants to let": the party of the first verb.)
    const subject = word(k - 1) === 'and' ? sharedSubject(tokens, from, k - 1) ?? openingParty(k - 1) : subjectBefore(tokens, from, k, inQuote)
    if (!subject || subject.a > from && !OPENER.test(word(subject.a - 1))) continue
    const speaker = speakerOf(subject)
    if (!holds(speaker)) continue
    const c = cue('verb', subject.a, k + 1, speaker, false, subject.a - from <= 1, false)
    c.verb = k
    cues.push(c)
  }
}

// "But Beijing is balking at ..., and wants": the phrase opening the sentence
// (past a conjunction), when its verb comes right after it.
function openingParty(and: number): Phrase | null {
  const a = /^(?:but|and|yet|so|now)$/.test(word(from)) ? from + 1 : from
  const p = phraseStartingAt(tokens, a, and)
  return p && p.b < and && (tokens[p.b]!.pos === 'AUX' || tokens[p.b]!.pos === 'VERB') ? p : null
}
