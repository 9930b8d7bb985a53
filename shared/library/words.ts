// Words for the search index and for finding them again in a text. A word
// is a run of letters, marks and digits; in Chinese and Japanese, which put
// no spaces between words, every ideograph or kana is a word of its own, so
// any run of them is found by its characters. A word's key ignores case and
// accents ("Café", "CAFE" and "cafe" are one key), and the same keys are made
// from the query, so what the index finds is what the text shows.

const RUN = /[\p{L}\p{M}\p{N}]+/gu
// Han (with its extensions and compatibility forms), kana: a word per character.
const IDEOGRAPHIC = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g
const HAS_IDEOGRAPH = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/
const ASCII = /^[\x00-\x7f]*$/
const MARKS = /\p{M}/gu

export function wordKey(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase()
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase()
}

export interface Word { key: string; start: number; end: number }

// Calls `found` with each word's key and where it stands (UTF-16 offsets),
// in order, repeats kept (they count).
function eachWord(text: string, found: (key: string, start: number, end: number) => void): void {
  const run = new RegExp(RUN.source, 'gu')
  for (let m = run.exec(text); m; m = run.exec(text)) {
    const word = m[0]
    if (!HAS_IDEOGRAPH.test(word)) {
      found(wordKey(word), m.index, m.index + word.length)
      continue
    }
    // A run mixing ideographs with letters or digits: each ideograph alone,
    // what lies between them a word.
    let from = 0
    for (const c of word.matchAll(IDEOGRAPHIC)) {
      if (c.index > from) found(wordKey(word.slice(from, c.index)), m.index + from, m.index + c.index)
      found(c[0], m.index + c.index, m.index + c.index + c[0].length)
      from = c.index + c[0].length
    }
    if (from < word.length) found(wordKey(word.slice(from)), m.index + from, m.index + word.length)
  }
}

export function wordKeys(text: string): string[] {
  const keys: string[] = []
  eachWord(text, (key) => keys.push(key))
  return keys
}

// The words with their places, for finding and highlighting a query's words.
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  eachWord(text, (key, start, end) => words.push({ key, start, end }))
  return words
}
