// "denied access to the site", "was denied bail", "denied him a visa": a
// refusal to grant something, an act, not a denial of a claim (GUIDE 2: acts
// are not speech). "denied the allegations", "denied that ..." stay reports.

import { to, tokens, word } from './cue-sentence.ts'
import { wordList } from './word-lists.ts'

const DENY = wordList('deny|denies|denied|denying')
// What is granted or refused.
const GRANTED = wordList('access|entry|permission|visa|visas|bail|parole|passage|boarding|admission|asylum|leave|licence|license|licences|licenses|treatment|care|benefits|funding|service|services|exit|credit|loans|a|an')
const RECEIVER = /^(?:him|her|them|us|me|you|it)$/

export function deniedGrant(i: number, w: string): boolean {
  if (!DENY.test(w) || i + 1 >= to) return false
  // ("denied him a visa", "denied the journalists entry": the one refused, then what.)
  let k = i + 1
  if (RECEIVER.test(word(k))) k++
  else if (word(k) === 'the' && tokens[k + 1]?.pos === 'NOUN' && GRANTED.test(word(k + 2)) && word(k + 2) !== 'a') k += 2
  else if (tokens[k]!.pos === 'PROPN' && GRANTED.test(word(k + 1)) && word(k + 1) !== 'a') k++
  const head = word(k)
  // ("denied a request", "denied an application": an article only before a thing asked for.)
  if (head === 'a' || head === 'an') return /^(?:request|application|visa|permit|licence|license|loan|waiver|appeal|petition)$/.test(word(k + 1))
  return GRANTED.test(head)
}
