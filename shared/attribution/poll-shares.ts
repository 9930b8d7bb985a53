// A share of those polled as the subject of "said": "47 percent said ...",
// "Sixty-six percent of those surveyed said ...", "a majority of respondents
// said ...". The share's people are unnamed respondents. Reads the sentence
// in cue-sentence.ts; called from verb-cues.ts.

import type { Phrase } from './phrases.ts'
import type { Speaker } from './speaker-type.ts'
import { from, tokens, word } from './cue-sentence.ts'

const SHARE = /^(?:percent|per|%|majority|minority|third|thirds|quarter|quarters|half|fifth|fifths)$/
const POLLED = /^(?:surveyed|polled|questioned|asked|interviewed)$/
const PEOPLE = /^(?:respondents|voters|people|adults|americans|participants)$/

// The share and its people before the verb at v, or null.
export function pollShare(v: number): { phrase: Phrase; speaker: Speaker } | null {
  let k = v - 1
  // ("of those surveyed", "of respondents"): the people the share is of.
  if (k - 2 >= from && POLLED.test(word(k)) && word(k - 1) === 'those' && word(k - 2) === 'of') k -= 3
  else if (k - 1 >= from && PEOPLE.test(word(k)) && word(k - 1) === 'of') k -= 2
  // "per cent": two words.
  const head = word(k) === 'cent' && word(k - 1) === 'per' ? k - 1 : k
  if (head < from || !SHARE.test(word(head))) return null
  // A number or a quantifier before the share: "47 percent", "a majority".
  const before = tokens[head - 1]
  if (!before || !(before.pos === 'NUM' || /\d/.test(before.text) || /^(?:a|the|two|one|another)$/.test(before.lower))) return null
  let a = head - 1
  while (a - 1 >= from && (tokens[a - 1]!.pos === 'NUM' || tokens[a - 1]!.lower === '-')) a--
  return { phrase: { a, b: v, descriptor: [] }, speaker: { type: 'anonymous', name: 'respondents (anonymous)', head: 'respondent' } }
}
