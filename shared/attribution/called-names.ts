// "called X Y" as a name given to a thing, past a longer object than
// verb-gates.ts's calledA reads: a possessive ("called the Wagnerites' actions
// a betrayal") or a participle's phrase before the quoted name ("called the
// events leading up to the indictment “shocking and absurd”"). A call that
// summons or phones ("called the meeting to order", "called the police a day
// later") names nothing and stays no report.

import { to, tokens, word } from './cue-sentence.ts'
import { wordList } from './word-lists.ts'

const OPENING = wordList('"|“|``|‘')
const ARTICLE = wordList('a|an')
// ("a day later": a time after the object is no name.)
const TIME = wordList('day|week|month|year|few|couple|second|third|number|lot|bit|while|minute|hour|time')
const POSSESSIVE = wordList("'s|’s|'|’")
// Prepositions that stay inside the object after a participle or "up": "the events leading up to the vote".
const INNER = wordList('of|up|to|in|into|over|about|against|with|around|surrounding')
const OBJECT_POS = /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/
const SPAN = 14

// Whether the call at k - 1 names its object: an object from k, then a quotation or "a"/"an" with what it is.
export function namedByCall(k: number): boolean {
  if (k >= to || !/^(?:DET|PRON|PROPN|NOUN)$/.test(tokens[k]!.pos) || ARTICLE.test(word(k))) return false
  let participle = false
  for (let n = k + 1; n < Math.min(to - 1, k + SPAN); n++) {
    const w = word(n)
    const pos = tokens[n]!.pos
    if (OPENING.test(w)) return true
    if (ARTICLE.test(w)) return !TIME.test(word(n + 1))
    if (POSSESSIVE.test(w)) { if (!/^(?:NOUN|ADJ|PROPN)$/.test(tokens[n + 1]!.pos)) return false; continue }
    if (pos === 'VERB' && /(?:ing|ed)$/.test(w) && /^(?:NOUN|PROPN)$/.test(tokens[n - 1]!.pos)) { participle = true; continue }
    if (pos === 'ADP' && INNER.test(w) && (participle || w === 'of')) continue
    if (!OBJECT_POS.test(pos)) return false
  }
  return false
}
