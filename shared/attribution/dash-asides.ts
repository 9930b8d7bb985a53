// An aside in dashes between a subject and its verb hides the speaker:
// "Other retailers - including HMV and Tesco - reported that ...",
// "The Palestinian Authority - which considers the US biased - called for
// ...". The subject stands before the opening dash. When the aside is itself
// the name the description before it stands for ("The only two Arab states
// to have signed treaties - Egypt and Jordan - also criticised ..."), the
// name speaks. Reads the sentence in cue-sentence.ts.

import { phraseStartingAt } from './phrases.ts'
import { from, tokens, word } from './cue-sentence.ts'

const DASH = /^(?:-|--|—|–)$/
// Words between the closing dash and the verb, at most three: "- also sharply criticised", "- has since said".
const BRIDGE = /^(?:also|have|has|had|now|since|later|then|again|both|all|each|jointly|publicly|swiftly|quickly)$/
// How far back the opening dash may be.
const LONGEST = 30

// Where the subject's search should start instead of verb v: the opening dash, the end of
// a named aside, or v itself when no aside in dashes stands before it.
export function pastDashAside(v: number): number {
  let close = v - 1
  while (close > from && close > v - 4 && (BRIDGE.test(word(close)) || tokens[close]!.pos === 'ADV' && /ly$/.test(word(close)))) close--
  if (close <= from + 1 || !DASH.test(word(close))) return v
  // (A dash joined to its words, "Jean-Marie", "anti-war", is inside a word, not an aside's edge.)
  if (tokens[close]!.start === tokens[close - 1]!.end) return v
  for (let k = close - 2; k > from && k >= close - LONGEST; k--) {
    if (/^[;:"“”]$/.test(word(k))) return v
    if (!DASH.test(word(k)) || tokens[k]!.start === tokens[k - 1]!.end) continue
    // ("- Egypt and Jordan -": the aside names what the words before it described.)
    const aside = phraseStartingAt(tokens, k + 1, close)
    if (aside && aside.b === close && tokens[k + 1]!.cap && tokens[k + 1]!.pos === 'PROPN') return close
    return k
  }
  return v
}
