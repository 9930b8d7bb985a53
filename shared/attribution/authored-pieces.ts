// A piece the speaker wrote for a paper: "In an opinion article published in
// the Danish newspaper Jyllands Posten, Ambassador Vanin said", "said in a
// contribution to the Handelsblatt daily", "wrote in an op-ed in the Times".
// The words are the writer's own, printed in the paper: the paper is where
// they spoke (the venue, GUIDE 6), not an outlet that passed them on (the
// "remarks published in the daily Al-Qabas" that relay-cues.ts makes a relay).

import type { Cue, SentenceView } from './cue-types.ts'
import type { Token } from './nlp.ts'
import { looksLikeOutlet } from './outlets.ts'
import { asOutlet } from './outlet-shapes.ts'
import { phraseStartingAt } from './phrases.ts'
import { describe } from './speakers.ts'

// (Sets, looked up per token: a regular expression costs some ten times a hash look-up.)
const PIECES = new Set(['op-ed', 'oped', 'column', 'essay', 'contribution', 'editorial'])
// "article" or "piece" is the writer's own only when marked so: "an opinion article", "a signed piece".
const MARKED = new Set(['article', 'piece', 'commentary'])
const MARKS = /^(?:opinion|signed|guest|bylined|own)$/
const PRINTED = /^(?:published|printed|run|carried|written)$/

// Whether token k names a piece its speaker wrote.
export function authoredPiece(tokens: readonly Token[], k: number, from: number): boolean {
  const w = tokens[k]?.lower ?? ''
  return PIECES.has(w) || MARKED.has(w) && k > from && MARKS.test(tokens[k - 1]!.lower)
}

// Gives the paper that printed the speaker's piece as the venue of the sentence's own cues.
export function authoredVenues(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  const speaking = cues.filter((c) => c.kind === 'verb' && !c.inQuote && !c.venue)
  if (!speaking.length) return
  for (let k = from; k < to - 2; k++) {
    if (inside[k] === 1 || !authoredPiece(tokens, k, from)) continue
    let at = k + 1
    if (PRINTED.test(tokens[at]!.lower)) at++
    if (!/^(?:in|to|for)$/.test(tokens[at]?.lower ?? '') || at + 1 >= to) continue
    const p = phraseStartingAt(tokens, at + 1, to)
    const s = p ? asOutlet(describe(text, tokens, p)) : null
    if (s?.type !== 'name' || !(s.titles.includes('outlet') || looksLikeOutlet(s.name))) continue
    for (const c of speaking) { c.venue = s.name; c.wireVenue = false; c.ownPiece = true }
    return
  }
}
