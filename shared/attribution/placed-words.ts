// "In a policy speech delivered in Minneapolis ..., the official said": a
// lone capitalised word the sentence writes only after a preposition of
// place is a place the tagger took for a person's name, no one "he" or
// "she" may stand for (GUIDE 4: places are not persons). "in Trump's
// speech" owns something, so it is left alone. Work stays inside the sentence.

import { wordPlaces } from './word-places.ts'

const PLACING = /(?:^|\s)(?:in|near|outside|inside|across|throughout)\s+$/i
// How far before the word the preposition is looked for.
const BEFORE = 16

export function placedOnly(words: string, name: string): boolean {
  if (/\s/.test(name)) return false
  let seen = false
  for (const at of wordPlaces(words, name)) {
    if (!PLACING.test(words.slice(Math.max(0, at - BEFORE), at)) || /^['’]s?\b/.test(words.slice(at + name.length))) return false
    seen = true
  }
  return seen
}
