// Initials some house styles write as a word: "British American Tobacco ...
// Bat announced", "Nato", "Opec" (the BBC's style). A word with one capital
// that spells, in order, the capitals of a run of three or more capitalised
// words the article writes is that body's short form (GUIDE 4: the fullest
// form in the article). A word a capitalised word follows ("Tom Smith") is
// a given name, not initials, and is left alone.

import { TITLES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { capitalMatches } from './capital-runs.ts'
import { capitalMatchAll } from './capital-index.ts'

const WORD = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,4})(?![\p{L}'’.-])(\s+\p{Lu})?/gu
const RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|on|the|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){2,4}/gu
// (Read through capitalMatches: a word of 50,000 capitals in a sentence held text.matchAll for seconds.)
const RUN_WORD = /[\p{L}'’.-]/u
// Distinct words and runs read per article: the scan stays linear.
const MAX = 4096

export function wordAcronyms(text: string, found: Map<string, string>): void {
  // Title-case words of three to five letters, and those ever written before a capitalised word.
  const words = new Set<string>()
  const given = new Set<string>()
  for (const m of capitalMatchAll(text, WORD)) {
    if (m[2]) given.add(m[1]!)
    else if (words.size < MAX) words.add(m[1]!)
  }
  if (words.size === 0) return
  let runs = 0
  for (const m of capitalMatches(text, RUN, RUN_WORD)) {
    if (++runs > MAX) break
    const caps = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    if (caps.length < 3 || caps.length > 5 || caps.every((w) => TITLES.has(w.toLowerCase()))) continue
    const short = caps[0]![0]! + caps.slice(1).map((w) => w[0]!.toLowerCase()).join('')
    if (!words.has(short) || given.has(short) || found.has(short)) continue
    const name = m[0].slice(m[0].indexOf(caps[0]!))
    if (!looksLikeOutlet(name)) found.set(short, name)
  }
}
