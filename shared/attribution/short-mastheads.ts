// "the Times reported" in a story that has named the New York Times is the
// New York Times, not the London paper the list knows as "The Times" (GUIDE 4:
// one canonical name however the story words it). A one-word masthead ("the
// Times", "the Post", "the Journal", "the Globe") stands for the one fuller
// masthead ending in that word that the article writes; with none, or two
// ("the Financial Times" and "the New York Times"), or the short paper
// named as its own ("The Times of London"), the name stays as it is.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { DISTINCT } from './outlet-aliases.ts'
import { capitalMatches } from './capital-runs.ts'

const WORDS = 'Times|Post|Journal|Globe|Tribune|Herald|Telegraph|Chronicle|Star|Sun|Inquirer|Independent|Observer|Examiner|Gazette|Mail|Express|Mirror|Standard|Bee|Republic|Sentinel|Guardian'
// A fuller masthead: up to four capitalised words before the last one ("The New York Times", "Los Angeles Times").
const FULLER = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.&-]*\s+){1,4})(${WORDS})(?![\p{L}\p{N}])`, 'gu')
// (Read through capitalMatches: a word of capitals is not tried again at each of its letters.)
const WORD = /[\p{L}'’.&-]/u
const ITS_OWN = new RegExp(String.raw`\bThe (${WORDS}) of London\b`, 'gu')

export class ShortMastheads {
  // fold of the one-word masthead ("times") -> the fuller one, or null when ambiguous.
  private readonly fuller = new Map<string, string | null>()

  constructor(text: string) {
    for (const m of text.matchAll(ITS_OWN)) this.fuller.set(m[1]!.toLowerCase(), null)
    for (const m of capitalMatches(text, FULLER, WORD)) {
      const word = m[2]!.toLowerCase()
      const seen = this.fuller.get(word)
      if (seen === null) continue
      const outlet = fullerOutlet(text, m.index, `${m[1]!}${m[2]!}`)
      // (The Financial Times, the Sunday Times, the Global Times are never "the Times": outlet-aliases.ts.)
      if (!outlet || fold(outlet) === word || DISTINCT.test(outlet.replace(/^the\s+/i, '').split(/\s+/)[0]!)) continue
      if (seen === undefined) this.fuller.set(word, outlet)
      else if (fold(seen) !== fold(outlet)) this.fuller.set(word, null)
    }
  }

  // The fuller masthead a one-word one stands for, else the name as given.
  name(name: string): string {
    const key = fold(name)
    if (/\s/.test(key)) return name
    return this.fuller.get(key) ?? name
  }

  // Each attribution's source, relay and venue read through name().
  apply(own: (Attribution | null)[]): void {
    if (this.fuller.size === 0) return
    own.forEach((a, i) => {
      if (!a) return
      const source = a.kind === 'outlet' ? this.name(a.source) : a.source
      const via = a.via && this.name(a.via)
      const venue = a.venue && this.name(a.venue)
      if (source !== a.source || via !== a.via || venue !== a.venue) own[i] = { ...a, source, via, venue }
    })
  }
}

// The masthead a run of capitalised words ends in: its longest known tail
// ("Meanwhile Washington Post" is the Washington Post), else, after "the",
// the run as written ("the Valley Tribune"); else none.
function fullerOutlet(text: string, at: number, run: string): string | undefined {
  const words = run.split(/\s+/).filter((w) => !/^the$/i.test(w))
  for (let n = 0; n < words.length - 1; n++) {
    const known = knownOutlet(words.slice(n).join(' '))
    if (known) return known
  }
  const written = words.join(' ')
  return /\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at)) || /^the\s/i.test(run) ? (looksLikeOutlet(written) ? written : undefined) : undefined
}
