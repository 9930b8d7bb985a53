// The form of a source's name once the engine has found the source (GUIDE 4),
// read over the finished suggestions with the article's text as evidence:
// - a person's name carrying capitalised jobs before it ("Snopes
//   Fact-Checker David Emery", "Representatives Elijah Cummings") is the name
//   the article also writes without them ("staff writer David Emery");
// - "An Ankara Radio": no article before a name; an unnamed group without its
//   count ("Several analysts") or a time before it ("last month ...");
// - "U.S. Officials", "a U.S. Diplomat" (wire copy that capitalises after
//   "U.S."): an unnamed group, an unnamed person; likewise a common noun
//   for people whose capitals fell on it: opening a sentence ("Brokers
//   noted that ...") or in a wire headline in capitals ("... - DEALERS",
//   "SAY STOCK MARKET ANALYSTS"), which the tagger read as a name.

import type { SourceKind } from './kinds.ts'
import { ANONYMOUS_HEADS, DEMONYMS, TITLES } from './lexicon.ts'
import { JOB_INITIALS } from './person-titles.ts'

export interface Named { source: string; sourceKind: SourceKind; sourceId: string | null }
interface Cued extends Named { cue: { start: number; text: string } }

const MARK = /\((?:anonymous|unnamed)\)$/
// Names read per article, each once (a text of hostile length names no more people than this is worth).
const MAX_NAMES = 256
// ("one dealer" unnumbered is the dealer, label conventions; "one of the people" is no count.)
const COUNTS = /^(?:several|some|many|most|few|numerous|various|multiple|one|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+(?!of\s)(?=[^(\s])/i
const TIME = /^(?:last|next|this|earlier this|later this) (?:week|month|year|spring|summer|autumn|fall|winter)\s+/i
// Words that open a group's name before its capitalised head in such copy: the country's initials or adjective, "Other".
const GROUP_OPENERS = /^(?:Other|Some|Senior|Top|[A-Z]\.[A-Z]\.|[A-Z]{2,4}|\p{Lu}\p{Ll}+(?:an|ese|ish|i))$/u

// (`match` finds a renamed source in the library's registry again; `written` is the article's own case for a
// phrase a headline writes in capitals, written-forms.ts.)
export function nameForms(out: Cued[], text: string, match: (name: string) => string | null, written: (caps: string) => string | null = () => null): void {
  const bare = new Map<string, string>()
  const articled = new Map<string, boolean>()
  for (const s of out) {
    const common = commonGroup(s, text, written)
    if (common) { s.source = common; s.sourceKind = 'anonymous'; s.sourceId = match(common); continue }
    // ("China National Offshore Oil Corp (CNOOC) spokesman": the initials the article defines are no part of the name.)
    let name = s.source.replace(/^An? (?=\p{Lu})/u, '').replace(INITIALS_INSIDE, '')
    if (s.sourceKind === 'anonymous' && MARK.test(name)) name = name.replace(TIME, '').replace(COUNTS, '')
    const group = capitalGroup(name, () => {
      if (name !== s.source) return true
      if (!articled.has(name) && articled.size < MAX_NAMES) articled.set(name, afterArticle(text, name))
      return articled.get(name) ?? false
    })
    if (group && s.sourceKind !== 'anonymous') { s.source = group; s.sourceKind = 'anonymous'; s.sourceId = match(group); continue }
    if (s.sourceKind === 'person') {
      if (!bare.has(name) && bare.size < MAX_NAMES) bare.set(name, withoutJobs(name, text))
      name = bare.get(name) ?? name
    }
    if (name !== s.source) { s.source = name; s.sourceId = match(name) }
  }
}

// "Snopes Fact-Checker David Emery" -> "David Emery", when jobs or a body's
// name stand before a two-word name the article also writes after a word in
// lower case or a sentence's start. ("Recep Tayyip Erdogan" keeps its given
// names: none of them is a job.)
function withoutJobs(name: string, text: string): string {
  const words = name.split(' ')
  if (words.length < 3) return name
  const tail = words.slice(-2).join(' ')
  const jobs = words.slice(0, -2)
  // ("Browns DL Sheldon Richardson": a position in capitals is a job too.)
  const job = (w: string) => w.includes('-') || TITLES.has(w.toLowerCase()) || TITLES.has(w.toLowerCase().replace(/s$/, '')) || JOB_INITIALS.test(w)
  if (!jobs.some(job) || !/^\p{Lu}\p{Ll}+$/u.test(words.at(-2)!)) return name
  // (A position in capitals right before the two words ends the jobs: "Browns DL Sheldon Richardson".)
  return JOB_INITIALS.test(words.at(-3)!) || writtenAlone(text, tail) ? tail : name
}

// Whether the text writes `tail` after a lower-case word or punctuation, not after another capitalised word.
function writtenAlone(text: string, tail: string): boolean {
  let k = text.indexOf(tail)
  for (let n = 0; k >= 0 && n < 200; n++, k = text.indexOf(tail, k + 1)) {
    const before = text.slice(Math.max(0, k - 2), k)
    if (!/\p{L}/u.test(text.charAt(k + tail.length)) && (k === 0 || /(?:\p{Ll}|[,;:("“]) ?$|\n$/u.test(before))) return true
  }
  return false
}

// Whether the text writes `name` after "a" or "an" ("said a U.S. Diplomat").
function afterArticle(text: string, name: string): boolean {
  let k = text.indexOf(name)
  for (let n = 0; k >= 0 && n < 200; n++, k = text.indexOf(name, k + 1)) {
    if (/(?:^|[^\p{L}])[Aa]n? $/u.test(text.slice(Math.max(0, k - 4), k))) return true
  }
  return false
}

// "U.S. Officials", "Other U.S. Officials": an unnamed group, written as a
// name; one of them only after "a" ("A U.S. Diplomat said"), since a name
// has no article.
function capitalGroup(name: string, indefinite: () => boolean): string | null {
  const words = name.split(' ')
  const head = words.at(-1)!
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(head) || !ANONYMOUS_HEADS.has(head.toLowerCase())) return null
  if (!words.slice(0, -1).every((w) => GROUP_OPENERS.test(w))) return null
  if (!head.endsWith('s') && !indefinite()) return null
  const opener = words[0] === 'Other' || words[0] === 'Some' || words[0] === 'Senior' || words[0] === 'Top' ? [words[0].toLowerCase(), ...words.slice(1, -1)] : words.slice(0, -1)
  return `${[...opener.filter((w) => w !== 'some'), head.toLowerCase()].join(' ')} (anonymous)`
}

const INITIALS_INSIDE = / \(\p{Lu}[\p{Lu}&.]{1,8}\)(?= \S)/u

// "Cherie Blair remarks (anonymous)", "John Snow's comments (anonymous)": a named speaker's words are the speaker
// (GUIDE 4: the originator); null for any other name.
const WORDS_OF = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:'s|’s)? (?:remarks|comments|words|criticisms?) \((?:anonymous|unnamed)\)$/u
export const speakerOfWords = (name: string): string | null => WORDS_OF.exec(name)?.[1]!.replace(/['’]s$/, '') ?? null

// Plural nouns for people (or firms) as sources, beyond the anonymous heads: "brokers", "dealers", "builders".
const MORE_PEOPLE = new Set(`brokers dealers builders companies firms retailers manufacturers exporters importers
 producers strategists consumers shoppers voters citizens lawyers pilots operators lenders insurers refiners growers
 merchants bankers traders economists analysts`.split(/\s+/).filter(Boolean))
const CAPS_WORD = /^[A-Z][A-Z'’.&-]*$/
const OPENING = /^\p{Lu}\p{Ll}+s$/u

// "Brokers" opening "Brokers noted that", "STOCK MARKET ANALYSTS" in a headline: "brokers (anonymous)", "stock market
// analysts (anonymous)" (in the article's own case where its body writes the phrase); null for a name.
function commonGroup(s: Cued, text: string, written: (caps: string) => string | null): string | null {
  if (s.sourceKind !== 'person' && s.sourceKind !== 'organisation') return null
  const words = s.source.split(' ')
  const head = words.at(-1)!.toLowerCase()
  if (!head.endsWith('s') || !(ANONYMOUS_HEADS.has(head) || MORE_PEOPLE.has(head))) return null
  if (words.every((w) => CAPS_WORD.test(w)) && /[A-Z]{2}/.test(s.source)) return `${written(s.source) ?? words.map(lowered).join(' ')} (anonymous)`
  if (words.length === 1 && OPENING.test(s.source) && s.cue.text.startsWith(s.source) && opensSentence(text, s.cue.start)) return `${s.source.toLowerCase()} (anonymous)`
  return null
}

// A headline's word in the case of running text: "U.S." stays, "JAPANESE" is "Japanese", "ANALYSTS" "analysts".
function lowered(word: string): string {
  if (word.includes('.')) return word
  const lower = word.toLowerCase()
  return DEMONYMS.has(lower) ? lower[0]!.toUpperCase() + lower.slice(1) : lower
}

// Whether `at` opens a sentence: nothing but a line break, a sentence's end or an opening quote before it.
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).replace(/[ \t"“‘']+$/, '')
  return before === '' || /[\n.!?]$/.test(before)
}
