// Documents take their fullest form in the article (GUIDE decision 4): "a
// joint communique" is the "Russia-China joint communique" when the article
// names it so, or when the sentence it is cited in is about "Russia and
// China". Each document name is looked up in the text once.

import type { Token } from './nlp.ts'
import { PLACES } from './lexicon.ts'

// Searching the text is linear per name; past this many names, none is searched.
const MAX_NAMES = 32

export class Documents {
  private readonly fullest = new Map<string, string | null>()

  constructor(private readonly text: string) {}

  // The fullest form of `name` ("joint communique") in the text, or null.
  longerForm(name: string): string | null {
    if (this.fullest.has(name)) return this.fullest.get(name)!
    let best: string | null = null
    if (this.fullest.size < MAX_NAMES && name.length >= 4) {
      for (let at = this.text.indexOf(name); at >= 0; at = this.text.indexOf(name, at + name.length)) {
        if (!mayLead(this.text, at)) continue
        const lead = /((?:\p{Lu}[\p{L}.]*[-–\s])+)$/u.exec(this.text.slice(Math.max(0, at - 60), at))
        const words = lead && sinceSentenceEnd(lead[1]!.trim())
        if (words && !/^(?:The|A|An)$/.test(words)) {
          const form = `${words.replace(/^(?:The|A|An)\s+/, '')} ${name}`
          if (!best || form.length > best.length) best = form
        }
      }
    }
    this.fullest.set(name, best)
    return best
  }
}

// ("... no slam dunk for Gaetz. The Fabrizio poll found": a word that ends its sentence with a dot is no part of
// the lead; an abbreviation's dot, "U.S.", "Inc.", "Gov.", is.)
const SENTENCE_END = /^\p{Lu}\p{Ll}*\p{Ll}{2}\.$/u
const ABBREVIATED = /^(?:Inc|Corp|Ltd|Bros|Jr|Sr|Gov|Sen|Rep|Dept|Govt|Assn|Intl|Univ|Gen|Col|Capt|Supt)\.$/
function sinceSentenceEnd(lead: string): string {
  const words = lead.split(/\s+/)
  const end = words.findLastIndex((w) => SENTENCE_END.test(w) && !ABBREVIATED.test(w))
  return end < 0 ? lead : words.slice(end + 1).join(' ')
}

// Whether capitalised words can end right before `at` (the pattern above needs a
// separator there and a capital in the word before it): most mentions ("the
// statement") have none, and the pattern tried at every offset of 60
// characters cost more than the search for the name.
const SEPARATOR = /^[-–\s]$/u
const WORD_CHAR = /^[\p{L}.]$/u
const CAPITAL = /^\p{Lu}$/u
function mayLead(text: string, at: number): boolean {
  if (at < 1 || !SEPARATOR.test(text[at - 1]!)) return false
  for (let k = at - 2; k >= 0 && k >= at - 60; k--) {
    const code = text.charCodeAt(k)
    if (code >= 97 && code <= 122 || code === 46) continue
    if (code >= 65 && code <= 90) return true
    // (A letter outside the first plane: left to the pattern.)
    if (code >= 0xd800 && code <= 0xdfff) return true
    const c = text[k]!
    if (!WORD_CHAR.test(c)) return false
    if (CAPITAL.test(c)) return true
  }
  return false
}

// "Russia and China ..., according to a joint statement": the parties of a joint text.
export function jointParties(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k + 2 < to; k++) {
    // ("China and Brazil signed", or a headline's "China, Brazil sign".)
    if (tokens[k + 1]!.lower !== 'and' && tokens[k + 1]!.lower !== ',') continue
    const a = tokens[k]!
    const b = tokens[k + 2]!
    if (a.cap && b.cap && PLACES.has(a.lower) && PLACES.has(b.lower)) return `${a.text}-${b.text}`
  }
  return null
}
