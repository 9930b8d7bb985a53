// Names of state bodies as state media write them: "the Ministry of National
// Defence of the DPRK", "the General Staff of the Korean People's Army". The
// country or owner after "of the" is inside the body's capitalised name, so
// "A spokesman for the Ministry of ... of the DPRK said" is the ministry's
// spokesman, not the DPRK speaking.

import type { Token } from './nlp.ts'
import { ORG_WORDS } from './lexicon.ts'

// How far back a body's word may stand before "of the" ("Ministry of Land and Environment Protection").
const BODY_REACH = 6

// At `a`, the capitalised word after "of the": 2 (the tokens "of the" to take in) when the
// capitalised words before them name a body, else 0.
export function ofTheInBody(tokens: readonly Token[], a: number, floor: number): number {
  if (a - 3 < floor || tokens[a - 1]!.lower !== 'the' || tokens[a - 2]!.lower !== 'of' || !tokens[a]!.cap || !tokens[a - 3]!.cap) return 0
  for (let m = a - 3; m >= floor && a - 3 - m < BODY_REACH; m--) {
    const t = tokens[m]!
    if (t.cap && ORG_WORDS.has(t.lower)) return 2
    // ("Federal Office for the Protection of the Constitution": a "the" after "for" or "of" is inside the name too.)
    if (!t.cap && !/^(?:of|and|for|&)$/.test(t.lower) && !(t.lower === 'the' && m - 1 >= floor && /^(?:of|for)$/.test(tokens[m - 1]!.lower))) return 0
  }
  return 0
}
