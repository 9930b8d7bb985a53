// "the minister's press secretary", "the company's spokesman": a staff noun
// owned by a role noun is the owner's unnamed staff member, not the owner.
// The owner is resolved as the role noun alone would be ("the minister" →
// the minister named before) and the staff member named after it, as the
// label conventions name a body's or a person's unnamed spokesperson
// ("Vivian Balakrishnan press secretary (anonymous)").

import type { Discourse } from './discourse.ts'
import type { PhraseWords } from './phrase-words.ts'
import type { Speaker } from './speaker-type.ts'
import { ORG_ROLES, PERSON_ROLES } from './lexicon.ts'
import { isCap } from './phrases.ts'

// Nouns for someone who speaks or acts for another.
const STAFF = /^(?:spokes(?:man|woman|person)|secretary|aide|adviser|advisor|lawyer|attorney|representative|rep|publicist|assistant)$/

export interface OwnerRole { head: string; mods: string[]; group: 'person' | 'org'; staff: string }

// The owner of a staff noun behind a possessive role noun ("the minister's"), or null. `possessive` is the
// possessive's index in the words.
export function ownerRole(p: PhraseWords, possessive: number): OwnerRole | null {
  const { words, det } = p
  if (possessive < 1 || det !== 'the' || possessive >= words.length - 1) return null
  if (!STAFF.test(words[words.length - 1]!.lower)) return null
  const owner = words.slice(0, possessive)
  // (A capitalised owner is a name, read elsewhere: "Swift's rep", owned-staff.ts.)
  if (owner.some(isCap)) return null
  const head = owner[owner.length - 1]!.lower
  const group = PERSON_ROLES.has(head) ? 'person' : ORG_ROLES.has(head) ? 'org' : null
  if (!group) return null
  const staff = words.slice(possessive + 1).map((w) => w.lower).join(' ')
  return { head, mods: owner.slice(0, -1).map((w) => w.lower), group, staff }
}

// The staff member's name: the owner's resolved name before the staff noun, or the owner's role noun when
// no one in reach holds it ("minister press secretary (anonymous)").
export function ownedStaffName(owner: OwnerRole, discourse: Discourse, para: number): string {
  const role: Speaker = { type: 'role', head: owner.head, mods: owner.mods, group: owner.group }
  const entity = discourse.resolve(role, para)
  const who = entity && (entity.kind === 'person' || entity.kind === 'organisation') ? entity.name : owner.head
  return `${who} ${owner.staff} (anonymous)`
}
