// Which entities "he" or "she" may stand for (GUIDE 4): one person. A
// capitalised run the tagger took for a person's name may be a group
// ("U.S. Officials", "Deputies from three provinces", "others") or a
// word that only opened a sentence ("Present there were ...", "Affairs"):
// no "he". Among the rest, a person the article names in full, gives a
// role or a gender, or has heard speak outranks a lone capitalised word.

import type { Entity } from './entity.ts'
import { fold } from './fold.ts'
import { ANONYMOUS_HEADS, DEMONYMS, PLACES } from './lexicon.ts'

const COUNTRY_WORDS = new Set(['u.s.', 'us', 'u.k.', 'uk', 'eu', 'un', 'dprk', 'prc', 'rok', 'uae'])
import type { PersonGenders } from './person-gender.ts'
import { memo } from './memo.ts'
import { namesTalk } from './talk-speakers.ts'
import { pluralHead } from './plural-heads.ts'

// Words that name many people and end no person's name.
const MANY = new Set(['others', 'many', 'some', 'several', 'few', 'both', 'all', 'most', 'deputies', 'members', 'people', 'delegates', 'representatives', 'leaders'])

// Whether the name's last word names many ("U.S. Officials", "others (anonymous)").
const namesMany = memo((name: string): boolean => {
  const words = fold(name.replace(/\s*(?:#\d+\s*)?\((?:anonymous|unnamed)\)$/, '')).split(/\s+/)
  const last = words.at(-1) ?? ''
  return MANY.has(last) || /s$/.test(last) && ANONYMOUS_HEADS.has(last) && !ANONYMOUS_HEADS.has(`${last}s`)
})

// A name of two words or more that no place or people opens.
const placeFirst = memo((name: string): boolean => {
  const first = fold(name.split(/[\s-]+/)[0]!)
  return name.includes(' ') && !PLACES.has(first) && !DEMONYMS.has(first) && !COUNTRY_WORDS.has(first)
})

// Whether "he" or "she" may stand for the entity at all.
export function onePerson(e: Entity): boolean {
  // ("Speculation in the industry suggested ...": unnamed talk, talk-speakers.ts.)
  // ("shipping companies (anonymous)", "Western states (anonymous)": an unnamed source in the plural, plural-heads.ts.)
  return (e.kind === 'person' || e.kind === 'anonymous') && !namesMany(e.name) && !(e.kind === 'anonymous' && (namesTalk(e.name) || pluralHead(e.name)))
}

// A person the article shows to be one: named in full, with a role, a gender, or heard speaking.
export function surelyPerson(e: Entity, genders: PersonGenders | null): boolean {
  if (e.kind !== 'person') return e.kind === 'anonymous'
  if (e.spokeAt >= 0 || (genders?.of(e.name) ?? null) !== null) return true
  // ("U.S. Concern", "Russia-DPRK": a place opening a capitalised run names no one.)
  return placeFirst(e.name)
}
