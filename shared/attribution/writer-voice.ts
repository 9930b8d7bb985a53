// Reporting verbs in the writer's own voice (GUIDE 2: content "presented as
// coming from a party other than the writer"): the writer's "I hope", "we
// condemn", "I tell her" outside any quotation; a question that asks
// what someone said ("What did the prosecutors say?"); and the imperative of
// a link line ("Read the full transcript"). Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { from, to, tokens, word } from './cue-sentence.ts'

// Outside quotation marks "I" and "we" are the writer's. A transcript or a
// block quote the page reproduces without marks speaks as "I" too, but its
// speaker is the one its paragraph frame names (interview turns, write-ups),
// not the last speaker a pronoun would reach.
const DO = /^(?:did|do|does)$/

// The verb at i with subject p speaks in the writer's voice, or asks, or bids the reader.
export function writersOwn(i: number, p: Phrase, quoted: boolean): boolean {
  // "we thought you'd like these", "I wrote a good primer": the writer, not a source.
  const first = p.b - p.a === 1 && tokens[p.a]!.pos === 'PRON' ? word(p.a) : ''
  if (!quoted && (first === 'we' || first === 'i')) return true
  // "What did the prosecutors say?": "did" before the subject, a question mark closing the sentence.
  if (DO.test(word(p.a - 1)) && word(to - 1) === '?' && !/ed$|s$/.test(word(i))) return true
  return false
}

// "Read the full transcript of his interview": a link line bids the reader read.
export const readerBidden = (i: number) => i === from && word(i) === 'read' && tokens[i]!.text === 'Read'
