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
        const lead = /((?:\p{Lu}[\p{L}.]*[-–\s])+)$/u.exec(this.text.slice(Math.max(0, at - 60), at))
        const words = lead?.[1]!.trim()
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
