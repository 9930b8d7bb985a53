// A text named by its owner's common noun ("the ministry's 2025 white paper
// said", "The company's annual report said"): the body the article has
// been talking about, as the conventions name documents (issuer + document
// noun as written, GUIDE 7): "Japanese Defense Ministry white paper". The
// body is the one written last before it whose name ends in that noun (a
// ministry, an agency), or for "the company's"/"the firm's" the body written
// last before it; a year or edition number before the noun is dropped.

import { DEMONYM_OF } from './lexicon.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; cue: { start: number } }
export interface Body { written: string; name: string }

const OWNED = /^(company|firm|group|ministry|agency|bank|department|commission|council|committee|court|regulator|university|institute|party|military|army|police|board|authority|office|embassy|government|organi[sz]ation)['’]s ((?:\d{4}|[\d-]+(?:st|nd|rd|th)) )?(.+)$/i
const ANY_BODY = /^(?:company|firm|group|organi[sz]ation)$/i
// How far back the owner is looked for, and how many bodies are tried.
const WINDOW = 3000
const MAX_BODIES = 128
// Owned texts looked up per article (each reads the window once per body).
const MAX_OWNED = 64

export function ownedDocuments(out: Sourced[], text: string, bodies: readonly Body[], match: (name: string) => string | null): void {
  const known = bodies.slice(0, MAX_BODIES)
  let looked = 0
  for (const s of out) {
    if (s.sourceKind !== 'document') continue
    const m = OWNED.exec(s.source)
    if (!m || looked++ >= MAX_OWNED) continue
    const noun = m[1]!.toLowerCase()
    const before = text.slice(Math.max(0, s.cue.start - WINDOW), s.cue.start)
    let owner: Body | null = null
    let last = -1
    for (const b of known) {
      if (!ANY_BODY.test(noun) && b.name.toLowerCase().split(' ').at(-1) !== noun) continue
      const at = before.lastIndexOf(b.written)
      if (at > last) { last = at; owner = b }
    }
    if (!owner) continue
    // ("Japan's Defense Ministry": the country's adjective, as the engine names home bodies; "sharp-edged" is no document word.)
    const country = /(\p{Lu}[\p{L}]+)['’]s $/u.exec(before.slice(Math.max(0, last - 30), last))?.[1]
    const demonym = country && !owner.name.includes(' of ') ? DEMONYM_OF.get(country.toLowerCase()) : undefined
    const issuer = demonym && !owner.name.startsWith(demonym) ? `${demonym} ${owner.name}` : owner.name
    s.source = `${issuer} ${m[3]!.split(' ').filter((w) => !w.includes('-')).join(' ')}`
    s.sourceId = match(s.source)
  }
}
