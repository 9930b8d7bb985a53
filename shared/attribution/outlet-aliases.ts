// An outlet's short forms folded to the full name the article gives it
// (GUIDE 4: one canonical name): "the New York Times reported ... the Times
// said" is the New York Times both times, as "the Post" after "The Washington
// Post", "the Journal" after "The Wall Street Journal", "NY Times" or "NYT"
// for "the New York Times". The alias is the article's own: "The Times" in a
// story that names no fuller Times stays The Times (of London). The nearest
// fuller mention before the words decides; a headline's short form, before
// any mention, takes the first one after.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { capitalMatchAll } from './capital-index.ts'

interface Full { words: readonly string[]; name: string; at: number[] }

// The head words a masthead with short forms ends in ("Times", "Post"): found first, then the capitalised words before them
// (most capitalised runs are people and places, and a scan of them all costs more than the rest of this module).
const HEADS = /(?<![\p{L}\p{N}])(?:Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Globe|Chronicle|Observer|Daily|News|Mail|Star|Sun|Express|Mirror|Standard|Examiner|Inquirer|Courier|Monitor|Review|Weekly|Magazine|Today|Shimbun|Ilbo|Zeitung|Gazeta|Radio|TV|Television|Insider|Dispatch|Bulletin)(?![\p{L}\p{N}])/gu
// How far before a head word its name is looked for.
const LOOK_BACK = 100
// How many words of a run are read: mastheads are short, runs of capitals may not be.
const RUN_WORDS = 8
// An article names few outlets: past this many names, later ones are not kept (bounded work per look-up).
const MAX_NAMES = 200
// A first word that makes a different masthead of the same head word: the
// Financial Times, the Sunday Times and the Global Times are no "Times".
export const DISTINCT = /^(?:financial|sunday|global|daily|evening|business|economic|international|weekly|morning)$/i
// Words that describe an outlet's standing, not name it.
const DESCRIBING = /^(?:official|state-run|state-owned|state-controlled|government-run|government-owned|pro-government)$/i
// Upper-case initials standing for several words ("NY" for "New York").
const INITIALS = /^\p{Lu}{2,5}$/u

export class OutletAliases {
  // Each multi-word outlet name the article gives, with where it stands, in text order.
  private readonly names = new Map<string, Full>()
  private readonly found = new Map<string, Full[]>()

  constructor(text: string) {
    // (Tried only at the text's capitals, which capital-index.ts finds once per text: each head opens on one.)
    for (const m of capitalMatchAll(text, HEADS)) {
      const end = m.index + m[0].length
      const all = runBefore(text.slice(Math.max(0, end - LOOK_BACK), end))
      // (A run may cross a sentence's end: "... the West. China Daily said".)
      const stop = all.findLastIndex((w) => w.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(w))
      // (A name opens at its "The": "Y. The Times" is The Times.)
      const the = all.findLastIndex((w, i) => i > stop && /^the$/i.test(w))
      // (Nor is an indefinite article part of one: "An Ankara Radio report" names Ankara Radio.)
      const an = all.findLastIndex((w, i) => i > stop && /^an?$/i.test(w))
      const words = all.slice(Math.max(stop + 1, the, an + 1))
      // ("Official Palestine TV reported": a describing word capitalised as its sentence opens names nothing.)
      if (words.length > 2 && DESCRIBING.test(words[0]!)) words.shift()
      // The longest outlet name the run ends in.
      for (let k = 0; k < words.length - 1; k++) {
        const name = words.slice(k).join(' ')
        const bare = unThe(words.slice(k))
        if (bare.length < 2 || !(knownOutlet(name) || looksLikeOutlet(name))) continue
        const key = bare.join(' ').toLowerCase()
        const full = this.names.get(key) ?? (this.names.size < MAX_NAMES ? { words: bare, name: knownOutlet(name) ?? bare.join(' '), at: [] } : null)
        if (full) { full.at.push(end - name.length); this.names.set(key, full) }
        break
      }
    }
  }

  // The full name `name` is a short form of, as the article gives it near `at`; else `name` itself.
  // ("NY Times" in a headline is itself a short form of "the New York Times" below it.)
  fold(name: string, at: number): string {
    const once = this.step(name, at)
    return once === name ? name : this.step(once, at)
  }

  private step(name: string, at: number): string {
    const short = unThe(name.trim().split(/\s+/))
    if (short.length === 0 || short.length > 3) return name
    const key = short.join(' ').toLowerCase()
    let fulls = this.found.get(key)
    if (!fulls) {
      fulls = [...this.names.values()].filter((f) => shortFor(short, f.words))
      this.found.set(key, fulls)
    }
    // The nearest mention before, else the first after.
    let best: { full: Full; at: number; before: boolean } | null = null
    for (const full of fulls) {
      const before = lastAtOrBefore(full.at, at)
      const pick = before !== undefined ? { full, at: before, before: true } : { full, at: full.at[0]!, before: false }
      if (!best || pick.before && (!best.before || pick.at > best.at) || !pick.before && !best.before && pick.at < best.at) best = pick
    }
    return best?.full.name ?? name
  }
}

// The last position in the sorted list at or before `at` (binary search: a name may recur many times).
function lastAtOrBefore(list: readonly number[], at: number): number | undefined {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! <= at) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? list[lo - 1] : undefined
}

// A capitalised word of a name ("E!", "Al-Qabas", "U.S."), with no comma or slash after it.
const WORD = /^\p{Lu}[\p{L}\p{N}!&.'’-]*$/u
// The capitalised words (and "of" between them) that end `words`, at most RUN_WORDS of them.
function runBefore(words: string): string[] {
  // (A paragraph's break ends any name: "... killed in Gaza" over "Official Palestine TV reported".)
  const split = words.slice(words.lastIndexOf('\n') + 1).split(/\s+/)
  const run: string[] = []
  for (let k = split.length - 1; k >= 0 && run.length < RUN_WORDS; k--) {
    const w = split[k]!
    if (WORD.test(w) || w === 'of' && k > 0 && run.length > 0 && WORD.test(split[k - 1]!)) run.unshift(w)
    else break
  }
  return run
}

const unThe = (words: readonly string[]) => (words[0] && /^the$/i.test(words[0]) ? words.slice(1) : words)

// "Times" for "New York Times" (its last words), "NY Times" / "NYT" for it
// (initials for a run of its words); the same name is no short form of itself.
export function shortFor(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length && short.join(' ').toLowerCase() === full.join(' ').toLowerCase()) return false
  if (short.length < full.length && !DISTINCT.test(full[0]!) && same(short, full.slice(full.length - short.length))) return true
  return initialled(short, full)
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase())

// Each short word is the full name's next word, or the initials of its next few words; together they spell all of it.
function initialled(short: readonly string[], full: readonly string[]): boolean {
  let i = 0
  let abbreviated = false
  for (const word of short) {
    if (i < full.length && word.toLowerCase() === full[i]!.toLowerCase()) { i++; continue }
    if (!INITIALS.test(word) || i + word.length > full.length) return false
    const initials = full.slice(i, i + word.length).map((w) => w[0]!.toUpperCase()).join('')
    if (initials !== word || word.length < 2) return false
    i += word.length
    abbreviated = true
  }
  return abbreviated && i === full.length
}
