// Where a person's name begins in a capitalised run (GUIDE 4: titles and
// job words are no part of a name). News writes a person's job or rank
// capitalised before the name ("NASA Administrator Jim Bridenstine",
// "Park Ranger Supervisor Robert Colligan", "Verizon CIO Shaygan
// Kheradpir"): the name is the plain words after the last job word. A
// hyphenated given name is one word ("Eva-Marie Persson"), never cut at
// its hyphen. A legislator "of" his state ("Senator Mitch McConnell of
// Kentucky") is the person alone.

import type { Token } from './nlp.ts'
import { ORG_WORDS, PLACES, TITLES } from './lexicon.ts'
import { kindOfName } from './kinds.ts'
import { spelledTitles } from './name-titles.ts'

// Jobs and ranks news capitalises before a name, beside the lexicon's titles.
const JOBS = new Set(`administrator employee investigator supervisor ranger agent trooper deputy editor correspondent
reporter producer engineer technician paramedic firefighter pilot clerk auditor treasurer comptroller coordinator
specialist consultant counsel solicitor barrister magistrate warden chaplain curator historian lecturer meteorologist
forecaster biologist ecologist economist lieutenant corporal officer manager director president chairman chief
executive spokesman spokeswoman spokesperson superintendent principal dean provost analyst attorney commissioner
cio ceo cfo coo cto cmo aide adviser advisor`.split(/\s+/))
// Titles that go with a single name and stay its part ("Prince Andrew", "Pope Francis").
const ROYAL = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh'])
// Titles of those who sit for a place ("Senator X of Kentucky").
const SEATED = new Set(['senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'lawmaker', 'mp', 'mep'])

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '')
// Peers and knights: "Sir Keir Starmer" is Keir Starmer (a bare "Lord Baker" is read in name-forms.ts).
const HONOURS = new Set(['sir', 'dame', 'lord', 'lady', 'baroness', 'baron'])
const isJobWord = (w: string) => /^\p{Lu}/u.test(w) && (JOBS.has(bare(w)) || HONOURS.has(bare(w)) || (TITLES.has(bare(w)) || TITLES.has(`${bare(w)}.`)) && !ROYAL.has(bare(w)))
// A word of a person's name: capitalised, maybe hyphenated or an initial ("J."), no job, body or place word.
const nameWord = (w: string) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) && !JOBS.has(bare(w)) && !HONOURS.has(bare(w)) && !ORG_WORDS.has(bare(w)) && !PLACES.has(bare(w))

const ACRONYM = /^\p{Lu}{2,6}$/u

// The person's name past the job words before it, with those words as titles. `afterThe`: the run follows "the".
function pastJobs(name: string, titles: string[], afterThe: boolean): { name: string; titles: string[] } {
  const words = name.split(' ')
  if (words.length < 2 || titles.includes('outlet') || titles.includes('firm')) return { name, titles }
  let from = -1
  for (let j = words.length - 2; j >= 0; j--) {
    // ("Permanent Representative to the UN Dmitry Polyansky": the body a title went to, an acronym or a body's word, ends before
    // the name, written in plain capitals: an all-capitals headline has no name to cut out. The body takes "the": a run
    // opening with a bare acronym is a firm's own name, "UBS Global Wealth Management".)
    if (afterThe && !isJobWord(words[j]!) && words.length - j - 1 >= 2 && words.slice(j + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && (ACRONYM.test(words[j]!) || j > 0 && ORG_WORDS.has(bare(words[j]!)))) { from = j + 1; break }
    if (!isJobWord(words[j]!)) { if (!nameWord(words[j]!)) break; continue }
    const rest = words.length - j - 1
    // One name word after a job opening the run ("Investigator Cornett") is the surname; after an employer's job it may be a body's.
    if (rest >= 2 || j === 0 && JOBS.has(bare(words[0]!))) from = j + 1
    break
  }
  if (from < 0) return { name, titles }
  const person = words.slice(from).join(' ')
  if (kindOfName(person) !== 'person') return { name, titles }
  return { name: person, titles: [...titles, ...words.slice(0, from).map(bare)] }
}

// "Mitch McConnell of Kentucky" with a seat's title: the person without the place.
function pastSeat(name: string, titles: readonly string[]): string {
  // (The plain test first: most names have no " of ", and the pattern is tried for every described name.)
  if (!name.includes(' of ')) return name
  const m = /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3}?\p{Lu}[\p{L}'’-]*) of (?:\p{Lu}[\p{L}.]*\s?){1,2}$/u.exec(name)
  if (!m || !titles.some((t) => SEATED.has(bare(t)))) return name
  return m[1]!.split(' ').every(nameWord) && kindOfName(m[1]!) === 'person' ? m[1]! : name
}

// "Marie Persson" cut from "Eva-Marie Persson": the name's first word joined by a hyphen to a capitalised word before it.
function withHyphenedGiven(text: string, tokens: readonly Token[], b: number, name: string): string {
  const end = tokens[b - 1]!.end
  const start = end - name.length
  if (start < 2 || text.slice(start, end) !== name) return name
  // (The hyphen must end the words before: most names have none, and the pattern would scan them.)
  if (text.charCodeAt(start - 1) !== 0x2d) return name
  const before = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+-$/u.exec(text.slice(Math.max(0, start - 24), start))
  return before ? before[0] + name : name
}

// A described name's person part, its titles with each abbreviation spelt out ("gov." beside "governor").
export function personPart(text: string, tokens: readonly Token[], b: number, name: string, titles: string[]): { name: string; titles: string[] } {
  const start = tokens[b - 1]!.end - name.length
  const afterThe = start >= 0 && text.slice(start, start + name.length) === name && /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 8), start))
  const jobs = pastJobs(withHyphenedGiven(text, tokens, b, name), titles, afterThe)
  return { name: pastSeat(jobs.name, jobs.titles), titles: spelledTitles(jobs.titles) }
}
