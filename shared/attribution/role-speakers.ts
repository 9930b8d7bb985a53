// A speaker phrase with a lower-case head: a body described well enough to
// stand as a name ("the FNV union", "the Dutch economy ministry", "Russia's
// foreign ministry"), a role noun for someone named before ("the expert",
// "the ministry", "the news agency"), one of several unnamed sources ("the
// second official") or an unnamed group ("officials", "analysts").

import type { Speaker } from './speaker-type.ts'
import { ANONYMOUS_HEADS, DEMONYMS, ORG_ROLES, OUTLET_ROLES, PERSON_ROLES, PLACES } from './lexicon.ts'
import { isCap } from './phrases.ts'
import { knownOutlet } from './outlets.ts'
import { anonymousName } from './anonymous-phrase.ts'
import { stateBodyName } from './state-bodies.ts'
import { countryBefore } from './country-before.ts'
import { DEFINITE, slice, type PhraseWords } from './phrase-words.ts'
import { SPOKES } from './speaker-words.ts'
import { INDEFINITE, OTHER, countedHead } from './anonymous-numbering.ts'
import { MARKET_PEOPLE } from './based-places.ts'
import { COMPANY_HEADS } from './org-forms.ts'
import { ownerRole } from './owned-roles.ts'

// Nouns for a firm that name no trade: the words before them do.
const GENERIC_FIRMS = /^(?:company|firm|maker)$/

// "a second official", "another source": a separate unnamed source (GUIDE decision 4 numbers them); 0 = the next one.
const ORDINALS: ReadonlyMap<string, number> = new Map([['another', 0], ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]])
const isSame = (m: string) => m === 'same'

