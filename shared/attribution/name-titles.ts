// Words around a name that are no part of it: a conjunction or adverb
// opening the sentence ("But Arroyo said", "Although CBP's guidelines"),
// and abbreviated titles, which stand for the role a later role noun
// names ("Gov. Eric Holcomb ... the governor said").

import type { Token } from './nlp.ts'
import { CALENDAR, PLACES } from './lexicon.ts'
import { isPostingPlace } from './diplomatic-postings.ts'

const OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'although', 'though', 'while', 'whereas', 'however', 'meanwhile',
  'instead', 'also', 'then', 'now', 'thus', 'hence', 'because', 'since', 'if', 'when', 'once', 'unlike', 'still'])

// The first word of a speaker phrase that is a name's, past an opening conjunction.
export function pastOpener(tokens: readonly Token[], a: number, b: number): number {
  const t = tokens[a]!
  const opens = a === 0 || tokens[a - 1]!.sentence !== t.sentence || /^(?:["“”:—–-]|``)$/.test(tokens[a - 1]!.text)
  if (!opens || t.text === t.text.toUpperCase()) return a
  // ("On Thursday Schlesinger said": a day or month opening the sentence is no part of the name.)
  if (b - a > 2 && DAY_OPENERS.test(t.lower) && CALENDAR.has(tokens[a + 1]!.lower) && tokens[a + 2]!.cap) return a + 2
  return b - a > 1 && OPENERS.has(t.lower) ? a + 1 : a
}
const DAY_OPENERS = /^(?:on|in|by|since|until|last|next|this|early|late)$/

// "China's ambassador to Britain Liu Xiaming", read from "Britain": the posting's place is no part of the name.
export function pastPosting(tokens: readonly Token[], a: number, b: number): number {
  if (a === 0 || b - a < 3 || !/^(?:to|in)$/.test(tokens[a - 1]!.lower) || !PLACES.has(tokens[a]!.lower) && !isPostingPlace(tokens, a)) return a
  for (let k = a + 1; k < b; k++) if (!tokens[k]!.cap || tokens[k]!.pos !== 'PROPN') return a
  return a + 1
}

const SPELT: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['lt', 'lieutenant'], ['gen', 'general'],
  ['dr', 'doctor'], ['prof', 'professor'], ['sgt', 'sergeant'], ['col', 'colonel'], ['rev', 'reverend'],
  ['supt', 'superintendent'], ['insp', 'inspector'], ['det', 'detective'], ['cmdr', 'commander'], ['adm', 'admiral'],
])

// The titles with each abbreviation's word beside it, for role nouns ("the governor").
export function spelledTitles(titles: string[]): string[] {
  let out: string[] | null = null
  for (const t of titles) {
    const word = SPELT.get(t.replace(/\.$/, ''))
    if (word && !titles.includes(word)) (out ??= [...titles]).push(word)
  }
  return out ?? titles
}

// Jobs that stand before a full name ("fan Joe Smith"), but before one
// word are the first of a name ("Fan Mengguang, deputy director").
const JOBS = new Set(['fan', 'student', 'teacher', 'nurse', 'farmer', 'driver', 'worker', 'activist', 'campaigner', 'holder',
  'resident', 'owner', 'member', 'researcher', 'scientist', 'physician', 'surgeon', 'founder', 'lawyer', 'candidate', 'chair'])

export const isJob = (word: string) => JOBS.has(word)

// Words that describe reports rather than own them ("Initial reports said", "Conflicting accounts").
const REPORT_WORDS = new Set(['initial', 'early', 'earlier', 'local', 'recent', 'unconfirmed', 'conflicting', 'media', 'news', 'press',
  'multiple', 'several', 'some', 'many', 'other', 'previous', 'later', 'first', 'new', 'latest', 'preliminary', 'widespread'])

export const describesReports = (word: string) => REPORT_WORDS.has(word)
