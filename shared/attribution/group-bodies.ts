// "Fiat is to stop making engines ..., unions at the Italian carmaker have
// said": a body the group belongs to, described by a role noun, is the body
// the sentence named before it, so the group is named with that body's name
// ("unions at Fiat (unnamed)", GUIDE 4: role nouns resolve to the named entity).
// Only a body named in the same sentence: "a source in the ministry" with no
// ministry named there stays as written.

import type { Discourse } from './discourse.ts'
import { DEMONYMS, ORG_ROLES } from './lexicon.ts'
import type { NameKinds } from './name-kinds.ts'
import { isPlace } from './entity-picks.ts'
import { COMPANY_HEADS } from './org-forms.ts'

const MEMBERS_OF = /^(\p{Ll}[\p{Ll} -]*?) (at|from|in|of|within|inside) the (?:[\p{L}-]+ ){0,2}(\p{Ll}+) \((anonymous|unnamed)\)$/u

// `before`: whether a name is written in the sentence before the cue.
export function groupOfBody(name: string, discourse: Discourse, kinds: NameKinds, before: (name: string) => boolean): string | null {
  const m = MEMBERS_OF.exec(name)
  if (!m || !ORG_ROLES.has(m[3]!)) return null
  let body: string | null = null
  for (const n of discourse.here) {
    if (!before(n.name) || isPlace(n.name) || DEMONYMS.has(n.name.toLowerCase())) continue
    const { name: canonical, kind } = discourse.canonical(n.name)
    // ("Fiat": a one-word name the article repeats and never gives a title is a body, name-kinds.ts, whatever
    // person-like name it is the first word of, "Fiat Powertrain"; "Lavrov", a surname of "Sergey Lavrov", is a person's.)
    const surname = canonical !== n.name && !canonical.startsWith(`${n.name} `)
    if (kind === 'organisation') body = canonical
    else if (kind === 'person' && !/\s/.test(n.name) && !surname && kinds.of(n.name, kind) === 'organisation') body = n.name
  }
  // ("the carmaker" is any company; "the ministry" only a body with the word in its name.)
  if (!body || !COMPANY_HEADS.has(m[3]!) && !body.toLowerCase().includes(m[3]!)) return null
  return `${m[1]} ${m[2]} ${body} (${m[4]})`
}
