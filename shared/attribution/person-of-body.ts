import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { isCap } from './phrases.ts'
import { DEMONYMS, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { outletShape } from './outlet-shape.ts'
import { kindOfName } from './kinds.ts'
import { fullBefore } from './surname-of-body.ts'

const orgWord = (w: Token) => ORG_WORDS.has(w.lower)
const slice = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end)
// ("Phillips and Drew", "L.F. Rothschild": a firm's name of capitalised words and their links.)
const linked = (body: readonly Token[]) => isCap(body[0]!) && isCap(body[body.length - 1]!) && body.every((w) => isCap(w) || /^(?:and|&|of|the)$/.test(w.lower))

// "Alexandra Olgin of South Carolina Public Radio", "Jan Berg of the Brookings
// Institution": a person's name (two or three plain capitalised words) and the
// outlet or body they work for; the person speaks. Wire copy also names an
// analyst by surname and firm once it has given the full name ("said Johnson
// of L.F. Rothschild" after "Paul Johnson"), and puts the firm's trade before
// its name ("Paul Spedding of stockbroker Kleinwort Grieveson and Co").
const STATE_WORDS = /^(?:Republic|Kingdom|Federation|Emirates|States|Union|Islamic|Democratic|People|United|Federal|National|Royal|Grand|Duchy)$/
export function personOfBody(text: string, tokens: readonly Token[], start: number, b: number): Speaker | null {
  // ("said economist Lawrence Chimerine of Wharton Econometrics": the job in lower case before the name.)
  let a = start
  while (a < start + 2 && a + 1 < b && /^\p{Ll}+$/u.test(tokens[a]!.text) && tokens[a]!.pos === 'NOUN' && tokens[a + 1]!.cap) a++
  let of = -1
  for (let k = a + 1; k < Math.min(b - 1, a + 4); k++) if (tokens[k]!.lower === 'of') { of = k; break }
  if (of < 0) return null
  const person = tokens.slice(a, of)
  const plain = (w: Token) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && w.pos === 'PROPN' && !ORG_WORDS.has(w.lower) && !PLACES.has(w.lower) && !DEMONYMS.has(w.lower) && !TITLES.has(w.lower)
  if (!person.every(plain) || person.some((w) => STATE_WORDS.test(w.text))) return null
  // (A surname alone only when the article has given the person's full name before.)
  const surname = person.length === 1
  if (surname && !fullBefore(tokens, a)) return null
  let from = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1
  // ("of stockbroker Kleinwort Grieveson", "of investment bank Morgan Stanley": the firm's trade, in lower case.)
  let trade = 0
  while (from < b - 1 && trade < 2 && /^\p{Ll}+$/u.test(tokens[from]!.text) && tokens[from]!.pos === 'NOUN') { from++; trade++ }
  if (from >= b) return null
  const body = tokens.slice(from, b)
  // ("Jamie Werner of Ngatiwai", "Ron Paul of Texas": a given name and a surname of a people or a place are a person too.)
  // ("Law Society of Kenya" is a body: its words name one.)
  const placeOrPeople = person.length === 2 && from === of + 1 && body.every((w) => isCap(w) && w.pos === 'PROPN') && kindOfName(slice(text, tokens, a, of)) === 'person'
  // ("Carol Bell of Phillips and Drew", "Johnson of L.F. Rothschild": a firm's name after a full name, or after a known surname.)
  const firm = (surname || person.length === 2 && kindOfName(slice(text, tokens, a, of)) === 'person') && linked(body)
  if (!isCap(body[0]!) || !(firm || placeOrPeople || outletShape(tokens, from, b) || looksLikeOutlet(slice(text, tokens, from, b)) || body.some(orgWord))) return null
  return { type: 'name', name: slice(text, tokens, a, of), titles: tokens.slice(start, a).map((t) => t.lower) }
}
