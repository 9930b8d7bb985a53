// A sentence about the speaker is not more of what the speaker said (GUIDE
// 3 "next"): "He added that inflation will stay above 2%. Waller is a
// permanent voting member on the FOMC." A continuation goes on with the
// speaker's claim; once the speaker is the subject, named by the name the
// cue gave, the writer is describing them, and the run stops there. (A
// sentence naming the speaker with a verb of saying has a cue of its own and
// is never placed as a continuation.)

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/

export function speakerSubjects(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const p = placed[i]
    if (p?.contentIn !== 'next') continue
    const words = p.attribution.source.split(' ')
    const last = words[words.length - 1]!
    if (words.length < 2 && p.attribution.kind !== 'person' || !/^\p{Lu}/u.test(last)) continue
    const s = sentences[i]!
    const opening = text.slice(s.start, Math.min(s.end, s.start + 80)).replace(HONORIFIC, '')
    if (!opening.startsWith(last) || /^[\p{L}\p{N}'’-]/u.test(opening.slice(last.length))) continue
    for (let k = i; k < sentences.length && sentences[k]!.para === s.para && placed[k]?.attribution === p.attribution && placed[k]!.contentIn === 'next'; k++) placed[k] = null
  }
}
