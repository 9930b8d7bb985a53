// Matches of a pattern that opens on a capitalised word ("\p{Lu}" then the
// word's letters), exactly as `text.matchAll(pattern)` finds them, without
// trying again at every capital inside one word. The regular-expression
// engine tries each position: in a word of 20,000 capitals each try reads
// on to the word's end, the square of the word's length (a hostile text of
// such words held the engine for minutes).
//
// Why a later capital of the same word can be passed over: `word` is the
// class the pattern's first word is read with, and it holds every letter.
// A match from a capital inside the word is also a match from the capital
// tried before it in that word (its first word only reads further back), so
// when that one failed this one fails too; and when that one matched, the
// search went on past its end.

import { capitalsOf, firstCapitalsOf, firstFrom } from './capital-index.ts'

// pattern: global and Unicode, opening with \p{Lu} then `word` repeated; nothing in it looks behind its start.
// word: one character of the pattern's first word (e.g. /[\p{L}'’.-]/u), a class holding every letter.
export function* capitalMatches(text: string, pattern: RegExp, word: RegExp): Generator<RegExpExecArray> {
  const at = new RegExp(pattern.source, 'uy')
  // The first capital of a word (no capital before it in the word): the only one tried (capital-index.ts).
  const firsts = firstCapitalsOf(text, word)
  const capitals = capitalsOf(text)
  const inWord = new RegExp(word.source, 'uy')
  const rest = new RegExp(`${word.source}*`, 'uy')
  for (let k = 0; k < firsts.length;) {
    const c = firsts[k]!
    at.lastIndex = c
    let m = at.exec(text)
    if (!m) { k++; continue }
    yield m
    let from = c + m[0].length
    // A match may end inside a word ("Sun" in "Sun-Times"): the search goes on there, from the word's next capital.
    for (inWord.lastIndex = from; inWord.test(text);) {
      rest.lastIndex = from
      rest.exec(text)
      const end = rest.lastIndex
      const n = firstFrom(capitals, from)
      if (n >= capitals.length || capitals[n]! >= end) { from = end; break }
      const next = capitals[n]!
      at.lastIndex = next
      m = at.exec(text)
      if (!m) { from = end; break }
      yield m
      from = next + m[0].length
      inWord.lastIndex = from
    }
    k = firstFrom(firsts, from)
  }
}

const LETTER_OR_HYPHEN = /^[\p{L}-]$/u
const CAPITAL = /\p{Lu}/u

// The word owning a name's final "'s" from its first capital on ("Canada" in
// "Canada's", "Smith-Jones" in "the Smith-Jones's"), as
// /(\p{Lu}[\p{L}-]*)['’]s$/u gives it in group 1, but read back from the end
// once (that pattern tries each capital of a long word and reads on to the end).
export function possessorOf(name: string): string | null {
  const n = name.length
  if (n < 3 || name.charCodeAt(n - 1) !== 0x73 || (name[n - 2] !== "'" && name[n - 2] !== '’')) return null
  let from = n - 2
  while (from > 0) {
    // (A letter outside the first plane is two code units.)
    const pair = from >= 2 && /[\uDC00-\uDFFF]/.test(name[from - 1]!) && /[\uD800-\uDBFF]/.test(name[from - 2]!)
    const ch = pair ? name.slice(from - 2, from) : name[from - 1]!
    if (!LETTER_OR_HYPHEN.test(ch)) break
    from -= ch.length
  }
  const word = name.slice(from, n - 2)
  const first = CAPITAL.exec(word)
  return first ? word.slice(first.index) : null
}
