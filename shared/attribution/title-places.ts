// A district's officer is styled with his district between post and name
// ("Deputy Commissioner Mastung Athar Abbas Raja"): the place is no given
// name, and the person is the name after it (GUIDE 4). The first word is the
// place when the article also writes it as one, before a place noun ("in
// Mastung district"), and the whole run follows a title. Run after the
// mention graph, which names a person by the longest run it saw.

import { afterTitle } from './fullest-names.ts'
import { wordPlaces } from './word-places.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

const PLACE_NOUN = /^\s+(?:district|province|city|county|region|division|tehsil|town|village|valley)\b/
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u
// Places of the word looked at (a hostile text repeats it without end), and names looked up per article.
const MAX_SEEN = 50
const MAX_NAMES = 64

export function titlePlaces(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const found = new Map<string, string | null>()
  for (const s of out) {
    if (s.sourceKind !== 'person') continue
    if (!found.has(s.source)) {
      if (found.size >= MAX_NAMES) continue
      const cut = withoutTitlePlace(s.source.split(' '), text)
      found.set(s.source, cut && afterTitle(text, s.source) ? cut : null)
    }
    const name = found.get(s.source)
    if (name) { s.source = name; s.sourceId = match(name) }
  }
}

function withoutTitlePlace(words: readonly string[], text: string): string | null {
  // (The person keeps three name words: "Mastung Abbas Raja" may be a name, and too little is left to tell.)
  if (words.length < 4 || !words.every((w) => NAME_WORD.test(w))) return null
  const place = words[0]!
  let n = 0
  for (const at of wordPlaces(text, place)) {
    if (n++ >= MAX_SEEN) break
    if (PLACE_NOUN.test(text.slice(at + place.length, at + place.length + 12))) return words.slice(1).join(' ')
  }
  return null
}
