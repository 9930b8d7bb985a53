// "Inspector General of Police Douglas Kanja", "Chief of Army Staff General
// Asim Munir", "Director General of Police Arjun Rao": a title that names its
// body with "of" stands before the person's name, and the body's words are
// no part of the name (the person speaks, GUIDE 4: titles are not names).
// Read off a speaker phrase before other readings take the capitalised run
// for a body's name.

import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { ORG_WORDS, PLACES, DEMONYMS, TITLES } from './lexicon.ts'

// The person's name: two or three plain capitalised words ("Douglas Kanja").
const PLAIN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u
const plain = (w: Token) => PLAIN.test(w.text) && w.pos === 'PROPN' && !ORG_WORDS.has(w.lower) && !TITLES.has(w.lower) && !PLACES.has(w.lower) && !DEMONYMS.has(w.lower)
const cap = (w: Token) => /^\p{Lu}/u.test(w.text)

export function titledPerson(tokens: readonly Token[], a: number, b: number): Speaker | null {
  // At most three title words before "of" ("Deputy Inspector General of").
  let of = a
  while (of < b && of < a + 3 && TITLES.has(tokens[of]!.lower) && cap(tokens[of]!)) of++
  if (of === a || of + 3 >= b || tokens[of]!.lower !== 'of') return null
  // The body: capitalised words, one of them a body's word ("Police", "Army Staff", "Prisons Service"); the name
  // is the plain words after the last of them and the titles that follow it ("General Asim Munir").
  let k = of + 1
  if (tokens[k]!.lower === 'the') k++
  const bodyFrom = k
  let last = -1
  for (let j = k; j < b; j++) {
    if (!cap(tokens[j]!)) return null
    if (ORG_WORDS.has(tokens[j]!.lower)) last = j
  }
  if (last < 0 || last - bodyFrom > 3) return null
  k = last + 1
  const titles = tokens.slice(a, of).map((t) => t.lower)
  while (k < b - 2 && TITLES.has(tokens[k]!.lower)) titles.push(tokens[k++]!.lower)
  const name = tokens.slice(k, b)
  if (name.length < 2 || name.length > 3 || !name.every(plain)) return null
  return { type: 'name', name: name.map((t) => t.text).join(' '), titles }
}
