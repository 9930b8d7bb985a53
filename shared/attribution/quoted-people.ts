// The one an outlet quoted, by grammar alone: in "INA quoted a correspondent
// in the field as saying" or "the paper quoted a fisherman as saying" the
// words between "quoted" and "as saying" name whoever spoke, though no list
// of speaking nouns holds "correspondent" or "fisherman". When the usual
// reading finds no speaker there, an indefinite common noun ("a", "an",
// "another", "one", with adjectives and a place or body after it) is an
// unnamed person (GUIDE 4: "(anonymous)"); a phrase opening on anything
// else (a name the tagger missed, a pronoun, a number) is left unread.

import type { Speaker } from './speaker-type.ts'
import type { Token } from './nlp.ts'
import type { Phrase } from './noun-phrases.ts'

const INDEFINITE = /^(?:a|an|another|one)$/
// Where the head's description goes on: "a correspondent in the field", "a fisherman from Fukushima".
const AFTER_HEAD = /^(?:in|at|from|of|for|with|near|on)$/

export function quotedPerson(text: string, tokens: readonly Token[], p: Phrase): Speaker | null {
  const first = tokens[p.a]
  if (!first || !INDEFINITE.test(first.lower) || p.b - p.a < 2) return null
  // The head: the last common noun before the description that follows it.
  let head = -1
  for (let k = p.a + 1; k < p.b; k++) {
    const t = tokens[k]!
    if (AFTER_HEAD.test(t.lower)) break
    if (t.pos === 'NOUN' && !t.cap) head = k
    else if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return null
  }
  if (head < 0) return null
  const name = text.slice(tokens[p.a + 1]!.start, tokens[p.b - 1]!.end).replace(/\s+/g, ' ')
  return { type: 'anonymous', name: `${name} (anonymous)`, head: tokens[head]!.lower }
}
