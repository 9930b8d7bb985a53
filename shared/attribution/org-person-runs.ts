// "the director of the National Counterterrorism Center Christopher Miller":
// news runs a body's name straight into the name of the person who heads it,
// and the capitalised run reads as one body ("... Center Christopher Miller"),
// so "Miller" later finds no full name. A run that names a body ("the ...
// Center") and ends in two plain name words is the body, then the person.

import type { Token } from './nlp.ts'
import { ORG_WORDS, PLACES, TITLES } from './lexicon.ts'

// The words that end a body's name; the words after one are no part of it.
const BODY_END = new Set(['center', 'centre', 'bank', 'ministry', 'agency', 'institute', 'council', 'committee', 'commission',
  'department', 'office', 'bureau', 'foundation', 'university', 'fund', 'service', 'administration', 'authority', 'corporation', 'command'])
const plain = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_WORDS.has(t.lower) && !TITLES.has(t.lower) && !PLACES.has(t.lower)

// The runs with "<the> Body Name First Last" cut after the body's word.
export function bodyThenPerson(tokens: readonly Token[], runs: [number, number][]): [number, number][] {
  return runs.flatMap(([a, b]): [number, number][] => {
    const k = b - 3
    const cut = k > a && a > 0 && tokens[a - 1]!.lower === 'the' && BODY_END.has(tokens[k]!.lower) && tokens[k]!.cap &&
      plain(tokens[k + 1]!) && plain(tokens[k + 2]!)
    return cut ? [[a, k + 1], [k + 1, b]] : [[a, b]]
  })
}
