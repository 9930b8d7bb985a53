// Offices named after their holder (GUIDE decision 4 names the originator):
// "his office said" after "President Recep Tayyip Erdogan ..." is the Turkish
// presidential office; a prime minister's is the "... prime minister's
// office"; anyone else's is "<name>'s office". The country comes from the
// holder's titles ("Russian President ..."), else from the dateline.

import type { Discourse } from './discourse.ts'
import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'

export function officeOf(discourse: Discourse, owner: string | null, ownerTitles: readonly string[], para: number): { name: string; kind: 'organisation' } | null {
  const found = holderOf(discourse, owner, ownerTitles, para)
  // ("according to the AG's office": a capitalised holder who is no person named here still owns the office.)
  // ("the AG's office" is the "Alabama Attorney General's office" the article names in full, acronyms.ts.)
  if (!found) return owner && /^\p{Lu}/u.test(owner) ? { name: discourse.acronyms.get(`${owner}'s office`) ?? `${owner}'s office`, kind: 'organisation' } : null
  const [holder, titles] = found
  const roles = new Set([...holder.roles, ...titles])
  const title = roles.has('president') ? 'presidential office'
    : roles.has('prime') || roles.has('premier') ? "prime minister's office" : null
  if (!title) return { name: `${holder.name}'s office`, kind: 'organisation' }
  const country = countryIn(roles) ?? discourse.country
  return { name: country ? `${country} ${title}` : title, kind: 'organisation' }
}

// The holder, with the titles the current sentence gives them.
function holderOf(discourse: Discourse, owner: string | null, ownerTitles: readonly string[], para: number): [Entity, readonly string[]] | null {
  const found = (e: Entity | null | undefined): [Entity, readonly string[]] | null => {
    if (!e || e.kind !== 'person') return null
    const here = discourse.here.find((h) => discourse.canonical(h.name).name === e.name)
    return [e, here?.titles ?? []]
  }
  if (owner === null) {
    // "his office": a person named in the same sentence first, else the pronoun's referent.
    // (A person the article met before comes first: "His office said he was traveling to Florida ... Holcomb's campaign".)
    const people = discourse.here.map((h) => ({ h, ...discourse.canonical(h.name) })).filter((p) => p.kind === 'person')
    const here = people.find((p) => discourse.entity(p.name)?.kind === 'person') ?? people[0]
    if (here) return [discourse.entity(here.name) ?? { name: here.name, kind: 'person', via: null, roles: new Set<string>(), para, spokeAt: -1, salientAt: -1 }, here.h.titles]
    return found(discourse.resolve({ type: 'pronoun', word: 'he' }, para))
  }
  const role = /^(?:the\s+)?([a-z]+(?:\s[a-z]+)*)$/.exec(owner)
  if (role) {
    // "the president's office"
    const words = role[1]!.split(' ')
    return found(discourse.resolve({ type: 'role', head: words[words.length - 1]!, mods: words.slice(0, -1), group: 'person' }, para))
  }
  // "Senator Dana Whitfield's office", named here or before.
  const { name, kind } = discourse.canonical(owner)
  if (kind !== 'person') return null
  return [discourse.entity(name) ?? { name, kind, via: null, roles: new Set<string>(), para, spokeAt: -1, salientAt: -1 }, ownerTitles]
}

function countryIn(roles: ReadonlySet<string>): string | null {
  for (const r of roles) {
    if (DEMONYMS.has(r)) return r[0]!.toUpperCase() + r.slice(1)
    const d = DEMONYM_OF.get(fold(r))
    if (d) return d
  }
  return null
}
