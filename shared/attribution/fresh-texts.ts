// "The statement, which was obtained by Variety, claimed ... The company
// denied it in a statement posted to its website. ... 'We were shocked,' the
// statement read": a text brought in with "a" ("a statement", "another
// report") is a new one, so a later "the statement" is that one, not the
// text an outlet passed on before (GUIDE 5: `via` only for what the outlet
// relays). The relay a document kept from its first mention (discourse.ts)
// ends at the next indefinite mention of its kind of text that does not
// name the relay again.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { DOCUMENT_NOUNS } from './lexicon.ts'
import { namesOf } from './outlets.ts'
import type { Sentence } from './sentences.ts'

// "a statement", "a separate statement", "another written statement", "a new report".
const INDEFINITE = /\b(?:an?|another)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b/gu

export function freshTexts(text: string, sentences: readonly Sentence[], own: (Attribution | null)[]): void {
  if (!own.some((a) => a?.kind === 'document' && a.via)) return
  // The documents met so far with a relay (name -> relay), and those whose relay ended.
  const relayed = new Map<string, string>()
  const ended = new Set<string>()
  sentences.forEach((s, i) => {
    const words = text.slice(s.start, s.end)
    const a = own[i]
    if (a?.kind === 'document' && a.via) {
      const key = fold(a.source)
      if (named(words, a.via)) ended.delete(key)
      else if (ended.has(key) && relayed.get(key) === a.via) own[i] = { ...a, via: null }
      if (!relayed.has(key) && relayed.size < MAX) relayed.set(key, a.via)
    }
    if (relayed.size === 0) return
    for (const m of words.matchAll(INDEFINITE)) {
      const head = m[1]!
      if (!DOCUMENT_NOUNS.has(head)) continue
      for (const [key, via] of relayed) if (key.endsWith(` ${head}`) && !named(words, via)) ended.add(key)
    }
  })
}

// Enough relayed texts for any article; the pass stays linear.
const MAX = 16
const named = (words: string, outlet: string) => namesOf(outlet).some((n) => words.includes(n))
