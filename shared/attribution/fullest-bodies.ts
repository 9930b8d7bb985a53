// A body's name in the fullest form the article gives (GUIDE 4), read over
// the finished suggestions with the text as evidence: news names a body in
// full once and then shortens it, and a cue may catch only the short part.
// - "Customs and Border Protection announced" after "U.S. Customs and Border
//   Protection": the capitalised words the text writes before the name, when
//   they are the same wherever they stand ("Miami-Dade County Public Schools"
//   for "Public Schools", "CBP Air and Marine Operations");
// - "California ISO" after "The California Independent System Operator": a
//   name ending in the initials of words the text writes in full;
// - a document named after its body ("Customs and Border Protection
//   release") takes the body's fuller name.
// A country's adjective is no part of the name ("the Chinese Ministry of
// Culture" is the Ministry of Culture; its initials, "U.S.", are), and two bodies whose names end
// alike ("Broward County Public Schools", "Miami-Dade County Public
// Schools") leave the short name as it is.

import { CALENDAR, DEMONYMS, DOCUMENT_NOUNS, ORG_WORDS } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

const MAX_NAMES = 256
const MAX_SEEN = 200
// A word of a body's name before the short form: capitalised, an acronym, "U.S.".
const WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\d+(?:st|nd|rd|th))$/u
// Capitalised words that open sentences or clauses and name nothing.
const OPENERS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'as', 'at', 'in', 'on', 'by', 'for', 'with', 'from', 'when', 'while',
  'after', 'before', 'then', 'said', 'says', 'however', 'meanwhile', 'also', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her',
  'our', 'if', 'since', 'because', 'although', 'though', 'according', 'to', 'of', 'one', 'two', 'three', 'four', 'five', 'some', 'all',
  'many', 'most', 'every', 'each', 'no'])
// Small words a title-case heading leaves in lower case.
const SMALL = /^(?:and|of|the|a|an|to|in|for|on|at|by|with|as|or|from|vs\.?)$/

export function fullestBodies(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const found = new Map<string, string>()
  for (const s of out) {
    if (!found.has(s.source)) {
      if (found.size >= MAX_NAMES) continue
      found.set(s.source, fullerName(s, text))
    }
    const name = found.get(s.source)!
    if (name === s.source) continue
    s.source = name
    if (s.sourceKind === 'person') s.sourceKind = 'organisation'
    s.sourceId = match(name)
  }
}

function fullerName(s: Sourced, text: string): string {
  const words = s.source.split(' ')
  // ("Customs and Border Protection release": the body before the document's noun.)
  const text_ = s.sourceKind === 'document' && words.length > 2 && DOCUMENT_NOUNS.has(words.at(-1)!.toLowerCase()) ? words.pop()! : null
  const body = words.join(' ')
  // A person's source is a body only when its last word is a body's ("Public Schools").
  const head = words.at(-1)!
  if (s.sourceKind === 'person' && !/^\p{Lu}{2,6}$/u.test(head) && !ORG_WORDS.has(head.toLowerCase()) && !ORG_WORDS.has(head.toLowerCase().replace(/s$/, ''))) return s.source
  if (s.sourceKind !== 'organisation' && s.sourceKind !== 'document' && s.sourceKind !== 'person') return s.source
  if (words.length < 2 || !words.every((w) => WORD.test(w) || /^(?:and|of|for|the|&)$/.test(w)) || !WORD.test(words[0]!)) return s.source
  const fuller = spelledInitials(words, text) ?? prefixed(body, text)
  return fuller ? (text_ ? `${fuller} ${text_}` : fuller) : s.source
}

// The words the text writes before `body` each time it has any: one prefix
// (or prefixes that end alike, the longest taken), else null.
function prefixed(body: string, text: string): string | null {
  let best: string[] | null = null
  let k = text.indexOf(body)
  for (let n = 0; k >= 0 && n < MAX_SEEN; n++, k = text.indexOf(body, k + 1)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(k + body.length)) || /[\p{L}\p{N}-]/u.test(text.charAt(k - 1))) continue
    const before = text.slice(Math.max(0, k - 80), k)
    const line = before.slice(before.lastIndexOf('\n') + 1)
    if (!line.endsWith(' ')) continue
    if (titleCase(text, k)) continue
    const run = prefixRun(line.slice(0, -1).split(' '))
    if (!run.length) continue
    if (!best) { best = run; continue }
    const short = best.length <= run.length ? best : run
    const long: string[] = best.length <= run.length ? run : best
    if (long.slice(long.length - short.length).join(' ') !== short.join(' ')) return null
    best = long
  }
  return best ? `${best.join(' ')} ${body}` : null
}

// The capitalised words that end `words`, past openers, demonyms and dates.
function prefixRun(words: string[]): string[] {
  const run: string[] = []
  while (words.length && run.length < 4) {
    const w = words.at(-1)!
    const lower = w.toLowerCase()
    // ("U.S. Customs and Border Protection (CBP) Air and Marine Operations": the initials in brackets name the owner.)
    const initials = run.length === 0 ? /^\((\p{Lu}{2,6})\)$/u.exec(w)?.[1] : undefined
    if (initials) return [initials]
    // (A possessive owns the body, "Trump's White House", and names none.)
    if (!WORD.test(w) || /['’]s$/.test(w) || /[.]$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) || OPENERS.has(lower) || DEMONYMS.has(lower) && !/^(?:\p{Lu}\.)+$/u.test(w) || CALENDAR.has(lower)) break
    run.unshift(w)
    words.pop()
  }
  // (A run that opens a sentence may open with any word: "Yesterday", "Officials".)
  const prev = words.at(-1)
  if (run.length === 1 && (prev === undefined || /[.!?:"“]$/.test(prev)) && !/^(?:\p{Lu}\.)+$|^\p{Lu}{2,}$/u.test(run[0]!)) return []
  return run
}

// Whether the line around `at` is a heading in title case ("Amazon Liable
// for Third-Party Products Rules CA Appellate Court"), where any word has a capital.
function titleCase(text: string, at: number): boolean {
  // (Read within 400 characters either side: a text with no line breaks is one long line.)
  const start = Math.max(0, at - 400)
  const from = start + text.slice(start, at).lastIndexOf('\n') + 1
  const line = text.slice(from, Math.min(text.length, at + 400))
  const to = line.indexOf('\n')
  const words = (to < 0 ? line : line.slice(0, to)).split(/\s+/).filter((w) => /\p{L}/u.test(w))
  return words.length >= 4 && words.every((w) => !/^\p{Ll}/u.test(w) || SMALL.test(w))
}

// "California ISO" -> "California Independent System Operator": the initials
// after the shared words are the initials of the words the text spells.
function spelledInitials(words: string[], text: string): string | null {
  const last = words.at(-1)!
  if (!/^\p{Lu}{2,6}$/u.test(last)) return null
  const lead = words.slice(0, -1).join(' ')
  const pattern = [...last].map((c) => `${c}[\\p{Ll}]+`).join(' ')
  const re = new RegExp(`${lead ? `${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ` : ''}${pattern}(?![\\p{L}])`, 'u')
  return re.exec(text)?.[0] ?? null
}
