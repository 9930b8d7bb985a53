// The 1980s wire capitalised the word after "U.S." and "U.K." whatever it
// was ("U.S. Officials said", "Peter Fellner, U.K. Economist at
// stockbrokers James Capel and Co, said"), as if a sentence began there. A
// role or a group noun so capitalised is read lower-case, so it opens no
// name: "U.K. Economist" is no person, "U.S. Officials" are U.S. officials.
// A title before a name stays ("U.S. Ambassador John Smith"). Each letter
// keeps its place, so offsets into the text stay the same.

import { ANONYMOUS_HEADS, PERSON_ROLES } from './lexicon.ts'

// "U.S. Officials said", "U.K. Economist at": the word, and what follows it (not another capital).
const CAPPED = /\bU\.[SK]\. (\p{Lu}\p{Ll}+)(?=[\s,;:.!?'’)]+(?:\p{Ll}|[,;:.!?)]|$))/gu

export function wireCaps(text: string): string {
  if (!text.includes('U.S. ') && !text.includes('U.K. ')) return text
  return text.replace(CAPPED, (whole, word: string, at: number) => {
    const lower = word.toLowerCase()
    const group = /s$/.test(lower) && (ANONYMOUS_HEADS.has(lower) || PERSON_ROLES.has(lower.slice(0, -1)))
    // (One person's role only where a name could not stand: after an article or a comma, "Peter Fellner, U.K. Economist".)
    const role = !group && PERSON_ROLES.has(lower) && /(?:,|\b(?:a|an|the)) $/i.test(text.slice(Math.max(0, at - 4), at))
    return group || role ? whole.slice(0, whole.length - word.length) + lower : whole
  })
}
