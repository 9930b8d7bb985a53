// A named speaker the subject walk misses because something stands between
// the name and its verb: a description in commas ("Anna Berg, chief economist
// at Halden, told the Herald"; "Peter Hall, prosecuting, said:") or a
// first verb the second shares ("Tom Reed defended the tariffs and
// said ..."; "Okafor declined to name a price, but said ..."). Only a name
// opening its clause qualifies: "officials in Kyiv, the capital, said" has
// its subject before the place. Reads the sentence in cue-sentence.ts.

import { phraseEndingAt, phraseStartingAt } from './noun-phrases.ts'
import { from, speakerOf, to, tokens, word } from './cue-sentence.ts'

// A phrase opens its clause: at the sentence's start, after a comma or a closing quotation.
const opens = (a: number) => a === from || /^(?:,|"|”|''|’’|’)$/.test(word(a - 1)) || a === from + 2 && tokens[from]!.pos === 'ADV' && word(from + 1) === ','

// The comma at k opens a description closed by the comma before verb v; the name before k is the subject.
export function describedName(k: number, v: number): boolean {
  if (k - 1 < from || !tokens[k - 1]!.cap) return false
  // (The description has no verb of its own, but for a role's participle: "prosecuting", "defending".)
  for (let n = k + 1; n < v - 1; n++) {
    const t = tokens[n]!
    // ("the London-based website": a participle inside a compound is no verb.)
    if (t.pos === 'AUX' || t.pos === 'VERB' && word(n - 1) !== '-' && !(n === k + 1 && /ing$/.test(t.lower) && word(n + 1) === ',')) return false
  }
  const p = phraseEndingAt(tokens, from, k - 1)
  return p !== null && opens(p.a) && speakerOf(p)?.type === 'name'
}

// The search start for the subject of verb v after "and"/"but": the end of the
// named subject that opens the sentence and governs a verb of its own, or -1.
export function namedOpener(v: number): number {
  const start = tokens[from]?.pos === 'ADV' && word(from + 1) === ',' ? from + 2 : from
  const subject = phraseStartingAt(tokens, start, to)
  if (!subject || speakerOf(subject)?.type !== 'name') return -1
  // ("Bank spokesman Okafor earlier declined": one adverb may stand before its verb.)
  const verb = tokens[subject.b]?.pos === 'ADV' ? subject.b + 1 : subject.b
  return verb < v - 2 && /^(?:VERB|AUX)$/.test(tokens[verb]?.pos ?? '') ? subject.b : -1
}
