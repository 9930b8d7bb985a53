// "a senior central bank official said" in a story that named the Bank of
// Japan: an unnamed speaker described by the kind of body they belong to is
// named after that body, as the labels name a body's spokesperson ("senior
// Bank of Japan official (anonymous)"; "a spokesman for the central bank"
// is "Bank of Mexico spokesman (anonymous)"). The body is the one the kind
// stands for, chosen as "the bank" is (role-antecedents.ts, through the
// discourse); words that rank the speaker ("senior", "top") stay before it.
// No body fits: the name is left as written.

import type { Discourse } from './discourse.ts'
import type { Entity } from './entity.ts'
import { roleFeatures } from './role-antecedents.ts'
import { ORG_ROLES } from './lexicon.ts'

const ROLE = '(spokes(?:man|woman|person)|officials?|sources?|executives?|representatives?|ministers|officers?)'
// "senior ministry official (anonymous)", "Company officials (anonymous)".
const KIND_FIRST = new RegExp(`^((?:\\p{Ll}[\\p{Ll}-]* )*?)(\\p{L}[\\p{Ll}-]* (?:\\p{Ll}[\\p{Ll}-]* ){0,2})${ROLE} \\((anonymous|unnamed)\\)$`, 'u')
// "spokesman for the central bank (anonymous)", "Senior officials at the central bank (anonymous)".
// ("An official of the ministry" is memberName's, anonymous-phrase.ts, which knows the ministry's fuller name.)
const ROLE_FIRST = new RegExp(`^((?:\\p{L}[\\p{Ll}-]* )?)${ROLE} (?:for|at|in|within|from) the ((?:\\p{Ll}[\\p{Ll}-]* ){0,2}\\p{Ll}+) \\((anonymous|unnamed)\\)$`, 'u')
// Words that rank or count the speakers, no part of the body's kind.
const RANKS = new Set(['senior', 'top', 'high-ranking', 'high-level', 'junior', 'former', 'other', 'several', 'some', 'two', 'three', 'four', 'five', 'many', 'unnamed', 'anonymous', 'leading', 'chief'])

// `before`: whether a name is written in the sentence before the cue (a body named there comes first).
const DEFERRED = new Set(['government', 'administration', 'agency', 'commission'])

export function kindStaff(name: string, discourse: Discourse, para: number, before: (name: string) => boolean): string | null {
  const first = KIND_FIRST.exec(name)
  if (first) {
    const words = (first[1]! + first[2]!).trim().split(' ')
    const ranks: string[] = []
    while (words.length && RANKS.has(words[0]!.toLowerCase())) ranks.push(words.shift()!)
    const body = bodyOf(words, discourse, para, before)
    return body ? `${[...ranks, body, first[3]!].join(' ')} (anonymous)` : null
  }
  const after = ROLE_FIRST.exec(name)
  if (after) {
    const rank = after[1]!.trim()
    if (rank && !RANKS.has(rank.toLowerCase())) return null
    // ("a source in the ministry" with no ministry named in its sentence stays as written, group-bodies.ts; "for" reads further.)
    const body = bodyOf(after[3]!.split(' '), discourse, para, before, after[0].includes(' for the '))
    return body ? `${rank ? `${rank.toLowerCase()} ` : ''}${body} ${after[2]!} (anonymous)` : null
  }
  return null
}

// The named body a lower-case kind ("central bank", "finance ministry", "company") stands for, or null.
function bodyOf(kind: readonly string[], discourse: Discourse, para: number, before: (name: string) => boolean, far = true): string | null {
  if (!kind.length || kind.length > 3) return null
  const words = kind.map((w) => w.toLowerCase())
  const head = words.at(-1)!
  // (Only lower-case kinds: "Finance Ministry official" names the body itself.)
  // ("Government sources", "a senior administration official" are labelled as written: left alone; "agency sources" and
  // "commission officials" are body-groups.ts's, which gives a state's agency the dateline's country.)
  if (!ORG_ROLES.has(head) || DEFERRED.has(head) || kind.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null
  const mods = words.slice(0, -1)
  // ("The Bundesbank set a tender, a central bank spokesman said": the body the sentence named, before any other.)
  const here = discourse.here.filter((n) => before(n.name)).map((n) => discourse.canonical(n.name))
    .filter((n) => n.kind === 'organisation' || n.kind === 'person').reverse().map((n): Entity => ({ name: n.name, kind: n.kind, via: null, roles: new Set(), para, spokeAt: -1, salientAt: -1 }))
  // (Two that fit there, "The Bank of England and the Federal Reserve held rates, central bank officials said": neither.)
  const ask = { head, mods, para, genders: discourse.genders }
  const fit = roleFeatures(here, ask).filter(shows)
  if (fit.length > 1) return null
  const body = fit[0]?.entity ?? (far ? discourse.resolve({ type: 'role', head, mods, group: 'org' }, para) : null)
  // (A body the text names, "the fire brigade" being no name to give the fire service's spokeswoman; one whose
  // name or kind shows it is of that kind: "CD" is no bank, "United States" no police.)
  if (!body || body.kind !== 'organisation' && body.kind !== 'person' || !/^\p{Lu}/u.test(body.name)) return null
  return roleFeatures([body], ask).some(shows) ? body.name : null
}

// A candidate whose name carries the kind's noun ("Bundesbank" for "central bank") or that is of its kind (a firm for "company").
const shows = (c: { f: { nameHas: number; kind: number } }) => c.f.nameHas > 0 || c.f.kind > 0
