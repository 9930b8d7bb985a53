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
// Words that end a firm's name, cut only after "at" ("head of research at Yamawa Securities Takeshi Tago").
export const FIRM_END = new Set([...BODY_END, 'securities', 'capital', 'group', 'partners', 'investments', 'advisors', 'advisers', 'management', 'markets', 'research', 'holdings', 'associates'])
export const plain = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_WORDS.has(t.lower) && !TITLES.has(t.lower) && !PLACES.has(t.lower)

// The runs with "<the> Body Name First Last" cut after the body's word.
export function bodyThenPerson(tokens: readonly Token[], runs: [number, number][]): [number, number][] {
  return runs.flatMap(([a, b]): [number, number][] => {
    const k = b - 3
    const before = a > 0 ? tokens[a - 1]!.lower : ''
    const ends = before === 'the' ? BODY_END : before === 'at' ? FIRM_END : null
    const cut = k > a && ends !== null && ends.has(tokens[k]!.lower) && tokens[k]!.cap &&
      plain(tokens[k + 1]!) && plain(tokens[k + 2]!)
    return cut ? [[a, k + 1], [k + 1, b]] : [[a, b]]
  })
}
