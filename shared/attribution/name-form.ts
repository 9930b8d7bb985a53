// The form of a source's name once the engine has found the source (GUIDE 4),
// read over the finished suggestions with the article's text as evidence:
// - a person's name carrying capitalised jobs before it ("Snopes
//   Fact-Checker David Emery", "Representatives Elijah Cummings") is the name
//   the article also writes without them ("staff writer David Emery");
// - "An Ankara Radio": no article before a name; an unnamed group without its
//   count ("Several analysts") or a time before it ("last month ...");
// - "U.S. Officials", "a U.S. Diplomat" (wire copy that capitalises after
//   "U.S."): an unnamed group, an unnamed person.

import type { SourceKind } from './kinds.ts'
import { ANONYMOUS_HEADS, TITLES } from './lexicon.ts'
import { JOB_INITIALS } from './mention-graph.ts'

export interface Named { source: string; sourceKind: SourceKind; sourceId: string | null }

const MARK = /\((?:anonymous|unnamed)\)$/
// Names read per article, each once (a text of hostile length names no more people than this is worth).
const MAX_NAMES = 256
// ("one dealer" unnumbered is the dealer, label conventions; "one of the people" is no count.)
const COUNTS = /^(?:several|some|many|most|few|numerous|various|multiple|one|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+(?!of\s)(?=[^(\s])/i
const TIME = /^(?:last|next|this|earlier this|later this) (?:week|month|year|spring|summer|autumn|fall|winter)\s+/i
// Words that open a group's name before its capitalised head in such copy: the country's initials or adjective, "Other".
const GROUP_OPENERS = /^(?:Other|Some|Senior|Top|[A-Z]\.[A-Z]\.|[A-Z]{2,4}|\p{Lu}\p{Ll}+(?:an|ese|ish|i))$/u

// (`match` finds a renamed source in the library's registry again.)
export function nameForms(out: Named[], text: string, match: (name: string) => string | null): void {
  const bare = new Map<string, string>()
  const articled = new Map<string, boolean>()
  for (const s of out) {
    let name = s.source.replace(/^An? (?=\p{Lu})/u, '')
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
