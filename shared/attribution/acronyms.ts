// Bodies the article names in full once and by initials after: "the Rapid
// Support Forces (RSF)" makes every later "RSF said" the Rapid Support Forces
// (GUIDE 4: the fullest form in the article). News agencies keep their
// short names (GUIDE 4 normalises outlets: "KCNA"), so outlets are left out.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { TITLES } from './lexicon.ts'
import { aimBodyWord } from './aim-bodies.ts'
import { wordAcronyms } from './word-acronyms.ts'
import { capitalMatches } from './capital-runs.ts'
import { capitalMatchAll } from './capital-index.ts'

// A capitalised run (with "of", "for", "on", "the", "and" inside) right before "(INITIALS)";
// "to" too, between a body's word and the aim it names ("Committee to Protect Journalists (CPJ)").
// (Read through capitalMatches: a word of capitals is not tried again at each of its letters.)
const WORD = /[\p{L}'’.-]/u
// ("Federal Office for the Protection of the Constitution (BfV)": initials in the body's own language may keep
// a lower-case letter between capitals, never two in a row.)
const DEFINED = /((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:(?:of|for|on|the|and|&|to)\s+)*\p{Lu}[\p{L}'’.-]*){1,9})\s+\((\p{Lu}[\p{Lu}&]{1,6}\+?|\p{Lu}(?:\p{Ll}?\p{Lu}){1,4})\)/gu
// Enough definitions for any article; the scan stays linear.
const MAX = 64

export function acronymsIn(text: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const m of capitalMatches(text, DEFINED, WORD)) {
    if (found.size >= MAX) break
    const short = m[2]!
    // (The run stops at a line or a sentence's end: "Floods hit Bavaria.\n\nThe German Weather Service (DWD)".)
    // (A country's possessive owns the body and is no part of its name: "Germany's Federal Office ... (BfV)".)
    let full = aimOfBody(m[1]!.split(/\s*\n\s*|(?<=\p{Ll}{2}\.)\s+/u).at(-1)!, short).replace(/^The\s+/, '').replace(/^\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, '')
    full = lowerWordsBefore(text, m.index, full, short) + full
    // The initials start a word of the name ("UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
    // or, three letters or more, spell the name in its own language ("the German Weather Service (DWD)").
    if (!full.split(/\s+/).some((w) => w[0] === short[0]) && short.length < 3 || full.split(/\s+/).length < 2 || found.has(short)) continue
    if (knownOutlet(short) || knownOutlet(full) || looksLikeOutlet(full)) continue
    found.set(short, full)
  }
  spelledOut(text, found)
  officesSpelledOut(text, found)
  wordAcronyms(text, found)
  // "the Fed" is the Federal Reserve, in the fullest form the article gives ("U.S. Federal Reserve").
  const fed = /(?:\b(?:U\.S\.|US)\s+)?Federal Reserve(?! Bank)/.exec(text)
  if (fed && !found.has('Fed')) found.set('Fed', fed[0])
  return found
}

// A "to" stays inside the name only after a body's word ("Committee to Protect"); after any
// other word it joins a headline's verb ("Leaders to Meet United Nations (UN)"): the name starts
// past it, and past the verb when the initials start with the word after the verb.
function aimOfBody(run: string, short: string): string {
  const parts = run.split(/\s+to\s+/)
  let k = parts.length - 1
  while (k > 0 && aimBodyWord(parts[k - 1]!.split(/\s+/).at(-1)!)) k--
  const name = parts.slice(k).join(' to ')
  const words = name.split(/\s+/)
  return k > 0 && words.length > 2 && words[0]![0] !== short[0] && words[1]![0] === short[0] ? words.slice(1).join(' ') : name
}

// A body named in full and by initials elsewhere, with no "(CBP)" to tie
// them: "Customs and Border Protection ... CBP announced". Initials of three
// or more capitals that the capitalised words of one run spell, in order,
// or two for a union or league of states ("EU" after "European Union").
const INITIALS = /\b(?:\p{Lu}{3,6}|\p{Lu}[UNL])\b/gu
// Two letters spell many things; only a two-word union or league of states ("EU", "UN", "AU").
const PAIR_BODY = /\b(\p{Lu})\p{Ll}+\s+(U)nion\b|\b(\p{Lu})\p{Ll}+\s+(N)ations\b|\b(\p{Lu})\p{Ll}+\s+(L)eague\b/gu
const RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|on|the|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){2,8}/gu

function spelledOut(text: string, found: Map<string, string>): void {
  const wanted = new Set<string>()
  for (const m of capitalMatchAll(text, INITIALS)) {
    if (!found.has(m[0]) && !knownOutlet(m[0])) wanted.add(m[0])
    if (wanted.size >= MAX) break
  }
  titleCaseInitials(text, wanted)
  if (wanted.size === 0) return
  for (const m of capitalMatchAll(text, PAIR_BODY)) {
    const short = m.slice(1).filter(Boolean).join('')
    if (wanted.has(short) && !found.has(short)) found.set(short, m[0])
  }
  let runs = 0
  for (const m of capitalMatches(text, RUN, WORD)) {
    if (++runs > 4 * MAX * MAX) break
    // (A run ends at a sentence's end: "the British Retail Consortium. The BRC said" spells BRC before it.)
    for (const run of m[0].split(/(?<=\p{Ll}{2}\.)\s+/u)) spell(run, wanted, found)
  }
}

function spell(run: string, wanted: Set<string>, found: Map<string, string>): void {
  const words = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/^The$/, ''))
  // ("Chief Executive Officer" spells CEO: a title, no body.)
  if (words.every((w) => !w || TITLES.has(w.toLowerCase()))) return
  const initials = words.filter(Boolean).map((w) => w[0]).join('')
  // (The run may carry a word before the body's name: "San Ysidro, California, Customs and ...".)
  for (let k = 0; k + 3 <= initials.length; k++) {
    const short = initials.slice(k)
    const titled = short[0] + short.slice(1).toLowerCase()
    for (const form of [short, titled]) {
      if (!wanted.has(form) || found.has(form)) continue
      // ("London Stock Exchange Group's income ... LSEG said": the owner's "'s" is no part of the name.)
      const name = run.slice(run.indexOf(words.filter(Boolean)[k]!)).replace(/(?<=\p{Ll}{2})\.$/u, '').replace(/['’]s?$/u, '')
      if (!looksLikeOutlet(name)) found.set(form, name)
    }
  }
}

// "according to the AG's office" in a story that names "the Alabama Attorney
// General's office": an office named by its holder's initials is the office
// the article names in full (kept as "AG's office" -> the full name, for offices.ts).
const INITIALS_OFFICE = /\b(\p{Lu}{2,3})['’]s\s+office\b/gu
const SPELT_OFFICE = /((?:\p{Lu}[\p{L}.-]*\s+){1,4}\p{Lu}\p{Ll}+)['’]s\s+office\b/gu

function officesSpelledOut(text: string, found: Map<string, string>): void {
  const wanted = new Set<string>()
  for (const m of capitalMatchAll(text, INITIALS_OFFICE)) if (wanted.size < 8) wanted.add(m[1]!)
  if (wanted.size === 0) return
  for (const m of capitalMatchAll(text, SPELT_OFFICE)) {
    const words = m[1]!.replace(/^(?:The|the)\s+/, '').split(/\s+/)
    // The holder's title is the last two or three words ("Attorney General"); a place may come before it ("Alabama").
    for (const k of [2, 3]) {
      const initials = words.slice(-k).map((w) => w[0]).join('')
      if (k > words.length || !wanted.has(initials) || found.has(`${initials}'s office`)) continue
      found.set(`${initials}'s office`, `${words.join(' ')}'s office`)
    }
  }
}

// "British American Tobacco ... Bat said", "Nato": the house style of some
// papers writes initials as a word with one capital. Only a word of three to
// five letters that some run of three or more capitalised words spells is
// looked for, in one pass over the text's capitalised words.
const TITLED_WORD = /\b\p{Lu}\p{Ll}{2,4}\b/gu

function titleCaseInitials(text: string, wanted: Set<string>): void {
  const spelt = new Set<string>()
  let runs = 0
  for (const m of capitalMatches(text, RUN, WORD)) {
    if (++runs > 4 * MAX || spelt.size >= MAX) break
    const words = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    if (words.length < 3 || words.length > 5 || words.every((w) => TITLES.has(w.toLowerCase()))) continue
    const initials = words.map((w) => w[0]).join('')
    spelt.add(initials[0] + initials.slice(1).toLowerCase())
  }
  if (spelt.size === 0) return
  for (const m of capitalMatchAll(text, TITLED_WORD)) {
    if (spelt.has(m[0]) && !knownOutlet(m[0])) wanted.add(m[0])
    if (wanted.size >= 2 * MAX) break
  }
}

// "the Medicines and Healthcare products Regulatory Agency (MHRA)": the run
// stops at the lower-case word; when the initials want more capitals than the
// run spells, the words before it on the same line (at most eight, never two
// lower-case nouns in a row) whose capitals complete them are the name's.
function lowerWordsBefore(text: string, at: number, run: string, short: string): string {
  const spelt = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')
  if (!short.endsWith(spelt) || spelt.length >= short.length || !/^\p{Lu}+$/u.test(short)) return ''
  const before = text.slice(Math.max(0, at - 120), at)
  const words = before.slice(before.lastIndexOf('\n') + 1).split(' ')
  if (words.pop() !== '') return ''
  let want = short.slice(0, short.length - spelt.length)
  const taken: string[] = []
  while (want && words.length && taken.length < 8) {
    const w = words.pop()!
    const lowerNoun = /^\p{Ll}+$/u.test(w) && !LINKS.test(w)
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(w) && w[0] === want.at(-1)) want = want.slice(0, -1)
    else if (!(LINKS.test(w) && taken.length > 0 || lowerNoun && !/^\p{Ll}/u.test(taken[0] ?? 'A'))) return ''
    taken.unshift(w)
  }
  return want ? '' : `${taken.join(' ')} `
}
const LINKS = /^(?:of|for|and|the|&)$/
