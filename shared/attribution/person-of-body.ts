import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { isCap } from './phrases.ts'
import { DEMONYMS, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { outletShape } from './outlet-shape.ts'
import { kindOfName } from './kinds.ts'

const orgWord = (w: Token) => ORG_WORDS.has(w.lower)
const slice = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end)

// "Alexandra Olgin of South Carolina Public Radio", "Jan Berg of the Brookings
// Institution": a person's name (two or three plain capitalised words) and the
// outlet or body they work for; the person speaks.
const STATE_WORDS = /^(?:Republic|Kingdom|Federation|Emirates|States|Union|Islamic|Democratic|People|United|Federal|National|Royal|Grand|Duchy)$/
export function personOfBody(text: string, tokens: readonly Token[], a: number, b: number): Speaker | null {
  let of = -1
  for (let k = a + 2; k < Math.min(b - 1, a + 4); k++) if (tokens[k]!.lower === 'of') { of = k; break }
  if (of < 0) return null
  const person = tokens.slice(a, of)
  const plain = (w: Token) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && w.pos === 'PROPN' && !ORG_WORDS.has(w.lower) && !PLACES.has(w.lower) && !DEMONYMS.has(w.lower) && !TITLES.has(w.lower)
  if (!person.every(plain) || person.some((w) => STATE_WORDS.test(w.text))) return null
  const from = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1
  if (from >= b) return null
  const body = tokens.slice(from, b)
  // ("Jamie Werner of Ngatiwai", "Ron Paul of Texas": a given name and a surname of a people or a place are a person too.)
  // ("Law Society of Kenya" is a body: its words name one.)
  const placeOrPeople = person.length === 2 && from === of + 1 && body.every((w) => isCap(w) && w.pos === 'PROPN') && kindOfName(slice(text, tokens, a, of)) === 'person'
  if (!isCap(body[0]!) || !(placeOrPeople || outletShape(tokens, from, b) || looksLikeOutlet(slice(text, tokens, from, b)) || body.some(orgWord))) return null
  return { type: 'name', name: slice(text, tokens, a, of), titles: [] }
}
