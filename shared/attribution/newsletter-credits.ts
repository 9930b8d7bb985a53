// A newsletter's credit for the piece it quotes: "HEADLINE — WSJ’s Nick
// Timiraos: “...”", "— Our Zack Colman and Katy O’Donnell: “...”",
// "— Bloomberg: “...”", and the credit closing a paragraph, "... — Bloomberg’s
// Julian Lee". The reporter (or the outlet, when no reporter is named) is the
// source. The dash marks the credit, so a speaker heading an interview's
// answer ("McKelvey: ...", interview-frames.ts) is no part of this. Reads the
// sentence in cue-sentence.ts; called from cues.ts.

import type { Cue } from './cue-types.ts'
import { phraseStartingAt } from './phrases.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { cue, from, speakerOf, text, to, tokens, word } from './cue-sentence.ts'

const DASH = /^(?:—|–|--)$/
const OPEN = /^(?:"|“|``)$/
const POSSESSIVE = /^(?:'s|’s)$/

// ("WaPo’s", "WSJ’s": a one-word masthead written with inner capitals.)
const MASTHEAD_WORD = /^[A-Z]+[a-z]*[A-Z][A-Za-z]*$/
const outletAt = (a: number, b: number) => {
  const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
  return Boolean(knownOutlet(name)) || looksLikeOutlet(name) || b - a === 1 && MASTHEAD_WORD.test(name)
}

// The capitalised names from k (joined by commas and "and"), to the index after them.
function namesEnd(k: number): number {
  let n = k
  while (n < to && (tokens[n]!.cap || /^(?:,|and|o’|o')$/.test(word(n)) || /^[’'-]$/.test(word(n)))) n++
  while (n > k && /^(?:,|and)$/.test(word(n - 1))) n--
  return n
}

export function newsletterCredits(cues: Cue[]): void {
  for (let d = from; d < to - 1; d++) {
    if (!DASH.test(word(d)) || !tokens[d + 1]!.cap) continue
    let k = d + 1
    let outletOnly = false
    // "Our Zack Colman", "WSJ’s Nick Timiraos", "Bloomberg:".
    if (word(k) === 'our') k++
    else {
      let p = k
      while (p < Math.min(to, k + 4) && tokens[p]!.cap && !POSSESSIVE.test(word(p))) p++
      if (p > k && POSSESSIVE.test(word(p)) && outletAt(k, p)) k = p + 1
      else if (p > k && word(p) === ':' && outletAt(k, p)) outletOnly = true
      else continue
    }
    const end = namesEnd(k)
    if (end <= k) continue
    const colon = word(end) === ':' && end + 1 < to && OPEN.test(word(end + 1))
    const closing = end === to || end === to - 1 && word(end) === '.'
    if (!colon && !closing) continue
    // ("Zack Colman and Katy O’Donnell": the first named is the source, GUIDE 4.)
    let first = k
    while (first < end && !/^(?:,|and)$/.test(word(first))) first++
    const phrase = phraseStartingAt(tokens, k, first)
    const speaker = speakerOf(phrase)
    if (!phrase || !speaker) continue
    cues.push(cue('verb', outletOnly ? d + 1 : k, end + (colon ? 1 : 0), speaker, false, colon, closing))
    return
  }
}
