// "the Prime Minister said", "the Foreign Secretary added": a capitalised
// title with its article and no name after it is a role noun, as "the prime
// minister" is (GUIDE 4: resolved to the person the article gave the role),
// not a name ("Minister"). British and Asian copy capitalise such titles.

import type { Speaker } from './speaker-type.ts'
import { PERSON_ROLES, TITLES } from './lexicon.ts'

const isTitle = (w: string) => TITLES.has(w) || TITLES.has(`${w}.`)

// `det` is the phrase's determiner, `lower` its words after it, in lower case.
export function titleRole(det: string, lower: readonly string[]): Speaker | null {
  if (det !== 'the' || lower.length < 2 || lower.length > 4) return null
  const head = lower[lower.length - 1]!
  if (!PERSON_ROLES.has(head) || !lower.every(isTitle)) return null
  return { type: 'role', head, mods: lower.slice(0, -1), group: 'person' }
}
