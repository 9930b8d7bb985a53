// Embedded posts (the web's tweets): a block "— Elon Musk (@elonmusk)
// September 9, 2016" signs the block before it, which is the signer's
// words on Twitter (content before its cue, GUIDE 3 "previous"). A post
// that quotes someone of its own ("..., officials said") keeps that source;
// a news outlet's post then relays it (GUIDE 5), a person's post is theirs.
// The signature itself is a credit line, never a claim.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const SIGNATURE = /^[—–-]\s*(\p{Lu}[^()\n]{0,60}?)\s*\(@\w{1,30}\)/u

export function embeddedPosts(text: string, sentences: readonly Sentence[], placed: (Placed | null)[], discourse: Discourse): void {
  for (const s of sentences) {
    const m = SIGNATURE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)))
    if (!m || s.index === 0) continue
    placed[s.index] = null
    const outlet = knownOutlet(m[1]!) ?? (looksLikeOutlet(m[1]!) ? m[1]!.replace(/^the\s+/i, '') : undefined)
    const { name, kind } = outlet ? { name: outlet, kind: 'outlet' as const } : discourse.canonical(m[1]!)
    const cue: Cue = { kind: 'verb', start: s.start, end: s.start + m[0].length, verb: s.from, inQuote: false, leading: false, trailing: true,
      speaker: { type: 'name', name, titles: [] }, venue: 'Twitter', quotedOuter: null, descriptor: [] }
    const own: Attribution = { source: name, kind, via: null, venue: 'Twitter', main: cue, cues: [cue], otherSources: [], confidence: 0.75 }
    // The post: the block just before the signature.
    const para = sentences[s.index - 1]!.para
    for (let k = s.index - 1; k >= 0 && sentences[k]!.para === para; k--) {
      const p = placed[k]
      if (p && kind === 'outlet' && p.attribution.kind !== 'outlet') placed[k] = { ...p, attribution: { ...p.attribution, via: p.attribution.via ?? name, venue: 'Twitter' } }
      else placed[k] = { attribution: own, contentIn: 'previous' }
    }
  }
}
