// The kind of a named source (GUIDE decision 7): a news organisation is
// always an outlet; names with institutional words, and countries speaking
// as states, are organisations; other capitalised names are people.

import { ORG_WORDS, PLACES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { fold } from './fold.ts'
import { memo } from './memo.ts'

export type SourceKind = 'outlet' | 'person' | 'organisation' | 'document' | 'anonymous'

// Countries of two or three words, which speak as states ("the United States said").
const COUNTRIES = new Set(['united states', 'united kingdom', 'south korea', 'north korea', 'saudi arabia', 'south africa', 'new zealand', 'united arab emirates', 'czech republic'])
// Words that make a name a body beside the lexicon's ("Amnesty International", "Dick Clark Productions", "Home Depot").
const BODY_WORDS = new Set(['international', 'productions', 'records', 'entertainment', 'studios', 'pictures', 'depot', 'coalition',
  'tribe', 'society', 'league', 'initiative',
  // (Movements and armed groups news names by one word, which no given name is: "Hamas said", "the movement" after it.)
  'hamas', 'hezbollah', 'houthis', 'taliban', 'fatah', 'isis', 'isil', 'qaeda', 'shabaab', 'boko'])
const LAW = /^(?:act|ordinance|constitution|amendment)$/
const ORG_SHAPE = /^[A-Z]{2,6}\+?$/ // NATO, OPEC, IMF: acronyms that are not outlets

export const kindOfName = memo((name: string): SourceKind => {
  if (/\((?:anonymous|unnamed)\)$/.test(name)) return 'anonymous'
  if (looksLikeOutlet(name)) return 'outlet'
  // ("local TV reported", "state TV said": broadcasting at large, no body for "the airline" to stand for.)
  if (/^(?:tv|television|radio)$/i.test(name)) return 'outlet'
  // ("OPEC+" is OPEC's wider group.)
  // ("Kim Jong-un": a lower-case syllable after a hyphen is part of a given name, not the UN.)
  // ("Kim Jong Un": "Un" in title case is a given name's syllable; the UN is written in capitals.)
  const words = fold(name.replace(/-(?=\p{Ll})/gu, '').replace(/(?<=\p{L} )Un\b/gu, '')).replace(/['’]s\b/g, '').replace(/\+$/, '').split(/[\s-]+/)
  // ("the Internal Security Act": a law's name is a text, never a person a pronoun could stand for.)
  // ("the Office for the Protection of the Constitution": a body named for the law it guards is the body.)
  const guards = words.findIndex((w, k) => ORG_WORDS.has(w) && /^(?:of|for)$/.test(words[k + 1] ?? ''))
  if (words.length >= 2 && LAW.test(words.at(-1)!) && guards < 0) return 'document'
  if (words.some((w) => ORG_WORDS.has(w.replace(/\.$/, '')) || BODY_WORDS.has(w))) return 'organisation'
  // ("Brill Crate & Barrow", "Procter & Gamble": names joined by an ampersand are a firm's, never one person's.)
  if (/\p{L}\s?&\s?\p{Lu}/u.test(name)) return 'organisation'
  if (words.length === 1 && PLACES.has(words[0]!)) return 'organisation'
  if (words.length <= 2 && words.every((w) => PLACES.has(w) || w === 'and')) return 'organisation'
  if (COUNTRIES.has(words.join(' '))) return 'organisation'
  if (ORG_SHAPE.test(name)) return 'organisation'
  return 'person'
})
