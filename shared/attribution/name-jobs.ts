// Words the article writes in lower case right before a person's full
// name ("realtor Shaun Ghulam", "investor Carl Icahn"): jobs, so the same
// word capitalised at a sentence's start ("Realtor Ghulam said") is no
// part of the name. One linear scan, bounded.

import { capitalMatchAll, capitalsOf, matchAllAt } from './capital-index.ts'

const BEFORE_NAME = /(?<![\p{L}\p{N}])(\p{Ll}{3,}) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu
const MAX = 256

// Where BEFORE_NAME can match: the lower-case word before a space and a capital (capital-index.ts;
// the pattern tested its lookbehind at every character of the text).
const LOWER = /^\p{Ll}$/u
function wordsBeforeCapitals(text: string): Int32Array {
  const found: number[] = []
  for (const p of capitalsOf(text)) {
    if (p < 1 || text.charCodeAt(p - 1) !== 0x20) continue
    let s = p - 1
    for (;;) {
      const c = text.charCodeAt(s - 1)
      if (c >= 0x61 && c <= 0x7a) { s--; continue }
      if (c < 0x80 || s < 1) break
      const low = c >= 0xdc00 && c <= 0xdfff && s >= 2 && text.charCodeAt(s - 2) >= 0xd800 && text.charCodeAt(s - 2) <= 0xdbff
      const ch = low ? text.slice(s - 2, s) : text[s - 1]!
      if (!LOWER.test(ch)) break
      s -= ch.length
    }
    if (s < p - 1) found.push(s)
  }
  return Int32Array.from(found)
}

export function jobsBeforeNames(text: string): Set<string> {
  const jobs = new Set<string>()
  for (const m of matchAllAt(text, BEFORE_NAME, wordsBeforeCapitals(text))) {
    jobs.add(m[1]!)
    if (jobs.size >= MAX) break
  }
  // ("Oceanographer Charitha Pattiaratchi said", "Actress Jane Fonda joined": a job everyone writes so, opening a sentence.)
  for (const m of capitalMatchAll(text, OPENING_JOB)) {
    if (jobs.size >= MAX) break
    if (KNOWN_JOBS.has(m[1]!.toLowerCase()) && opensSentence(text, m.index)) jobs.add(m[1]!.toLowerCase())
  }
  return jobs
}

const OPENING_JOB = /\b(\p{Lu}\p{Ll}{3,}) \p{Lu}\p{Ll}+/gu

// Whether a word at `at` opens a sentence or a line: only blanks between it
// and the text's start, a line break, or a sentence's end mark. (Checked
// back from the word, a bounded look, where a pattern starting at each blank
// would go quadratic over a run of blank lines.)
function opensSentence(text: string, at: number): boolean {
  let k = at - 1
  while (k >= 0 && at - k <= 40 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true
  if (k === at - 1) return false
  if (/["”’]/.test(text[k]!)) k--
  return k >= 0 && /[.!?]/.test(text[k]!)
}
// Jobs written before a name, never a given name (no "Walker", "Parker", "Taylor").
const KNOWN_JOBS = new Set(`actress actor singer rapper comedian author novelist poet painter photographer oceanographer
scientist economist analyst historian lawyer attorney professor researcher chef designer architect filmmaker journalist
reporter columnist entrepreneur investor activist pastor farmer realtor physicist chemist biologist astronomer epidemiologist
virologist psychologist sociologist strategist pollster musician guitarist drummer pianist model dancer playwright
screenwriter comedienne broadcaster commentator`.split(/\s+/))
