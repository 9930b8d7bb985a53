// "In response to a question from the Russian news agency Interfax, X said",
// "answering a question from TASS", "in reply to a TASS question": the outlet
// that put the question is where the answer was given (GUIDE 6: venue), as
// "in an interview with X" is. State media write their own questions so
// ("Peskov said in reply to a TASS question"); another outlet that writes it
// relays the answer (venue-relays.ts decides). Reads tokens start..end only.

import { phraseStartingAt } from './phrases.ts'
import { looksLikeOutlet } from './outlets.ts'
import { text, tokens, word } from './cue-sentence.ts'

export function questionFrom(start: number, end: number): string | null {
  for (let k = start; k < end - 1; k++) {
    if (!/^questions?$/.test(word(k))) continue
    // "a question from X", "questions from X".
    if (word(k + 1) === 'from') {
      const p = phraseStartingAt(tokens, k + 2, end)
      const name = p ? text.slice(tokens[p.a]!.start, tokens[p.b - 1]!.end).replace(/^the\s+/i, '') : ''
      return outletIn(name)
    }
    // "a TASS question": the outlet between the article and the noun.
    let a = k - 1
    while (a > start && tokens[a]!.cap) a--
    if (a < k - 1 && /^(?:a|an|the)$/.test(word(a))) return outletIn(text.slice(tokens[a + 1]!.start, tokens[k - 1]!.end))
    return null
  }
  return null
}

// "the Russian news agency Interfax": the outlet's name after its description.
function outletIn(name: string): string | null {
  if (looksLikeOutlet(name)) return name
  const m = /(?:agency|newspaper|daily|broadcaster|channel|outlet)\s+(\p{Lu}.*)$/u.exec(name)
  return m && looksLikeOutlet(m[1]!) ? m[1]! : null
}
