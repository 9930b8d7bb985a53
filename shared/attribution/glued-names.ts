// Names glued to the words around them. Some archives (the KCNA site among
// them) set a leader's name in its own element and their scrapers drop the
// spaces around it: "ComradeKim Jong Unappeared", "the work ofKim Il Sung."
// Read as written, the name is one long word no rule knows. A space goes back
// on each side of a name the article itself spells with a clean end
// elsewhere ("Kim Jong Un," "Kim Jong Un."), only where a word runs into it:
// a lower-case word ("ofKim"), a title ("ComradeKim"), or, once the article
// shows the glue that way, any word before that same name ("AffairsKim").
// Camel-cased names ("BlackRock Investment Institute", "YouTube Music") are
// left alone: their first part is neither a lower-case word nor a title.
// The spaces are inserted, so the caller maps offsets back (toOriginal).
// (Both scans are tried at the text's capitals only, capital-index.ts: a
// Unicode class tested at every character was 2% of a 1 MB article's time.)

import { capitalMatchAll, capitalsOf } from './capital-index.ts'

export interface Unglued {
  text: string
  // Where each inserted space stands in `text`, ascending.
  inserted: number[]
}

// A run of two to six capitalised words ("Kim Jong Un", "Vladimir Putin").
const RUN = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,5}/gu
// A lower-case letter running into a capital inside one word: /(?<=\p{Ll})\p{Lu}/gu, read at the capitals.
const LOWER = /^\p{Ll}$/u
const LETTER = /\p{L}/u
const LOWER_WORD = /^\p{Ll}{2,}$/u
// Titles standing before a name (singular and plural), capitalised.
const TITLES = new Set(['Comrade', 'Comrades', 'Excellency', 'President', 'Chairman', 'Secretary', 'Leader', 'Marshal',
  'General', 'Premier', 'Minister', 'Ambassador', 'Mr', 'Mrs', 'Ms', 'Dr', 'Professor', 'Director', 'Commander', 'Respected'])
// Names kept per first word: a bound on the work at each glue point.
const PER_FIRST_WORD = 16
// Letters looked at on each side of a glue point (a long run of glued letters stays linear).
const WORD_LIMIT = 24

// Every name of two or more words that ends cleanly somewhere, by its first word.
function cleanNames(text: string): Map<string, string[]> {
  const byFirst = new Map<string, string[]>()
  for (const m of capitalMatchAll(text, RUN)) {
    const end = m.index + m[0].length
    if (end < text.length && LETTER.test(text[end]!)) continue
    const words = m[0].split(' ')
    for (let k = 0; k + 1 < words.length; k++) {
      const name = words.slice(k).join(' ')
      const list = byFirst.get(words[k]!) ?? []
      if (list.length < PER_FIRST_WORD && !list.includes(name)) list.push(name)
      byFirst.set(words[k]!, list)
    }
  }
  return byFirst
}

interface Glue { at: number; name: string; strict: boolean }

export function unglueNames(text: string): Unglued | null {
  if (!/\p{Ll}\p{Lu}/u.test(text)) return null
  const names = cleanNames(text)
  const glues: Glue[] = []
  for (const at of capitalsOf(text)) {
    if (!lowerBefore(text, at)) continue
    let wordEnd = at
    while (wordEnd < text.length && wordEnd - at < WORD_LIMIT && LETTER.test(text[wordEnd]!)) wordEnd++
    // (A name the article spells that ends inside a word here is glued on its right as well:
    // "Kim Jong Un" in "Kim Jong Unappeared", though that run itself also ends cleanly.)
    let name = ''
    let glued = ''
    for (const n of names.get(text.slice(at, wordEnd)) ?? []) {
      if (!text.startsWith(n, at)) continue
      if (n.length > name.length) name = n
      if (n.length > glued.length && /\p{Ll}/u.test(text[at + n.length] ?? '')) glued = n
    }
    name = glued || name
    if (!name) continue
    let wordStart = at
    while (wordStart > 0 && at - wordStart < WORD_LIMIT && LETTER.test(text[wordStart - 1]!)) wordStart--
    const before = text.slice(wordStart, at)
    glues.push({ at, name, strict: LOWER_WORD.test(before) || TITLES.has(before) })
  }
  const shown = new Set(glues.filter((g) => g.strict).map((g) => g.name))
  if (!shown.size) return null
  const parts: string[] = []
  const inserted: number[] = []
  let last = 0
  let added = 0
  for (const g of glues) {
    if (!g.strict && !shown.has(g.name)) continue
    parts.push(text.slice(last, g.at), ' ')
    inserted.push(g.at + added++)
    last = g.at
    const end = g.at + g.name.length
    if (end < text.length && /\p{Ll}/u.test(text[end]!)) {
      parts.push(text.slice(last, end), ' ')
      inserted.push(end + added++)
      last = end
    }
  }
  parts.push(text.slice(last))
  return { text: parts.join(''), inserted }
}

// Whether the character (a whole code point) that ends just before `at` is a lower-case letter.
function lowerBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const c = text.charCodeAt(at - 1)
  if (c < 0x80) return c >= 97 && c <= 122
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff
  return LOWER.test(pair ? text.slice(at - 2, at) : text[at - 1]!)
}

// An offset in the unglued text as an offset in the text as written.
export function toOriginal(unglued: Unglued, at: number): number {
  const list = unglued.inserted
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return at - lo
}

// An offset in the text as written as an offset in the unglued text.
export function fromOriginal(unglued: Unglued, at: number): number {
  const list = unglued.inserted
  let lo = 0
  let hi = list.length
  // (The k-th space stands before the written offset list[k] - k.)
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! - mid <= at) lo = mid + 1
    else hi = mid
  }
  return at + lo
}
