// Short forms an article uses for an organisation it names in full
// (discourse.ts learns them): initials ("IMF"), a distinctive first word
// ("Nordwave"), the name cut at its linker ("Joint Chiefs").

import { fold } from './fold.ts'
import { kindOfName } from './kinds.ts'
import { DEMONYMS } from './lexicon.ts'

export const PUBLIC_BODY = /\b(?:Agency|Department|Ministry|Service|Office|Bureau|Police|Council|Commission|Authority|Administration|Court|University|Government|Assembly|Legislature)\b/
// ("the port authority": a public body described in lower case is one too.)
const PUBLIC_ANY_CASE = new RegExp(PUBLIC_BODY.source, 'i')
export const publicBody = (name: string) => PUBLIC_ANY_CASE.test(name)

// Initials of countries and unions of states, which open the names of their bodies ("US Army", "EU Council").
const COUNTRY_INITIALS = /^(?:US|USA|UK|EU|UN|UAE|GB|PRC|ROK|DPRK|NATO|ASEAN|AU)$/

// A company's role nouns ("the chipmaker"), and names of a state's own bodies, which are no company.
export const COMPANY_HEADS = new Set(['company', 'firm', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'lender', 'insurer', 'retailer', 'airline', 'miner', 'manufacturer', 'maker', 'conglomerate', 'startup', 'chain'])
// A party named by one distinctive word ("Labour Party", "Likud Party"): the word alone is the
// party's own common name, not a short form to lengthen. (An adjective alone, "Conservative", names no party.)
const PARTY = /^(?!(?:Conservative|Liberal|Democratic|Republican|Socialist|Communist|Green|Progressive|National|Nationalist|Popular|Social|Christian|Reform|Independence|Workers|Justice|Freedom|Unity)\b)\p{Lu}\p{Ll}+ Party$/u
export const STATE_BODY = /\b(?:Force|Forces|Army|Navy|Guard|Command|Staff|Reserve|Police|Parliament|Congress|Senate|House|Kremlin|Pentagon|Treasury|Cabinet|Presidency|Nations|Union)\b/

// Records the short forms of `name` (its words `parts`); true when a short form was added.
export function learnShortForms(name: string, parts: readonly string[], orgOf: Map<string, string>, acronyms: Map<string, string>): boolean {
  let changed = false
  // "IMF" after "the International Monetary Fund": initials of a body the article names in full.
  const initials = parts.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')
  if (initials.length >= 3 && !acronyms.has(initials)) acronyms.set(initials, name)
  // "Nordwave" after "Nordwave Semiconductor": a distinctive first word stands for the company.
  const first = parts[0]!
  const key = fold(first)
  // (Not "Mississippi" for the "Mississippi Emergency Management Agency": a public body's first word is its place.)
  // ("SoftBank" for "SoftBank Group": a first word may have capitals inside.)
  // (Not "Labour" for "the Labour Party": a party is named as the sentence names it, label conventions.)
  if (/^\p{Lu}\p{Ll}[\p{L}]*$/u.test(first) && kindOfName(first) === 'person' && !DEMONYMS.has(key) && !orgOf.has(key) && !PUBLIC_BODY.test(name) && !PARTY.test(name)) {
    orgOf.set(key, name)
    changed = true
  }
  // "WMC" for "WMC Resources", "HSBC" for "HSBC Holdings": a company's initials opening its name stand for it
  // (not a country's, "US Steel" for "the US", nor a public body's, "UN Security Council").
  if (parts.length === 2 && /^\p{Lu}{2,5}$/u.test(first) && !COUNTRY_INITIALS.test(first) && !PUBLIC_BODY.test(name) && !STATE_BODY.test(name) && !orgOf.has(key)) {
    orgOf.set(key, name)
    changed = true
  }
  // "Joint Chiefs" for "Joint Chiefs of Staff": a body's name cut at its linker stands for the whole.
  const link = parts.findIndex((w, k) => k >= 2 && /^(?:of|on|for)$/.test(w))
  const cut = link > 0 ? fold(parts.slice(0, link).join(' ')) : ''
  if (cut && !orgOf.has(cut)) { orgOf.set(cut, name); changed = true }
  // "Air Mobility" for "Air Mobility Command": the words before a body's last word, when they name no body themselves.
  for (let n = 2; n < parts.length; n++) {
    const prefix = parts.slice(0, n)
    const last = fold(prefix[n - 1]!)
    if (/^\p{Lu}/u.test(prefix[n - 1]!) && kindOfName(prefix[n - 1]!) === 'person' && !/^(?:of|on|for|and|the)$/.test(last) && !orgOf.has(fold(prefix.join(' ')))) {
      orgOf.set(fold(prefix.join(' ')), name)
      changed = true
    }
  }
  // "Eastern Theatre Command" for "the PLA Eastern Theatre Command": the body without its owner's initials.
  const owned = parts.length >= 3 && /^\p{Lu}{2,5}$/u.test(first) ? fold(parts.slice(1).join(' ')) : ''
  if (owned && !orgOf.has(owned)) { orgOf.set(owned, name); changed = true }
  return changed
}
