// Reporters the article names with their outlet: "Sui-Lee Wee of the New
// York Times", "NPR's Emily Feng", "as Emily Feng reports for NPR". One who
// speaks inside what such a reporter passes on ("one Weibo commenter said,
// per Feng"; "according to NPR's Feng, Li Jifeng wrote") comes through her
// outlet: the outlet is the relay (GUIDE 5). Alone ("Wee reported") the
// reporter speaks as a person. She is known by her full name and by her
// surname alone.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { capitalMatchAll } from './capital-index.ts'

// A person's name: two to four capitalised words, hyphens inside ("Sui-Lee Wee"); or a surname alone.
const PERSON = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`
const OUTLET = String.raw`(\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})`
// "Sui-Lee Wee of the New York Times", "Wee of the Times".
const OF = new RegExp(String.raw`(?<![\p{L}'’-])${PERSON}\s+of\s+(?:the\s+)?${OUTLET}`, 'gu')
// "NPR's Emily Feng", "NPR’s Feng".
// (A name starts a word: tried at each capital inside a long run of initials, the scan would be quadratic.)
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.&-])${OUTLET}['’]s\s+${PERSON}`, 'gu')
// "Emily Feng reports for NPR", "as Jane Roe wrote for the Guardian".
const FOR = new RegExp(String.raw`(?<![\p{L}'’-])${PERSON}\s+(?:reports|reported|writes|wrote)\s+for\s+(?:the\s+)?${OUTLET}`, 'gu')
// Bounded: a page names few reporters; the scan stops at this many.
const MAX = 100

export class OutletReporters {
  private readonly outlets = new Map<string, string>()

  constructor(text: string) {
    for (const [re, person, outlet] of [[OF, 1, 2], [POSSESSIVE, 2, 1], [FOR, 1, 2]] as const) {
      for (const m of capitalMatchAll(text, re)) {
        if (this.outlets.size >= MAX) return
        const name = outletName(m[outlet]!)
        if (name) this.learn(m[person]!, name)
      }
    }
  }

  // The outlet a person the article names as its reporter writes for, or null.
  outletOf(person: string): string | null {
    return this.outlets.get(fold(person)) || null
  }

  private learn(written: string, outlet: string): void {
    // ("As Emily Feng reports for NPR": a sentence's opening word is no given name.)
    const person = written.replace(OPENING, '')
    // (A masthead is no reporter: "the Times of India", "Reuters of London".)
    if (!person || outletName(person)) return
    const words = person.split(/\s+/)
    for (const key of new Set([person, words.at(-1)!])) {
      const known = this.outlets.get(fold(key))
      // (A surname two reporters of two outlets share names neither; "the Times" is the New York Times named before.)
      this.outlets.set(fold(key), known === undefined || known === outlet ? outlet : sameMasthead(known, outlet) ?? '')
    }
  }
}

const OPENING = /^(?:As|But|And|So|Yet|According|Per|Reports|Writes)\s+/
// The longer of two names of one masthead: "The Times" and "The New York Times".
function sameMasthead(a: string, b: string): string | null {
  const last = (n: string) => n.split(/\s+/).at(-1)!.toLowerCase()
  if (!a || !b || last(a) !== last(b)) return null
  return a.length >= b.length ? a : b
}

function outletName(words: string): string | null {
  const written = words.replace(/[.,;:]+$/, '')
  for (let n = written.split(/\s+/).length; n > 0; n--) {
    // ("the New York Times. All ...": the longest run of capitalised words that names an outlet.)
    const run = written.split(/\s+/).slice(0, n).join(' ').replace(/[.,;:]+$/, '')
    const known = knownOutlet(run) ?? knownOutlet(`the ${run}`)
    if (known) return known
    if (looksLikeOutlet(run)) return run
  }
  return null
}

// Cues that credit a reporter with what another said: "according to NPR's Feng, Li wrote", "..., per Feng".
// (Her own "reports" or "wrote" is her act as a person.)
export function reportsFor(kind: string): boolean {
  return kind === 'according' || kind === 'per'
}

// A reporter is never relayed by her own outlet: "according to Sui-Lee Wee of the New York Times. ... reports Wee"
// is her own report, though the paragraph's relay is her paper.
export function ownReporters(own: (Attribution | null)[], reporters: OutletReporters): void {
  own.forEach((a, i) => {
    if (a?.via && fold(reporters.outletOf(a.source) ?? '') === fold(a.via)) own[i] = { ...a, via: null }
  })
}
