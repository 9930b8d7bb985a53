// A named source the name's shape leaves as a person, read again in the
// article (GUIDE 7): news introduces a person by full name or title, so a
// one-word name the article repeats and never gives a title ("Hamas said", "Euroclear
// has warned") is a body; a name with "of" or "for" inside ("Alternative
// for Germany") is a body; so is one that speaks "in its" report or "on
// its" account.

import type { SourceKind } from './kinds.ts'
import { TITLES } from './lexicon.ts'

// Each name is looked up at most this many times in the text, and at most
// MAX_NAMES names per article, so the work stays linear in the text.
const MAX_LOOKS = 16
const MAX_NAMES = 64
const OWN_VENUE = /^\s+(?:has\s+|had\s+)?(?:also\s+)?(?:said|says|added|noted|wrote|reported|stated|warned)\s+(?:in|on)\s+its\b/

export class NameKinds {
  private readonly seen = new Map<string, SourceKind>()

  constructor(private readonly text: string) {}

  of(name: string, kind: SourceKind): SourceKind {
    if (kind !== 'person') return kind
    let known = this.seen.get(name)
    if (known === undefined && this.seen.size < MAX_NAMES) {
      known = this.read(name)
      this.seen.set(name, known)
    }
    return known ?? kind
  }

  private read(name: string): SourceKind {
    const words = name.split(/\s+/)
    if (words.length >= 3 && words.slice(1, -1).some((w) => w === 'of' || w === 'for')) return 'organisation'
    const text = this.text
    let titled = false
    let seen = 0
    let at = 0
    for (let n = 0; n < MAX_LOOKS; n++) {
      at = text.indexOf(name, at)
      if (at < 0) break
      // "Xi" inside "Xinhua" is no mention.
      if (/[\p{L}\p{N}]/u.test(text.charAt(at + name.length))) { at += name.length; continue }
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? ''
      if (TITLES.has(before)) titled = true
      seen++
      if (OWN_VENUE.test(text.slice(at + name.length, at + name.length + 40))) return 'organisation'
      at += name.length
    }
    // Named once only ("Xi said ..." in a short text) it may still be a surname.
    return words.length === 1 && !titled && seen > 1 ? 'organisation' : 'person'
  }
}
