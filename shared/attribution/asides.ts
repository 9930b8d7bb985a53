// Sentences a neighbouring cue must not reach into (GUIDE decision 2): the
// writer's own voice about a speaker or an outlet rather than more of what
// they said. "He did not give a new forecast." "The ministry declined to
// comment." "Their names had not been released." "Such moves are widely seen
// as risky." "Some media have portrayed it as a threat." (a reporting verb of
// its own that yielded no cue: another subject, or excluded by the rules).
// "Will the talks resume?" (the writer's question).

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { BE, EVIDENTIAL, NEGATIONS, REFUSALS, REPORTING } from './lexicon.ts'
import { carriesAccount } from './carried-verbs.ts'

// What a negated verb in the writer's voice is about: speaking, or letting something out.
const NOT_SAID = new Set(['say', 'give', 'respond', 'reply', 'comment', 'specify', 'elaborate', 'disclose', 'provide', 'reveal',
  'answer', 'confirm', 'release', 'released', 'signal', 'announce', 'return', 'name', 'identify', 'explain', 'offer', 'publicly',
  'immediately', 'yet', 'been'])
// Agentless evidentials: "is thought", "was seen as", "is not known".
const AGENTLESS = new Set(['seen', 'thought', 'known', 'considered', 'believed', 'viewed', 'regarded', 'understood', 'expected', 'said'])

// Every word a rule below starts from; most tokens are none and are passed over at once.
const WATCHED = new Set([...REFUSALS, ...NEGATIONS, ...BE, ...REPORTING])

export function isAside(tokens: readonly Token[], s: Sentence, inside: Uint8Array): boolean {
  // "Will they resume soon?": the writer's own question, outside any quotation.
  const last = s.to - 1
  if (last >= s.from && tokens[last]!.text === '?' && inside[last] !== 1 && !/^["“”]$/.test(tokens[last - 1]?.text ?? '')) return true
  for (let k = s.from; k < s.to; k++) {
    const w = tokens[k]!.lower
    if (inside[k] === 1 || !WATCHED.has(w)) continue
    // "declined to comment" is an aside; "declined to be identified" is the anonymity formula, still the source's.
    if (REFUSALS.has(w) && !(tokens[k + 1]?.lower === 'to' && BE.has(tokens[k + 2]?.lower ?? ''))) return true
    if (NEGATIONS.has(w) && k + 1 < s.to && (NOT_SAID.has(tokens[k + 1]!.lower) || k + 2 < s.to && NOT_SAID.has(tokens[k + 2]!.lower))) return true
    if (BE.has(w) && k + 1 < s.to) {
      let n = k + 1
      while (n < s.to && n < k + 4 && (tokens[n]!.pos === 'ADV' || NEGATIONS.has(tokens[n]!.lower))) n++
      // "is said to be" is passive too; "was said by the minister" names its agent and is read as a cue.
      if (n < s.to && AGENTLESS.has(tokens[n]!.lower) && tokens[n + 1]?.lower !== 'by' && !carriesAccount(tokens, n, s.from)) return true
    }
    // ("Investigators found ..." is not one: an evidential verb only reports for a text, GUIDE 2.)
    if (REPORTING.has(w) && !EVIDENTIAL.has(w) && tokens[k]!.pos === 'VERB' && k > s.from && !carriesAccount(tokens, k, s.from)) {
      // "Some media have portrayed ...": a reporting verb with a subject of its own.
      const before = tokens[k - 1]!
      if (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'AUX' && k - 2 >= s.from && /^(?:NOUN|PROPN)$/.test(tokens[k - 2]!.pos)) return true
    }
  }
  return false
}
