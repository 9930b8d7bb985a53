// The body an unnamed source belongs to ("sources from the producer group"
// are OPEC+ sources); one group's fuller name is fuller-groups.ts's.

import type { Discourse } from './discourse.ts'
import { ORG_ROLES } from './lexicon.ts'
import { fold } from './fold.ts'
import { ownedStaff } from './owned-staff.ts'

const STAFF = /^(\p{Ll}+) (spokesman|spokeswoman|spokesperson|officials?|representative) \((?:anonymous|unnamed)\)$/u
const NAMED_STAFF = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*)*) (spokesman|spokeswoman|spokesperson|representative|official|officials|source|sources|bosses|executives|managers|insiders) \((?:anonymous|unnamed)\)$/u
const LONE_SPOKES = /^(spokesman|spokeswoman|spokesperson) \((?:anonymous|unnamed)\)$/
const MEMBERS = /^(\p{Ll}+) (?:from|in|at|within|inside) the (?:[\p{Ll}-]+ )*(\p{Ll}+) \((?:anonymous|unnamed)\)$/u

// "OPEC+ is considering ..., four sources from the producer group told
// Reuters": the body is the one the sentence names before the cue (else the
// one the role noun stands for), so they are "OPEC+ sources".
// `lead`: the paragraph's words before the cue.
export function membersOf(name: string, discourse: Discourse, before: (name: string) => boolean, para: number, lead = ''): string | null {
  // "An agency spokesperson said" after "The FDA said": the FDA's spokesperson.
  // "An Air Mobility spokesperson" after "Air Mobility Command": the body in its fullest form.
  const owned = ownedStaff(name, discourse)
  if (owned) return owned
  const staffOf = NAMED_STAFF.exec(name)
  if (staffOf) {
    const body = discourse.canonical(staffOf[1]!)
    // (Only a fuller form of the same name: "Brussels officials" stay Brussels's.)
    // ("Rover bosses" after "MG Rover": a name opening with initials is a brand's, whatever its shape says.)
    const isBody = body.kind === 'organisation' || body.kind === 'person' && /^\p{Lu}{2,4} /u.test(body.name)
    if (isBody && body.name !== staffOf[1] && fold(body.name).includes(fold(staffOf[1]!))) return `${body.name} ${staffOf[2]} (anonymous)`
  }
  // "A spokesperson said" in a story about the Commission: the body's spokesperson (label conventions).
  const spokes = LONE_SPOKES.exec(name)
  if (spokes) {
    // "The commission declined to comment. A spokesperson said": the body the paragraph just named by a role noun.
    const role = [...lead.matchAll(/\b[Tt]he (\p{Ll}+)\b/gu)].map((m) => m[1]!).filter((w) => ORG_ROLES.has(w)).at(-1)
    const body = discourse.resolve({ type: 'role', head: role ?? spokes[1]!, mods: [], group: 'org' }, para)
    return body && body.kind === 'organisation' ? `${body.name} ${spokes[1]} (anonymous)` : null
  }
  const placed = placedStaff(name, lead)
  if (placed) return placed
  const staff = STAFF.exec(name)
  if (staff && ORG_ROLES.has(staff[1]!)) {
    const body = discourse.resolve({ type: 'role', head: staff[1]!, mods: [], group: 'org' }, para)
    return body && body.kind === 'organisation' ? `${body.name} ${staff[2]} (anonymous)` : null
  }
  const m = MEMBERS.exec(name)
  if (!m || !ANONYMOUS_HEADS_OF_BODIES.test(m[1]!) || !ORG_ROLES.has(m[2]!)) return null
  const body = discourse.organisationHere(before)
  return body ? `${body} ${m[1]} (anonymous)` : null
}

const ANONYMOUS_HEADS_OF_BODIES = /^(?:sources?|officials?|delegates?|insiders?|executives?|members?)$/

// "landed at the Delhi airport, an airport official said": staff named by a
// lower-case place or office are the staff of the one the paragraph names
// ("Delhi airport official", "Morton County sheriff's department spokeswoman").
const PLACED_STAFF = /^(\p{Ll}+)(['’]s)? (spokesman|spokeswoman|spokesperson|representative|officials?) \((?:anonymous|unnamed)\)$/u
const NAMER = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u

function placedStaff(name: string, lead: string): string | null {
  const m = PLACED_STAFF.exec(name)
  if (!m || ORG_ROLES.has(m[1]!)) return null
  const noun = m[1]!
  // The last time the paragraph writes the noun right after capitalised words.
  for (let at = lead.lastIndexOf(noun); at > 0; at = lead.lastIndexOf(noun, at - 1)) {
    if (/\p{L}/u.test(lead.charAt(at + noun.length)) && !/^['’]s\b/u.test(lead.slice(at + noun.length))) continue
    // ("A city official": an article opening the sentence names nothing.)
    const owner = NAMER.exec(lead.slice(Math.max(0, at - 60), at))?.[0].replace(/^(?:(?:A|An|The|This|That)\s+)+/, '')
    if (!owner) continue
    // ("the sheriff's department": its office word goes with it.)
    const office = /^['’]s (?:department|office)\b/u.exec(lead.slice(at + noun.length))?.[0] ?? ''
    return `${owner}${noun}${office} ${m[3]} (anonymous)`
  }
  return null
}
