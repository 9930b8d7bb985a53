// "American Kevin King and Australian Timothy Weeks ... King and Weeks were
// abducted ... Both men claimed ...": "both men" or "the two women" stand for
// the two people the article last named together ("X and Y"), not for unnamed
// men (GUIDE 4: role nouns resolve to the named entity). The source is the
// first of the pair; the other is named beside it. Only people of that sex,
// or of none the article gives.

import type { Discourse } from './discourse.ts'
import { DEMONYMS } from './lexicon.ts'

const PAIR = /\b(?:both|the two) (men|women)\b/i
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}`
const JOINED = new RegExp(`(${NAME}) and (${NAME})`, 'gu')
// How far back the pair is looked for (a bounded window keeps it linear).
const WINDOW = 2000

// `name`: the unnamed source the cue names; `cue`: the cue's words; `before`: the text before the cue.
export function namedPair(name: string, cue: string, before: string, discourse: Discourse): [string, string] | null {
  const m = PAIR.exec(cue)
  if (!m || name !== `${m[1]!.toLowerCase()} (anonymous)`) return null
  const sex = m[1]!.toLowerCase() === 'men' ? 'm' : 'f'
  let pair: [string, string] | null = null
  for (const j of before.slice(-WINDOW).matchAll(JOINED)) {
    const [x, y] = [discourse.canonical(j[1]!), discourse.canonical(j[2]!)]
    // (Full names only: a name the article never gave in full may be no person.)
    if (x.kind !== 'person' || y.kind !== 'person' || !/\s/.test(x.name) || !/\s/.test(y.name) || x.name === y.name) continue
    if ([x, y].every((p) => (discourse.genders?.of(p.name) ?? sex) === sex)) pair = [bare(x.name), bare(y.name)]
  }
  return pair
}

// ("American Kevin King": a people's name before a person's is who he is, not his name.)
function bare(name: string): string {
  const space = name.indexOf(' ')
  return DEMONYMS.has(name.slice(0, space).toLowerCase()) && name.indexOf(' ', space + 1) > 0 ? name.slice(space + 1) : name
}
