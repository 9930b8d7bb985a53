// A name the tagger took for a person's that speaks as a firm: "Brakk Heinel
// disputed the study, saying it stands by its recipe. ... a spokesperson
// for the company said". A name the article shows to be a
// body (self-bodies.ts), with no given name first, no gender the article
// gives it and no person's role, heard speaking, may be what "the company"
// stands for, as one such word may ("AirAsia said", role-antecedents.ts).
// The person-like name still scores below a body the article names as one
// (ROLE_WEIGHTS.personLike).

import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import { isGivenName, type PersonGenders } from './person-gender.ts'
import { PERSON_ROLES } from './lexicon.ts'

export function speaksAsFirm(e: Entity, genders: PersonGenders | null): boolean {
  if (e.kind !== 'person' || e.spokeAt < 0 || !e.roles.has('body')) return false
  const words = e.name.split(' ')
  if (words.length > 3 || isGivenName(fold(words[0]!)) || (genders?.of(e.name) ?? null) !== null) return false
  for (const r of e.roles) if (PERSON_ROLES.has(r)) return false
  return true
}
