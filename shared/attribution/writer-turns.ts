// Where an unquoted continuation after "X said that ..." stops (GUIDE 3
// `next`): it carries on the speaker's own account only, so a sentence in
// which the writer turns ("By comparison, ...", "But ...", "However, ...")
// or a credit in parentheses ("(Reuters)") is the writer's again, and so is
// the rest of the paragraph after it. An outlet's trailing report does not
// reach back to the sentence before it.

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const TURN = /^(?:by comparison|in comparison|by contrast|in contrast|but|however|meanwhile|still|yet|even so|at the same time)\b/i
const CREDIT = /^\([^()]{1,60}\)\.?$/

export function writerTurns(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const p = placed[i]
    const s = sentences[i]!
    // "Trump flung statistics about it. The claims reflected nothing, reported MSNBC.": an outlet's
    // report qualifies its own sentence; the one before is the writer's narration.
    if (p?.contentIn === 'previous' && p.attribution.kind === 'outlet') { placed[i] = null; continue }
    if (i === 0) continue
    if (p?.contentIn !== 'next' || s.item || sentences[i - 1]!.para !== s.para) continue
    const words = text.slice(s.start, s.end)
    if (!TURN.test(words) && !CREDIT.test(words)) continue
    for (let k = i; k < sentences.length && sentences[k]!.para === s.para && placed[k]?.attribution === p.attribution && placed[k]!.contentIn === 'next'; k++) placed[k] = null
  }
}
