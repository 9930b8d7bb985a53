// Tokens, parts of speech and sentence ends from wink-nlp's English lite
// model, turned into offsets into the document's canonical text. The model
// ships inside npm (no download), is plain JavaScript without Node APIs, and
// loads once, lazily, on first use (about 50 ms).

import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { accordingToNoun, capitalAfterThe, capitalBetweenNames, initialsWho, nameAfterTagVerb, nameHyphen, surnameBeforeComma } from './retag.ts'
import { joinLetters } from './letter-joins.ts'
import { joinRankDot } from './rank-dots.ts'
import { joinDomain } from './domain-outlets.ts'
import { joinPossessive } from './possessive-names.ts'

export interface Token {
  text: string
  lower: string
  start: number
  end: number
  pos: string
  // Starts with a capital letter; read once here, tested by most rules.
  cap: boolean
  // Index of the wink sentence the token belongs to.
  sentence: number
}

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | null = null

function load(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos'])
  return nlp
}

const SPACE = /\s/u
const UPPER = /^\p{Lu}/u

// Most characters are ASCII: test those by code, others by the Unicode class.
function isSpace(c: number, ch: string): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return SPACE.test(ch)
}

// Whether the character at k is a blank (no one-character string made for ASCII).
function spaceAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k)
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[k]!)
}

function capital(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(value)
}

// A word stored one byte a character when its letters allow. wink's words
// are pieces of the text, and a text with one typographic quote mark is
// stored two bytes a character, and so is every piece of it: V8 tests a
// pattern on such a string at about a third of the speed, and lower-cases
// it on a slow path. The rules test most words many times.
function latin1(value: string): string {
  const n = value.length
  if (n > 16) return value
  const codes = SHORT[n]!
  for (let k = 0; k < n; k++) {
    const c = value.charCodeAt(k)
    if (c > 0xff) return value
    codes[k] = c
  }
  return String.fromCharCode.apply(null, codes)
}
// (An array per length up to 16, reused: most words are short.)
const SHORT = Array.from({ length: 17 }, (_, n) => new Array<number>(n).fill(0))

// A long text is read in chunks cut at line breaks (which always end a
// sentence, GUIDE 1): wink's document for each chunk dies young, so a 1 MB
// article never holds one huge document and its arrays in memory at once
// (garbage collection was a good part of the wall time on a loaded machine).
const CHUNK = 32 * 1024

// Every token with its place in `text`. Token values are exact substrings
// of the input, so a cursor walk finds them; a token that cannot be placed
// within a short window (never seen, but the input is untrusted) is dropped.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let sentences = 0
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + CHUNK)
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end)
      end = nl > start ? nl + 1 : end
    }
    sentences = tokenizeChunk(text, start, end, sentences, tokens)
    start = end
  }
  return tokens
}

// Tokens of text[start, end) appended to `out`; returns the next sentence number.
function tokenizeChunk(text: string, start: number, end: number, firstSentence: number, out: Token[]): number {
  const winkNlp = load()
  const its = winkNlp.its
  const doc = winkNlp.readDoc(breakLongWords(text.slice(start, end)))
  const values = doc.tokens().out(its.value)
  const tags = doc.tokens().out(its.pos) as string[]
  const sentenceOf = new Int32Array(values.length)
  // (The spans as one array: each() makes an object with eight closures per sentence.)
  const spans = doc.sentences().out(its.span) as unknown as [number, number][]
  const count = spans.length
  for (let i = 0; i < count; i++) {
    const [from, to] = spans[i]!
    sentenceOf.fill(firstSentence + i, from, Math.min(to + 1, values.length))
  }
  let at = start
  // A sentence wink ended inside a web domain, and the one it goes on in.
  let cut = -1
  let kept = -1
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (spaceAt(value, 0) && value.trim() === '') continue
    while (at < end && spaceAt(text, at)) at++
    let from = at
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at)
      if (found < 0 || found - at > 64 || found + value.length > end) continue
      from = found
    }
    const to = from + value.length
    const sentence = sentenceOf[i] === cut ? kept : sentenceOf[i]!
    const word = latin1(value)
    out.push({ text: word, lower: word.toLowerCase(), start: from, end: to, pos: tags[i] ?? 'X', cap: capital(word), sentence })
    at = to
    if (out.length >= 2) joinLetters(out)
    if (out.length >= 4) joinPossessive(out)
    if (out.length >= 3) { joinRankDot(out); const c = joinDomain(out); if (c >= 0) { cut = c; kept = out.at(-1)!.sentence } surnameHe(out); accordingToNoun(out); nameHyphen(out); capitalAfterThe(out); surnameBeforeComma(out); nameAfterTagVerb(out); capitalBetweenNames(out) }
    if (out.length >= 2) initialsWho(out)
  }
  return firstSentence + count
}

// wink's tokenizer costs the square of a word's length (its e-mail pattern
// tries every start in the word): one 32 KB run without a space, a pasted
// blob, took 2.5 s. A run longer than any word is read in pieces (a space
// put between them in wink's copy only; the pieces are still substrings of
// the text, so the cursor walk places them).
const LONG_WORD = 100
// (Tried only where a run starts: at every letter inside a word the pattern
// would read on to the word's end, a second pass over the whole text.)
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${LONG_WORD + 1},}`, 'g')
const PIECE = new RegExp(`\\S{${LONG_WORD}}(?=\\S)`, 'g')
function breakLongWords(chunk: string): string {
  return hasLongRun(chunk) ? chunk.replace(LONG_RUN, (run) => run.replace(PIECE, '$& ')) : chunk
}

// Whether any run of non-blank characters is longer than a word (a walk by
// character codes: the pattern above costs a tenth of wink's own pass, and
// a chunk almost never holds such a run). Blanks as \s reads them.
function hasLongRun(chunk: string): boolean {
  let run = 0
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i)
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c, chunk[i]!)) run = 0
    else if (++run > LONG_WORD) return true
  }
  return false
}

// "spokesperson He Yadong": a capitalised "He" or "She" inside a sentence,
// after a word and before a name, is a surname (He, She are Chinese
// surnames); the tagger reads it as the pronoun. Looks at the last three tokens.
function surnameHe(out: Token[]): void {
  const t = out[out.length - 2]!
  if (t.text !== 'He' && t.text !== 'She') return
  const before = out[out.length - 3]!
  const after = out[out.length - 1]!
  if (before.sentence !== t.sentence || before.pos === 'PUNCT' || before.pos === 'SYM') return
  if (after.cap && after.pos === 'PROPN' && after.sentence === t.sentence) t.pos = 'PROPN'
}

// The bare library work on a text, for the benchmark's baseline.
export function winkBaseline(text: string): number {
  const winkNlp = load()
  const doc = winkNlp.readDoc(text)
  return doc.tokens().length() + doc.sentences().length()
}
