// The entity a pronoun stands for (GUIDE 4), among the entities the
// discourse keeps, most recent first: "he" and "she" a person of that sex
// (person-gender.ts) or one unnamed person, "it" a body or a text, "they" a
// group before one person. Split from discourse.ts.

import type { Entity } from './entity.ts'
import type { SourceKind } from './kinds.ts'
import type { PersonGenders } from './person-gender.ts'
import { isPlace, latestSalient, latestSpeaker, singular } from './entity-picks.ts'
import { onePerson, surelyPerson } from './pronoun-persons.ts'
import { isGivenName } from './person-gender.ts'
import { fold } from './fold.ts'

export function resolvePronoun(recent: readonly Entity[], word: string, para: number, reach: number, genders: PersonGenders | null, now = -1): Entity | null {
  // (Tested before the other conditions: most recent entities of a long article are out of reach.)
  const inReach = (e: Entity) => para - e.para <= reach
  const personal = /^(?:he|she|him|her)$/.test(word)
  const wanted: SourceKind[] = personal ? ['person']
    : word === 'it' ? ['organisation', 'outlet', 'document'] : ['anonymous', 'organisation', 'person']
  // "A European executive, who asked not to be named, said ... '...,' he said": one unnamed person who spoke last.
  const agrees = (e: Entity) => !personal || (e.kind !== 'person' && e.kind !== 'anonymous') || !genders || genders.agrees(e.name, word)
  // ("In a statement, Qantas said ... However, it stressed": one word the tagger took for a person's name that
  // spoke, with no gender the article gives it, is the firm "it" stands for, as "the company" reads it, company-nouns.ts.)
  // (So is a longer name with no given name the subject of a sentence: "As of October, Emirates Airline had a fleet ...", body-subjects.ts.)
  const firm = (e: Entity) => word === 'it' && e.kind === 'person' && (e.spokeAt >= 0 && !/\s/.test(e.name) || e.salientAt >= 0 && !isGivenName(fold(e.name.split(' ')[0]!))) &&
    (!genders || genders.of(e.name) === null)
  // ("he" is one person: never "U.S. Officials" or "others", pronoun-persons.ts.)
  const fits = (e: Entity) => (personal ? onePerson(e) && singular(e.name) : wanted.includes(e.kind) || firm(e)) && agrees(e)
  // "Analysts at X said ... Voss, an economist at the bank, said ... they wrote": "they" are a group or a body, before one person.
  const many = (e: Entity) => e.kind === 'organisation' || e.kind === 'anonymous' && !singular(e.name)
  // (As "he": the group last heard speaking or last the subject of a sentence, unnamed-subjects.ts; a body merely the
  // subject is no "they": "Washington would like ... , they added" are the sources heard before.)
  const group = word === 'they' ? latestSalient(recent.filter((e) => many(e) && inReach(e)), para, (e) => e.kind === 'anonymous') : null
  // ("it" as "he": the body last heard speaking or last the subject of a sentence, body-subjects.ts.)
  const salient = personal || word === 'it'
  const picked = group ?? (salient ? latestSalient(recent.filter((e) => inReach(e) && fits(e)), para, undefined, now) : latestSpeaker(recent.filter((e) => inReach(e) && fits(e))))
  // ("Snow said ... \n\nBut that was not enough for Mr Sarkozy.\n\n'...,' he said": one who spoke before, named again
  // in a later paragraph than the last speaker, is whom "he" takes up.)
  const renamed = personal && picked ? recent.find((e) => inReach(e) && fits(e)) : undefined
  if (renamed && renamed !== picked && renamed.spokeAt >= 0 && renamed.para > picked!.para) return renamed
  return picked
    // (Of those merely named, a person the article shows to be one before a lone capitalised word.)
    ?? (personal ? recent.find((e) => inReach(e) && fits(e) && surelyPerson(e, genders)) : null)
    // ("Mr Ishola said ... [a quotation over four paragraphs naming "Obalende"] ..., he said": the last to speak, a
    // little further back, before a lone word merely named inside the quotation.)
    ?? (personal ? latestSpeaker(recent.filter((e) => e.kind === 'person' && e.spokeAt >= 0 && onePerson(e) && agrees(e) && para - e.para <= 2 * reach)) : null)
    // ("The Fund is downgrading its outlook ..., including Canada’s. ... it had estimated": a body, before a place merely named.)
    ?? recent.find((e) => inReach(e) && wanted.includes(e.kind) && agrees(e) && !(word === 'it' && isPlace(e.name)) && (!personal || onePerson(e)))
    ?? recent.find((e) => inReach(e) && wanted.includes(e.kind) && agrees(e) && (!personal || onePerson(e)))
    // ("Roof said ... [photo captions naming a woman] ... He also said": when only the other sex is in reach,
    // the last speaker who agrees, a little further back.)
    ?? (personal && recent.some((e) => e.kind === 'person' && inReach(e) && !agrees(e))
      ? latestSpeaker(recent.filter((e) => e.kind === 'person' && onePerson(e) && agrees(e) && para - e.para <= 2 * reach)) : null)
}
