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
// (not a determiner opening a sentence: "Many Tunisians accuse ..."). What
// text.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*|(?:Mr|Mrs|Ms|Dr)\.)[ \u00a0]+WORD\b/gu) finds,
// read from the word's few places (indexOf) instead of a pattern tried at
// every character of the text for each word: each place has one possible
// match, the word before its blanks, and a match overlapping the one before
// it is passed over as the pattern's search passes it.
const GROUP_WORDS = /^(?:The|These|Those|Many|Some|Most|All|Few|Several|Other|Both|Young|Local|Ordinary|Fellow|Such|More|Thousands|Hundreds|Millions|Dozens)$/
function surname(text: string, word: string): boolean {
  if (text !== seenText) { seenText = text; seen.clear(); lowerSeen.clear() }
  let known = seen.get(word)
  if (known === undefined) {
    known = false
    let end = 0
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // (\b after a word ending in an ASCII letter: no ASCII letter, digit or _ follows.)
      if (ASCII_WORD.test(text[at + word.length] ?? '')) continue
      let blanks = at
      while (blanks > 0 && (text.charCodeAt(blanks - 1) === 0x20 || text.charCodeAt(blanks - 1) === 0xa0)) blanks--
      if (blanks === at) continue
      const from = wordBefore(text, blanks)
      if (from < end) continue
      end = at + word.length
      if (!GROUP_WORDS.test(text.slice(from, blanks))) { known = true; break }
    }
    if (seen.size < 256) seen.set(word, known)
  }
  return known
}

const ASCII_WORD = /^\w$/
const NAME_CHAR = /^[\p{L}'’-]$/u
const CAPITAL = /^\p{Lu}/u
const TITLE = /^(?:Mr|Mrs|Ms|Dr)$/

// Where the pattern's first group starts when it ends at `end`, or -1: a
// capitalised run of letters, apostrophes and hyphens with none before it,
// or a title's abbreviation with its dot.
function wordBefore(text: string, end: number): number {
  if (text[end - 1] === '.') {
    for (const n of [2, 3]) {
      const from = end - 1 - n
      if (from >= 0 && TITLE.test(text.slice(from, end - 1)) && !NAME_CHAR.test(charBefore(text, from))) return from
    }
    return -1
  }
  let from = end
  for (let ch = charBefore(text, from); ch && NAME_CHAR.test(ch); ch = charBefore(text, from)) from -= ch.length
  return from < end && CAPITAL.test(text.slice(from, from + 2)) ? from : -1
}

// The character (a whole code point) ending at `at`, or ''.
function charBefore(text: string, at: number): string {
  if (at <= 0) return ''
  const c = text.charCodeAt(at - 1)
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2)
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(at - 2, at)
  }
  return text[at - 1]!
}
