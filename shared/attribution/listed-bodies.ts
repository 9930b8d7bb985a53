// A body named for a list of its fields, commas and all: "the Ministry of
// Housing, Communities and Local Government", "the Department for Digital,
// Culture, Media and Sport". A comma between capitalised words is inside
// the name when a body's word with "of" or "for" opens the list and "and"
// closes it with capitalised words; "Smith, Jones and Brown" and "London,
// Paris and Berlin officials" have no body's word before them.

import type { Token } from './nlp.ts'
import { ORG_WORDS } from './lexicon.ts'

// How far a list of fields may run, in tokens.
const MAX_LIST = 12

const cap = (t: Token | undefined) => t !== undefined && t.cap && t.pos !== 'PUNCT'

// Whether the comma at k (reading back from a phrase ending at `end`) is inside a body's listed name.
export function commaInBodyName(tokens: readonly Token[], k: number, floor: number, end: number): boolean {
  if (tokens[k]?.lower !== ',' || !cap(tokens[k + 1]) || !cap(tokens[k - 1])) return false
  return opensList(tokens, k, floor) && closesList(tokens, k, end)
}

// The words before the comma run back over capitalised words and commas to "<Body word> of|for".
function opensList(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let n = k - 1; n > floor && k - n < MAX_LIST; n--) {
    const t = tokens[n]!
    if (/^(?:of|for)$/.test(t.lower)) return cap(tokens[n - 1]) && ORG_WORDS.has(tokens[n - 1]!.lower) && cap(tokens[n + 1])
    if (!cap(t) && t.lower !== ',') return false
  }
  return false
}

// After the comma, capitalised words and commas up to "and" and capitalised words to the phrase's end.
function closesList(tokens: readonly Token[], k: number, end: number): boolean {
  let and = false
  for (let n = k + 1; n <= end && n - k < MAX_LIST; n++) {
    const t = tokens[n]!
    if (t.lower === 'and' && !and && cap(tokens[n + 1])) { and = true; continue }
    if (!cap(t) && !(t.lower === ',' && !and)) return false
  }
  return and
}

// The end (exclusive) of a listed name that goes on past the comma at k, reading forward; k when it does not.
export function listedNameEnd(tokens: readonly Token[], k: number, floor: number, ceil: number): number {
  if (tokens[k]?.lower !== ',' || !cap(tokens[k + 1]) || !cap(tokens[k - 1]) || !opensList(tokens, k, floor)) return k
  let and = false
  let n = k + 1
  for (; n < ceil && n - k < MAX_LIST; n++) {
    const t = tokens[n]!
    if (t.lower === 'and' && !and && cap(tokens[n + 1])) { and = true; continue }
    if (t.lower === ',' && !and && cap(tokens[n + 1])) continue
    if (!cap(t)) break
  }
  return and ? n : k
}
