// Where a word stands in a text as a word of its own ("Ford", not in
// "Fordham" or "Stafford"): the places that
// new RegExp(`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'gu') finds, in
// order, read from indexOf. Such a pattern tests its lookbehind at every
// character of the text, each time it is asked about another name (and a
// fresh one runs interpreted the first time). `digits` false: the places of
// (?<![\p{L}])...(?![\p{L}]), where a digit may touch the word.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const LETTER = /^\p{L}$/u

export function* wordPlaces(text: string, word: string, digits = true): Generator<number> {
  if (!word) return
  const edge = digits ? LETTER_OR_DIGIT : LETTER
  for (let k = text.indexOf(word); k >= 0;) {
    if (!edge.test(pointBefore(text, k)) && !edge.test(pointAt(text, k + word.length))) {
      yield k
      k = text.indexOf(word, k + word.length)
    } else {
      k = text.indexOf(word, k + 1)
    }
  }
}

// The code point ending at `at` or starting there (a letter outside the first plane is two code units), or ''.
function pointBefore(text: string, at: number): string {
  if (at <= 0) return ''
  const c = text.charCodeAt(at - 1)
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff) return text.slice(at - 2, at)
  return text[at - 1]!
}

function pointAt(text: string, at: number): string {
  if (at >= text.length) return ''
  const c = text.charCodeAt(at)
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff) return text.slice(at, at + 2)
  return text[at]!
}

// Whether the word stands in the text as a word of its own (the first of wordPlaces).
export function hasWord(text: string, word: string, digits = true): boolean {
  return !wordPlaces(text, word, digits).next().done
}
