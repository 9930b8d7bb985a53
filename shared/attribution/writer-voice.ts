// Reporting verbs in the writer's own voice (GUIDE 2: content "presented as
// coming from a party other than the writer"): the writer's "I think", "we
// condemn", "I wrote a primer" outside any quotation; a question that asks
// what someone said ("What did the prosecutors say?"); and the imperative of
// a link line ("Read the full transcript"). Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { from, to, tokens, word } from './cue-sentence.ts'

// The editorial "we"; "I" only for the writer's own writing ("I wrote", "did I mention"):
// an unmarked "I think" is as often an interviewee's in a transcript as the writer's.
const WRITERS = /^(?:wrote|write|writes|mention|mentioned)$/
const DO = /^(?:did|do|does)$/

// The verb at i with subject p speaks in the writer's voice, or asks, or bids the reader.
export function writersOwn(i: number, p: Phrase, quoted: boolean): boolean {
  // "we thought you'd like these", "I wrote a good primer": the writer, not a source.
  const first = p.b - p.a === 1 && tokens[p.a]!.pos === 'PRON' ? word(p.a) : ''
  if (!quoted && (first === 'we' || first === 'i' && WRITERS.test(word(i)))) return true
  // "What did the prosecutors say?": "did" before the subject, a question mark closing the sentence.
  if (DO.test(word(p.a - 1)) && word(to - 1) === '?' && !/ed$|s$/.test(word(i))) return true
  return false
}

// "Read the full transcript of his interview": a link line bids the reader read.
export const readerBidden = (i: number) => i === from && word(i) === 'read' && tokens[i]!.text === 'Read'
