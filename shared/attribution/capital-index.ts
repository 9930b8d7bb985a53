// Where the text's capital letters are, found once per text, and whole-text
// searches for patterns that can only match from a capital. A Unicode class
// such as \p{Lu} costs V8's pattern engine 20-40 ns a character on a text
// with non-Latin letters (it tests each position, a lookbehind first when
// the pattern opens on one): a dozen such scans over a 1 MB article took
// about a third of a second. Capitals are 4% of news text: a pattern tried
// only there, sticky, finds the same matches in a fraction of the time.

const UPPER = /^\p{Lu}$/u

let indexed = ''
let capitals: Int32Array = new Int32Array(0)
// Per class of a word's characters (its source), the capitals that open a word, for the text indexed.
const firsts = new Map<string, Int32Array>()

// The offset of every capital letter (a whole code point) in `text`, in
// order. The last long text's answer is kept: the engine's passes read one
// article (a sentence read between them is indexed anew, leaving it kept).
const KEPT = 2048
export function capitalsOf(text: string): Int32Array {
  if (text === indexed) return capitals
  const found = capitalsIn(text)
  if (text.length < KEPT) return found
  indexed = text
  capitals = found
  firsts.clear()
  return capitals
}

// The capitals that are the first capital of their word: those that
// /\p{Lu}(?<!\p{Lu}WORD*?\p{Lu})/gu finds, where WORD (`word`, a class
// holding every letter) is what a word is made of. A capital is not the
// first when the capital before it is joined to it by word characters only.
export function firstCapitalsOf(text: string, word: RegExp): Int32Array {
  const all = capitalsOf(text)
  const kept = text === indexed
  const known = kept ? firsts.get(word.source) : undefined
  if (known) return known
  const inWord = wordTest(word)
  const found: number[] = []
  for (let k = 0; k < all.length; k++) {
    const p = all[k]!
    if (k === 0 || !joined(text, all[k - 1]!, p, inWord)) found.push(p)
  }
  const out = Int32Array.from(found)
  if (kept) firsts.set(word.source, out)
  return out
}

// Whether every character after the capital at q and before p is a word character.
function joined(text: string, q: number, p: number, inWord: (text: string, at: number) => number): boolean {
  let at = q + (text.charCodeAt(q) >= 0xd800 && text.charCodeAt(q) <= 0xdbff ? 2 : 1)
  while (at < p) {
    const n = inWord(text, at)
    if (n === 0) return false
    at += n
  }
  return true
}

// A test of one character of `word` at an offset: its length in code units when it belongs, else 0.
// (ASCII answered from a table made once; other characters by the class, a whole code point at a time.)
const tests = new Map<string, (text: string, at: number) => number>()
function wordTest(word: RegExp): (text: string, at: number) => number {
  let test = tests.get(word.source)
  if (!test) tests.set(word.source, test = makeWordTest(word))
  return test
}

function makeWordTest(word: RegExp): (text: string, at: number) => number {
  const one = new RegExp(`^${word.source}$`, 'u')
  const ascii = new Uint8Array(128)
  for (let c = 0; c < 128; c++) ascii[c] = one.test(String.fromCharCode(c)) ? 1 : 0
  return (text, at) => {
    const c = text.charCodeAt(at)
    if (c < 0x80) return ascii[c]!
    const pair = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && text.charCodeAt(at + 1) >= 0xdc00 && text.charCodeAt(at + 1) <= 0xdfff
    const ch = pair ? text.slice(at, at + 2) : text[at]!
    return one.test(ch) ? ch.length : 0
  }
}

function capitalsIn(text: string): Int32Array {
  const found: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 65 && c <= 90) found.push(i)
      continue
    }
    // (A letter outside the first plane is two code units: read as one, never tried from its second half.)
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
    if (UPPER.test(pair ? text.slice(i, i + 2) : text[i]!)) found.push(i)
    if (pair) i++
  }
  return Int32Array.from(found)
}

// The first index in `sorted` holding a value >= `at`.
export function firstFrom(sorted: Int32Array, at: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

const sticky = new Map<RegExp, RegExp>()

// Exactly what `text.matchAll(pattern)` yields, for a global Unicode
// pattern every match of which starts at a capital letter (it opens on
// \p{Lu}, or on a lookbehind or \b and then \p{Lu}, or on a capitalised
// literal).
export function capitalMatchAll(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  return matchAllAt(text, pattern, capitalsOf(text))
}

// Exactly what `text.matchAll(pattern)` yields when every match starts at
// one of `starts` (ascending code-point offsets; more are harmless). The
// search tries each start at or after the last match's end, in order: the
// first that matches is the leftmost match, and a sticky match at a place
// is the one the search finds there. (No match of such a pattern is empty.)
export function* matchAllAt(text: string, pattern: RegExp, starts: Int32Array): Generator<RegExpExecArray> {
  let at = sticky.get(pattern)
  if (!at) {
    at = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
    sticky.set(pattern, at)
  }
  for (let k = 0; k < starts.length; k++) {
    at.lastIndex = starts[k]!
    const m = at.exec(text)
    if (!m) continue
    yield m
    k = firstFrom(starts, m.index + m[0].length) - 1
  }
}

// Every place where `prefilter` (global, not Unicode: a plain pattern of
// literals runs at memory speed) matches, overlapping ones too: the starts
// for matchAllAt of a costlier pattern whose matches open on these words.
export function startsOf(text: string, prefilter: RegExp): Int32Array {
  const found: number[] = []
  prefilter.lastIndex = 0
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    found.push(m.index)
    prefilter.lastIndex = m.index + 1
  }
  return Int32Array.from(found)
}
