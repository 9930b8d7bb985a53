// A person's name in the fullest form the article gives (GUIDE 4), read over
// the finished suggestions with the text as evidence, where the mentions the
// engine learnt from did not carry it:
// - (a surname alone, "Ford" after "His Honour Judge Neil Ford QC": the
//   forms the text writes, surnameForms, go to the mention graph);
// - titles before a full name ("ASP Mohd Shafizan Sazali"): the name;
// - "Alfredo Pedroza of Napa County": the person without his place;
// - "District of Massachusetts Joshua Levy" (a title's body read into the
//   name): the name the article also writes after another word;
// - "noted Maryland-based product liability lawyer Jim Dunham": not the
//   place the cue ends with but the person after it.

import { ORG_WORDS, TITLES } from './lexicon.ts'
import { PARTICLE as PARTICLES } from './name-particles.ts'
import { wordPlaces } from './word-places.ts'
import { afterAbbreviation } from './acronym-titles.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; cue?: { start: number; end: number } }

// "noted Maryland-based product liability lawyer Jim Dunham": the place the cue caught, then the person.
const BASED = /^-based (?:[\p{Ll}-]+ ){0,5}((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/u

// Names looked up per article (a hostile text names no more people than this is worth).
const MAX_NAMES = 256
// Occurrences of one surname read in the text.
const MAX_SEEN = 200
// A name's word: capitalised ("Neil", "Montoya-Lewis", "O'Neill") or an initial ("J.").
// (A possessive, "People's", is none.)
export const NAME_WORD = /^(?!.*['’]s$)(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.)$/u
// Capitalised words that open sentences or stand before names without being any part of them.
const NOT_GIVEN = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'our', 'honour', 'honor', 'lord', 'lady', 'sir', 'dame', 'baroness', 'baron',
  'but', 'and', 'as', 'at', 'in', 'on', 'by', 'for', 'with', 'from', 'when', 'while', 'after', 'before', 'then', 'said', 'says', 'told',
  'acting', 'former', 'late', 'new', 'interim', 'asp', 'dsp', 'acp', 'supt', 'insp', 'cpl', 'capt', 'maj', 'cdr', 'mdm', 'datuk', 'dato', 'tan'])
// Ranks and honorifics written before a full name and never part of it.
// (Indonesian police ranks, "Sr. Comr." or "Kombes", "AKBP", and South Asian ones, "SP", "SSP", "DIG", stand as "ASP" does.)
export const RANK = /^(?:ASP|DSP|ACP|DCP|SAC|SP|SSP|DIG|IGP|Sr|Comr|Brig|AKBP|Kombes|Kompol|AKP|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigjen|Irjen|Komjen|Supt|Insp|Sgt|Cpl|Capt|Maj|Lt|Col|Gen|Cdr|Adm|Dr|Prof|Mr|Mrs|Ms|Mdm|Judge|Justice|Supervisor|Councillor|Councilman|Councilwoman|Rep|Sen|Gov|Mayor|Sheriff|Detective|Inspector|Sergeant|Constable|Superintendent|Officer|Trooper|Acting|Former)\.?$/
// Letters after a name that are honours, not names ("QC", "MP", "OBE").
const POST_NOMINAL = /^(?:QC|KC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|JP)$/
// Titles that make "X of Y" one style, not a person and his place.
const STYLED = /^(?:Duke|Duchess|Earl|Countess|Prince|Princess|King|Queen|Emperor|Archbishop|Bishop|Lord|Lady|Baron|Baroness|Count|Marquess)$/

// The particles name-particles.ts knows, and French ones that open surnames ("Laurence des Cars").
const PARTICLE = { test: (w: string) => PARTICLES.test(w) || /^(?:des|le|la|du)$/.test(w) }

// Title words that qualify a name rather than title a person ("Democratic People's Republic").
const ADJECTIVES = /^(?:democratic|republican|democrat|foreign|vice|deputy|chief|executive|state|general)$/i

const isTitle = (w: string) => TITLES.has(w.toLowerCase()) || RANK.test(w) || NOT_GIVEN.has(w.toLowerCase())

// A source the engine took for a body ("Supervisor Alfredo Pedroza of Napa
// County") is renamed only when the text shows a person: a longer name is
// written after a title ("The Joint Chiefs of Staff" stays a body).
export function fullestNames(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const found = new Map<string, string>()
  // (Each name's look-up in the whole text, once per article, not once per suggestion.)
  const titled = new Map<string, boolean>()
  for (const s of out) {
    if (s.sourceKind !== 'person' && s.sourceKind !== 'organisation') continue
    const based = s.cue && !s.source.includes(' ') ? basedPerson(s.source, text, s.cue.end) : null
    if (based) { s.source = based; s.sourceKind = 'person'; s.sourceId = match(based); continue }
    if (!found.has(s.source)) {
      if (found.size >= MAX_NAMES) continue
      found.set(s.source, fullest(s.source, text))
    }
    const name = found.get(s.source)!
    if (name === s.source) continue
    // (A longer name only by a title before it.)
    if (s.sourceKind === 'organisation' && !titledName(titled, text, name)) continue
    s.source = name
    s.sourceKind = 'person'
    s.sourceId = match(name)
  }
}

function titledName(seen: Map<string, boolean>, text: string, name: string): boolean {
  let known = seen.get(name)
  if (known === undefined) { known = afterTitle(text, name); seen.set(name, known) }
  return known
}

// Whether the text writes `name` right after a title ("Supervisor Alfredo Pedroza", "Attorney Joshua Levy").
export function afterTitle(text: string, name: string): boolean {
  let k = text.indexOf(name)
  for (let n = 0; k >= 0 && n < MAX_SEEN; n++, k = text.indexOf(name, k + 1)) {
    const prior = /(\S+) $/u.exec(text.slice(Math.max(0, k - 40), k))?.[1]
    if (prior && (TITLES.has(prior.toLowerCase()) && !ADJECTIVES.test(prior) || RANK.test(prior))) return true
  }
  return false
}

function fullest(name: string, text: string): string {
  const words = name.split(' ')
  if (words.length === 1) return name
  const stripped = withoutRanks(words)
  if (stripped !== words) return stripped.join(' ')
  const of = withoutPlace(words) ?? afterAbbreviation(words, text, surnameForms)
  if (of) return of
  return afterBody(words, text) ?? name
}

// "ASP Mohd Shafizan Sazali" -> "Mohd Shafizan Sazali": ranks before two name words or more.
function withoutRanks(words: string[]): string[] {
  let k = 0
  while (k < words.length && RANK.test(words[k]!)) k++
  const rest = words.slice(k)
  while (rest.length && POST_NOMINAL.test(rest.at(-1)!)) rest.pop()
  if (rest.length === words.length || rest.length < 2 || !rest.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) return words
  return rest
}

// "Alfredo Pedroza of Napa County" -> "Alfredo Pedroza".
function withoutPlace(words: string[]): string | null {
  const at = words.indexOf('of')
  if (at < 2 || at === words.length - 1 || STYLED.test(words[0]!)) return null
  const person = words.slice(0, at)
  return person.every((w) => NAME_WORD.test(w) && !isTitle(w)) ? person.join(' ') : null
}

// "District of Massachusetts Joshua Levy" -> "Joshua Levy": after the body's
// lower-case joint, the shortest tail of two words or more that the text
// also writes after another word than the one before it here.
function afterBody(words: string[], text: string): string | null {
  const joint = words.findLastIndex((w) => /^\p{Ll}/u.test(w))
  if (joint < 0 || words.length - joint - 1 < 3) return null
  for (let k = words.length - 2; k > joint + 1; k--) {
    const tail = words.slice(k).join(' ')
    if (!words.slice(k).every((w) => NAME_WORD.test(w))) return null
    if (writtenAfterOther(text, tail, words[k - 1]!)) return tail
  }
  return null
}

function writtenAfterOther(text: string, tail: string, before: string): boolean {
  let k = text.indexOf(tail)
  for (let n = 0; k >= 0 && n < MAX_SEEN; n++, k = text.indexOf(tail, k + 1)) {
    const prior = /(\S+)\s+$/u.exec(text.slice(Math.max(0, k - 40), k))?.[1]
    if (prior !== before && !/\p{L}/u.test(text.charAt(k + tail.length))) return true
  }
  return false
}

// The names the text writes ending in a surname, past particles ("al-",
// "des"): "Neil Ford" for "Ford" after "His Honour Judge Neil Ford QC"
// (the mention graph decides whether they are one person).
export function surnameForms(surname: string, text: string): string[] {
  if (!NAME_WORD.test(surname) || surname.length < 3 || isTitle(surname)) return []
  const forms: string[] = []
  let n = 0
  // (As a word of its own, word-places.ts.)
  for (const at of wordPlaces(text, surname)) {
    if (n++ >= MAX_SEEN) break
    const form = formEndingAt(text, at, surname)
    if (form && !forms.includes(form)) forms.push(form)
  }
  return forms
}

// The name that ends with the surname found at `at`, or null when no given name stands before it.
function formEndingAt(text: string, at: number, surname: string): string | null {
  const head = text.slice(Math.max(0, at - 80), at)
  const before = head.slice(head.lastIndexOf('\n') + 1)
  // ("al-Hashimi": an Arabic article joined by a hyphen.)
  const joined = /(?:^|\s)((?:al|el|Al|El|ad|ar|as|ash|at|az|bin|ibn|Abu|abu)-)$/.exec(before)?.[1] ?? ''
  const words = before.slice(0, before.length - joined.length).split(/[ \t]+/)
  words.pop()
  const got: string[] = []
  while (words.length && got.length < 4) {
    const w = words.at(-1)!
    if (PARTICLE.test(w) && got.length === 0 || PARTICLE.test(w) && PARTICLE.test(got[0]!)) { got.unshift(w); words.pop(); continue }
    // ("Inspector General of Police Douglas Kanja": a body's word is no given name.)
    if (!NAME_WORD.test(w) || isTitle(w) || ORG_WORDS.has(w.toLowerCase())) break
    got.unshift(w)
    words.pop()
  }
  while (got.length && PARTICLE.test(got[0]!)) got.shift()
  if (!got.length) return null
  // (A sentence's first word standing alone is no given name: "... was jailed. Yesterday Ford said".)
  const prev = words.at(-1)
  if (got.length === 1 && prev !== undefined && /[.!?]["”]?$/.test(prev) && !isTitle(prev.replace(/\.$/, ''))) return null
  return `${got.join(' ')} ${joined}${surname}`
}

// The person after "<place>-based <job>" when the cue ends with the place.
function basedPerson(source: string, text: string, cueEnd: number): string | null {
  if (!text.startsWith(source, cueEnd - source.length)) return null
  return BASED.exec(text.slice(cueEnd, cueEnd + 120))?.[1] ?? null
}
