// "Legislators said ...", "Employers believe ...", "Tunisians worry that
// ...": a plural noun alone opening a sentence is a group of people, not a
// person's name (the capital is the sentence's), so it is an unnamed source
// named by the noun (GUIDE 4), as "legislators said" inside a sentence is.
// Surnames look the same ("Rogers said", "Sanders believes"): a word the
// article also writes after a given name or a title is a surname.

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { DEMONYMS } from './lexicon.ts'

// Nouns for people by what they do: "legislators", "employers", "builders", "economists", "residents".
const AGENT = /^\p{Lu}\p{Ll}{3,}(?:ers|ors|ists|ants|ents)$/u

export function bareGroup(text: string, tokens: readonly Token[], p: Phrase, from: number): Speaker | null {
  if (p.b - p.a !== 1) return null
  const w = tokens[p.a]!
  const lower = w.lower
  // "Tunisians", "Russians", "Palestinians": a people, written with its capital anywhere.
  const people = /^\p{Lu}\p{Ll}+ns$/u.test(w.text) && (DEMONYMS.has(lower.slice(0, -1)) || /ians$/.test(lower))
  if (!people && (p.a !== from || !AGENT.test(w.text))) return null
  if (!people && w.text.length < 8 && !writtenLower(text, lower)) return null
  if (surname(text, w.text)) return null
  return { type: 'anonymous', name: `${people ? w.text : lower} (anonymous)`, head: lower.replace(/s$/, '') }
}

// Answers per word for the article last read (words recur; each answer is a scan of the text).
let seenText = ''
const seen = new Map<string, boolean>()

// The article writes the word in lower case too ("workers" beside "Workers said").
const lowerSeen = new Map<string, boolean>()
function writtenLower(text: string, lower: string): boolean {
  if (text !== seenText) { seenText = text; seen.clear(); lowerSeen.clear() }
  let known = lowerSeen.get(lower)
  if (known === undefined) {
    known = text.includes(` ${lower} `)
    if (lowerSeen.size < 256) lowerSeen.set(lower, known)
  }
  return known
}

// The article writes the word after a capitalised word or a title: "Kenny Rogers", "Mr. Sanders"
// (not a determiner opening a sentence: "Many Tunisians accuse ..."). Tried only at a word's
// start: from each capital inside a word it read on to the word's end (the square of a long word).
const GROUP_WORDS = /^(?:The|These|Those|Many|Some|Most|All|Few|Several|Other|Both|Young|Local|Ordinary|Fellow|Such|More|Thousands|Hundreds|Millions|Dozens)$/
function surname(text: string, word: string): boolean {
  if (text !== seenText) { seenText = text; seen.clear(); lowerSeen.clear() }
  let known = seen.get(word)
  if (known === undefined) {
    known = false
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]*|(?:Mr|Mrs|Ms|Dr)\\.)[ \\u00a0]+${word}\\b`, 'gu'))) {
      if (!GROUP_WORDS.test(m[1]!)) { known = true; break }
    }
    if (seen.size < 256) seen.set(word, known)
  }
  return known
}
