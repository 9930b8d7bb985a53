// Names that end in "'s" ("McDonald's", "Moody's", "Jane's"): a firm or a
// title named after its founder keeps the possessive, though a name read
// with its possessive elsewhere ("Canada’s", "Trump's") loses it. A word
// the article writes only ever with "'s" is such a name. One pass over
// the text, counting capitalised words with and without the possessive.

import type { Token } from './nlp.ts'
import { PLACES, REPORTING } from './lexicon.ts'
import { capitalMatchAll } from './capital-index.ts'

const WORD = /\p{Lu}[\p{L}-]*(['’]s\b)?/gu

export function possessiveNames(text: string): ReadonlySet<string> {
  const plain = new Set<string>()
  const owned = new Set<string>()
  for (const m of capitalMatchAll(text, WORD)) {
    const word = m[1] ? m[0].slice(0, -2) : m[0]
    if (m[1]) owned.add(word)
    else plain.add(word)
  }
  for (const word of plain) owned.delete(word)
  // ("Canada’s" alone is still the country's.)
  for (const word of owned) if (PLACES.has(word.toLowerCase())) owned.delete(word)
  return owned
}

// "Moody's said", "Sotheby’s reported": a possessive with a reporting verb
// after it owns nothing, so it is the end of a name; wink cuts it off
// ("Moody" "'s"), which left the verb with no subject. ("China's reported
// cases", "the firm's said figures": a noun after the verb is what the
// possessive owns.) Joins the name and its mark once the token after the
// verb is read; looks at the last four tokens.
export function joinPossessive(out: Token[]): void {
  const next = out[out.length - 1]!
  const verb = out[out.length - 2]!
  const mark = out[out.length - 3]!
  const name = out[out.length - 4]!
  if (verb.pos !== 'VERB' || verb.cap || !REPORTING.has(verb.lower) || /ing$/.test(verb.lower) || !/^(?:'s|’s)$/.test(mark.text)) return
  if (name.pos !== 'PROPN' || !name.cap || name.end !== mark.start || name.sentence !== verb.sentence || PLACES.has(name.lower)) return
  if (next.sentence === verb.sentence && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) return
  name.text += mark.text
  name.lower = name.text.toLowerCase()
  name.end = mark.end
  out.splice(out.length - 3, 1)
}

// "National People's Congress", "All-China Women's Federation", "People's Bank of China": a
// group's plural before "'s" inside a capitalised run owns nothing; the body's name is the whole run.
export const GROUP_PLURAL = /^(?:People|Women|Children|Men)$/
export function groupPossessive(words: readonly Token[]): boolean {
  let owned = false
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (/^(?:'s|’s)$/.test(w.lower)) {
      if (k === 0 || k === words.length - 1 || !GROUP_PLURAL.test(words[k - 1]!.text) || !/^\p{Lu}/u.test(words[k + 1]!.text)) return false
      owned = true
    // ("Foreign Ministry of the Democratic People's Republic of Korea": "of the" inside the body's name.)
    } else if (!/^\p{Lu}/u.test(w.text) && !/^(?:of|for|and|-)$/.test(w.lower) && !(w.lower === 'the' && words[k - 1]?.lower === 'of')) return false
  }
  return owned
}
