// Embedded social posts as news pages import them: the post's text in one
// block, then a signature line "— Name (@handle) Month D, YYYY". The embed is
// one quotation, so the signature is the cue of the block before it
// (`previous`, venue Twitter); the signature itself is a credit line and is
// not attributed. A post with a cue of its own ("..., officials said
// https://t.co/...") keeps its speaker: an outlet's account relays it, a
// person's account is the source (the outermost speaker that is no outlet).

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { SourceKind } from './kinds.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { fold } from './fold.ts'
import { looksLikeOutlet } from './outlets.ts'

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const SIGNATURE = new RegExp(`^[—–-]{1,2}\\s*([^()\\n]{2,80}?)\\s*\\(@\\w{1,30}\\)(?:\\s+${MONTH}\\s+\\d{1,2},?\\s+\\d{4})?\\s*$`, 'u')
// A post is short; a longer block before a signature is no post text.
const MAX_POST = 1200

export interface PostInput {
  text: string
  sentences: readonly Sentence[]
  // The article's own speakers, resolved and named canonically.
  canonical: (name: string) => { name: string; kind: SourceKind }
}

// Marks the post sentences as the account holder's and the signature lines
// as unattributed, in `placed`. One pass over the sentences.
export function socialPosts(input: PostInput, placed: (Placed | null)[]): void {
  const { text, sentences } = input
  const n = sentences.length
  for (let i = 0; i < n; i++) {
    const sig = sentences[i]!
    // A signature is a paragraph of its own, right after the post's paragraph.
    if (!/^[—–-]/u.test(text[sig.start]!)) continue
    let last = i
    while (last + 1 < n && sentences[last + 1]!.para === sig.para) last++
    if (i === 0 || sentences[i - 1]!.para === sig.para) { i = last; continue }
    const line = text.slice(sig.start, sentences[last]!.end)
    const m = SIGNATURE.exec(line)
    if (!m) { i = last; continue }
    let first = i - 1
    while (first > 0 && sentences[first - 1]!.para === sentences[i - 1]!.para) first--
    for (let k = i; k <= last; k++) placed[k] = null
    if (sentences[i - 1]!.end - sentences[first]!.start > MAX_POST) { i = last; continue }
    const holder = input.canonical(m[1]!.trim())
    const outlet = holder.kind === 'outlet' || looksLikeOutlet(holder.name)
    const cueEnd = sig.start + line.indexOf(')') + 1
    const cue: Cue = {
      kind: 'verb', start: sig.start, end: cueEnd, verb: sig.from, speaker: null, inQuote: false,
      leading: false, trailing: true, venue: 'Twitter', quotedOuter: null, descriptor: [],
    }
    const own: Attribution = {
      source: holder.name, kind: outlet ? 'outlet' : holder.kind, via: null, venue: 'Twitter', main: cue, cues: [cue],
      otherSources: [], confidence: 0.8,
    }
    for (let k = first; k < i; k++) {
      const p = placed[k]
      placed[k] = p && p.contentIn === 'same' ? { attribution: posted(p.attribution, own, outlet), contentIn: 'same' } : { attribution: own, contentIn: 'previous' }
    }
    i = last
  }
}

// A post that names a speaker of its own: the outlet's account relays it;
// a person's account is the source, with the named speaker beside it.
function posted(a: Attribution, holder: Attribution, outlet: boolean): Attribution {
  if (fold(a.source) === fold(holder.source)) return { ...a, venue: 'Twitter' }
  if (outlet) return { ...a, via: a.via ?? holder.source, venue: 'Twitter' }
  return { ...holder, otherSources: [a.source, ...a.otherSources] }
}