// `possessive`: the index in the words of a possessive ("Ukraine's"), or -1; `ownedByName`: its owner is capitalised.
export function roleSpeaker(p: PhraseWords, possessive: number, ownedByName: boolean): Speaker | null {
  const { text, tokens, a, b, det, words, some } = p
  const head = words[words.length - 1]!
  const mods = words.slice(0, -1).map((w) => w.lower)
  const plural = /s$/.test(head.lower) && !PERSON_ROLES.has(head.lower)
  const singular = plural ? head.lower.replace(/s$/, '') : head.lower
  const capitalMods = words.slice(0, -1).filter((w) => isCap(w) && w.pos === 'PROPN' && !DEMONYMS.has(w.lower) && !PLACES.has(w.lower))
  // "Ukraine's agriculture ministry": a named owner makes it definite.
  const definite = DEFINITE.test(det) || ownedByName && ORG_ROLES.has(singular)
  if (definite && !plural && (ORG_ROLES.has(singular) || OUTLET_ROLES.has(singular))) {
    // "the FNV union", "the Interfax agency": the modifier names it.
    // "the Bavarian interior ministry" is described, not named, by its capital: the whole phrase stands.
    const afterCapitals = capitalMods.length ? words.slice(words.indexOf(capitalMods[capitalMods.length - 1]!) + 1, -1) : []
    // ("the DeepState monitoring group": what the body does, between its name and the role noun, describes it too;
    // "the Bavarian interior ministry" stays described.)
    if (capitalMods.length && afterCapitals.every((w) => w.lower === 'news' || ORG_ROLES.has(w.lower) || OUTLET_ROLES.has(w.lower) || !w.cap && /ing$/.test(w.lower))) {
      // ("the Scottish government", "the Obama administration": a place's or a leader's government is named with its noun.)
      if (afterCapitals.length === 0 && /^(?:government|administration)$/.test(singular)) return { type: 'name', name: `${text.slice(capitalMods[0]!.start, head.start)}${head.text}`, titles: [] }
      return { type: 'name', name: text.slice(capitalMods[0]!.start, capitalMods[capitalMods.length - 1]!.end), titles: [singular] }
    }
    // "Kazakhstan ..., its energy ministry said": the country the sentence is about owns it.
    if (det === 'its' && ORG_ROLES.has(singular)) {
      const country = countryBefore(tokens, a)
      if (country) return { type: 'name', name: stateBodyName(country, slice(text, tokens, a, b)) ?? `${country}'s ${slice(text, tokens, a, b)}`, titles: [] }
    }
    // "Russia's foreign ministry": the Russian foreign ministry (state-bodies.ts).
    const stateBody = ownedByName && possessive + 1 < words.length - 1 ? stateBodyName(slice(text, tokens, a, a + possessive), slice(text, tokens, a + possessive + 1, b)) : null
    if (stateBody) return { type: 'name', name: stateBody, titles: [] }
    // "the Dutch economy ministry": described well enough to stand as a name.
    // ("the contract chipmaker": a noun that names the trade, described in lower case, is a role noun for the firm
    // named before, org-forms.ts. A trade before a bare "company" tells firms apart, "the oil company",
    // and so does a country, "the French manufacturer": both stay as written.)
    const company = COMPANY_HEADS.has(singular) && !GENERIC_FIRMS.test(singular) && words.slice(0, -1).every((w) => !w.cap)
    // (Its describing words are in no name: the role alone, "the chipmaker".)
    if (company && DEFINITE.test(det)) return { type: 'role', head: singular, mods: [], group: 'org' }
    if (mods.length && ORG_ROLES.has(singular) && !mods.every(isSame)) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  }
  // "the second official": one of several unnamed sources, not a role noun for a named one.
  // ("the other source", "one diplomat", "a diplomat": numbered once told apart, anonymous-numbering.ts.)
  const other = det === 'the' && mods[0] === OTHER ? 0 : undefined
  const fresh = countedHead(singular) && (/^(?:a|an|one)$/.test(det) || !det && mods[0] === 'one') ? INDEFINITE : undefined
  const ordinal = plural ? undefined : ORDINALS.get(det) ?? (mods.length ? ORDINALS.get(mods[0]!) : undefined) ?? other ?? fresh
  // ("said one London-based broker": a market's person counted and placed is a person; "the broker", "a car dealer"
  // may be a firm.)
  const counted = (/^(?:a|an|one)$/.test(det) || !det && mods[0] === 'one') && mods.includes('based')
  const unnamed = ANONYMOUS_HEADS.has(head.lower) || PERSON_ROLES.has(singular) || ANONYMOUS_HEADS.has(singular) || counted && !plural && MARKET_PEOPLE.test(singular)
  if (ordinal !== undefined && unnamed) {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), definite: DEFINITE.test(det), head: singular, ordinal }
  }
  if (DEFINITE.test(det) && !plural) {
    // ("the minister's press secretary" is the secretary, not the minister, owned-roles.ts.)
    const owner = ownerRole(p, possessive)
    if (owner) return { type: 'role', head: singular, mods: [], group: 'person', owner }
    if (OUTLET_ROLES.has(singular) || singular === 'agency' && mods.includes('news')) return { type: 'role', head: singular, mods, group: 'outlet' }
    if (ORG_ROLES.has(singular)) return { type: 'role', head: singular, mods, group: 'org' }
    // ("the Bat spokeswoman": the capitalised words before a spokesperson's noun name the body.)
    const body = SPOKES.has(singular) && mods.length && words.slice(0, -1).every((w) => isCap(w) && !DEMONYMS.has(w.lower) && !PLACES.has(w.lower)) ? slice(text, tokens, a, b - 1) : undefined
    if (PERSON_ROLES.has(singular)) return { type: 'role', head: singular, mods, group: 'person', owned: /^(?:his|her|their|its)$/.test(det), body }
  }
  if (unnamed || plural && !det && head.pos === 'NOUN') {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), definite: DEFINITE.test(det), head: singular }
  }
  // ("at the time called": a masthead is written with its capital, "Time".)
  // (Lower case only as the masthead writes itself, "dpa"; "the times" is no outlet.)
  const written = slice(text, tokens, a, b)
  const known = knownOutlet(written)
  const outlet = head.cap || known === written ? known : undefined
  if (outlet) return { type: 'name', name: outlet, titles: [] }
  return null
}
