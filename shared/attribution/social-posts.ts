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
import { signatureName } from './signature-names.ts'

// "— Name (@handle) Month D, YYYY" (or "D Month YYYY"): the date is any short tail with a year.
const SIGNATURE = /(?:^|[\s.!?"”])[—–-]{1,2}\s*([^()\n—–]{2,80}?)\s*\(@\w{1,30}\)(?:\s+[^()\n]{0,40}?\b\d{4})?\s*$/u
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
  let first = 0
  while (first < n) {
    let last = first
    while (last + 1 < n && sentences[last + 1]!.para === sentences[first]!.para) last++
    const end = sentences[last]!.end
    const m = end - sentences[first]!.start <= MAX_POST ? SIGNATURE.exec(text.slice(Math.max(sentences[first]!.start, end - 200), end)) : null
    if (m) {
      const at = end - m[0].length + m[0].search(/[—–-]/u)
      // A signature block of its own credits the paragraph before it; one at the end of a
      // paragraph ("... hard.— Elon Musk (@elonmusk) ...") credits its own paragraph.
      const alone = at <= sentences[first]!.start
      let from = first
      let to = last
      if (alone) {
        for (let k = first; k <= last; k++) placed[k] = null
        to = first - 1
        from = to
        while (from > 0 && sentences[from - 1]!.para === sentences[to]?.para) from--
      }
      if (to >= 0 && sentences[to]!.end - sentences[from]!.start <= MAX_POST) credit(input, placed, from, to, m[1]!.trim(), at)
    }
    first = last + 1
  }
}

// The posted sentences [from, to] are the account holder's; the cue is the signature from `start` to the handle.
function credit(input: PostInput, placed: (Placed | null)[], from: number, to: number, name: string, start: number): void {
  // (Stripped again after: the article's fullest form of the name may be the signature's own.)
  const canonical = input.canonical(signatureName(name))
  const holder = canonical.kind === 'person' ? { ...canonical, name: signatureName(canonical.name) } : canonical
  const outlet = holder.kind === 'outlet' || looksLikeOutlet(holder.name)
  const close = input.text.indexOf(')', start)
  const cue: Cue = {
    kind: 'verb', start, end: close + 1, verb: input.sentences[to]!.from, speaker: null, inQuote: false,
    leading: false, trailing: true, venue: 'Twitter', quotedOuter: null, descriptor: [],
  }
  const own: Attribution = {
    source: holder.name, kind: outlet ? 'outlet' : holder.kind, via: null, venue: 'Twitter', main: cue, cues: [cue],
    otherSources: [], confidence: 0.8,
  }
  for (let k = from; k <= to; k++) {
    const p = placed[k]
    placed[k] = p && p.contentIn === 'same' ? { attribution: posted(p.attribution, own, outlet), contentIn: 'same' } : { attribution: own, contentIn: 'previous' }
  }
}

// A post that names a speaker of its own: the outlet's account relays it;
// a person's account is the source, with the named speaker beside it.
function posted(a: Attribution, holder: Attribution, outlet: boolean): Attribution {
  if (fold(a.source) === fold(holder.source)) return { ...a, venue: 'Twitter' }
  if (outlet) return { ...a, via: a.via ?? holder.source, venue: 'Twitter' }
  return { ...holder, otherSources: [a.source, ...a.otherSources] }
}
