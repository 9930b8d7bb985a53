// "Swift's rep told Fox News", "NASA's scientists have confirmed": unnamed
// staff of a named owner are named after the owner in its fullest form,
// without the possessive ("Taylor Swift rep (anonymous)", "NASA scientists
// (anonymous)"), as the labels name a body's spokesperson.

import type { Discourse } from './discourse.ts'

const OWNED = /^(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3})['’]s ((?:\p{Ll}+ )?\p{Ll}+) \((?:anonymous|unnamed)\)$/u
const STAFF = /^(?:rep|reps|representatives?|publicist|spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|officials?|scientists|researchers|staff|executives|engineers|analysts)$/

export function ownedStaff(name: string, discourse: Discourse): string | null {
  const m = OWNED.exec(name)
  if (!m || !STAFF.test(m[2]!.split(' ').at(-1)!)) return null
  const owner = discourse.canonical(m[1]!)
  if (owner.kind !== 'person' && owner.kind !== 'organisation') return null
  return `${owner.name} ${m[2]} (anonymous)`
}
