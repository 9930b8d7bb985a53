// Tokens, parts of speech and sentence ends from wink-nlp's English lite
// model, turned into offsets into the document's canonical text. The model
// ships inside npm (no download), is plain JavaScript without Node APIs, and
// loads once, lazily, on first use (about 50 ms).

import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

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

function capital(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(value)
}

// Every token with its place in `text`. Token values are exact substrings
// of the input, so a cursor walk finds them; a token that cannot be placed
// within a short window (never seen, but the input is untrusted) is dropped.
export function tokenize(text: string): Token[] {
  const winkNlp = load()
  const its = winkNlp.its
  const doc = winkNlp.readDoc(text)
  const values = doc.tokens().out(its.value)
  const tags = doc.tokens().out(its.pos) as string[]
  const sentenceOf = new Int32Array(values.length)
  doc.sentences().each((s, i) => {
    const [from, to] = s.out(its.span) as unknown as [number, number]
    for (let k = from; k <= to && k < values.length; k++) sentenceOf[k] = i
  })
  const tokens: Token[] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (isSpace(value.charCodeAt(0), value[0]!) && value.trim() === '') continue
    while (at < text.length && isSpace(text.charCodeAt(at), text[at]!)) at++
    let start = at
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, at)
      if (found < 0 || found - at > 64) continue
      start = found
    }
    const end = start + value.length
    tokens.push({ text: value, lower: value.toLowerCase(), start, end, pos: tags[i] ?? 'X', cap: capital(value), sentence: sentenceOf[i]! })
    at = end
  }
  return tokens
}

// The bare library work on a text, for the benchmark's baseline.
export function winkBaseline(text: string): number {
  const winkNlp = load()
  const doc = winkNlp.readDoc(text)
  return doc.tokens().length() + doc.sentences().length()
}
