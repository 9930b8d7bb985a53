// What may stand between a speaker and its verb and hide the speaker: a
// party tag in commas ("Sen. Ted Cruz, R-Texas, said"), a short phrase of
// time or occasion ("Obama at the time called", "The firm in a statement
// said"). Used only when no speaker was found next to the verb.
// Reads the sentence in cue-sentence.ts.

import { from, tokens, word } from './cue-sentence.ts'

const OCCASION = /^(?:at|in|on|during|over)$/
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/

// Where the subject's search should start instead of verb v, or v itself.
export function pastGap(v: number): number {
  // ", R-Texas,", ", D-N.Y.,": a party and state after a lawmaker's name.
  if (word(v - 1) === ',') {
    for (let k = v - 2; k > from && k >= v - 7; k--) {
      if (word(k) !== ',') continue
      const party = tokens[k + 1]!
      return /^[RDI]$/.test(party.text) && word(k + 2) === '-' ? k : v
    }
  }
  // "at the time", "in a statement", "on Twitter": a preposition, a determiner, one or two nouns.
  for (let k = v - 1; k > from && k >= v - 4; k--) {
    if (!OCCASION.test(word(k))) continue
    const head = DETERMINER.test(word(k + 1)) ? k + 2 : k + 1
    if (head >= v || head < v - 2) return v
    for (let n = head; n < v; n++) if (!/^(?:NOUN|PROPN)$/.test(tokens[n]!.pos)) return v
    return /^(?:PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos) ? k : v
  }
  return v
}
