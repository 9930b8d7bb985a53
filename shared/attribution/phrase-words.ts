// The words of a speaker phrase as speakers.ts reads them, shared with the
// modules it hands a kind of phrase to (texts, unnamed sources, role nouns):
// the determiner taken off, the words and their lower-case forms.

import type { Token } from './nlp.ts'
import { isCap } from './phrases.ts'

export interface PhraseWords {
  text: string
  tokens: readonly Token[]
  // The words after the determiner: tokens[a..b).
  a: number
  b: number
  det: string
  words: readonly Token[]
  lower: readonly string[]
  // "Some Western media" are named with their "some": where a name starting at k begins.
  some: (k: number) => number
}

export const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their)$/
export const POSSESSIVE = /^(?:'s|’s|')$/
export const LINK = /^(?:de|van|von|bin|al|da|di|del|der|la|le|of|for|-)$/

// (Words are compared without a final dot, so "Lt." is the title "lt.".)
export const bare = (w: Token) => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower)
export const capOrLink = (w: Token) => isCap(w) || LINK.test(w.lower)
export const slice = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end)
