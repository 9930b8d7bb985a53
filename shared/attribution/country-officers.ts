// An unnamed holder of a role many may hold, of a country: "a military
// commentator of the DPRK", "an official of Japan". The speaker is named
// after the country, as an unnamed official of a body is (README conventions:
// `DPRK military commentator (anonymous)`, "officials in Kyiv" →
// `Ukrainian officials (anonymous)`). A unique office ("the president of
// Mexico") is a person the text can name and is left to the office readers.

import { DEMONYM_OF } from './lexicon.ts'

const ROLES = String.raw`(?:commentator|analyst|spokes(?:man|woman|person)|official|observer|expert|researcher)s?`
// ("the Republic of Korea" has its own "of": only a country of up to three capitalised words or its initials.)
const COUNTRY_OFFICER = new RegExp(String.raw`^(?:the|a|an|one)\s+((?:\p{Ll}+\s+){0,2}?${ROLES})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})(?=\s*(?:$|,|:|\bon\b|\bin\b))`, 'u')
// What the words must open on for the pattern to match once their first letter is lower-cased: most
// subjects read here do not, and are let go before that copy of them is made (every cue's subject is asked).
const OPENING = /^\p{L}(?:he|n|ne)?\s/u
const INITIALS = /^(?:DPRK|ROK|PRC|US|U\.S\.|UK|U\.K\.)$/

// The speaker's name, or null when the words are no such role of a known country.
export function countryOfficer(words: string): string | null {
  if (!OPENING.test(words)) return null
  const m = COUNTRY_OFFICER.exec(words.replace(/^\p{Lu}/u, (l) => l.toLowerCase()))
  if (!m) return null
  const country = m[2]!
  const adjective = DEMONYM_OF.get(country.toLowerCase()) ?? (INITIALS.test(country) ? country : null)
  return adjective ? `${adjective} ${m[1]!.replace(/\s+/g, ' ')} (anonymous)` : null
}
