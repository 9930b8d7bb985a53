// "Volker said he first raised the delay in August, after Politico reported
// the aid had been paused": an outlet's report inside a time or reason
// clause of another speaker's words is part of what that speaker said, an
// event, not the outlet passing the words on (GUIDE 5). The outlet's cue is
// dropped so it is no relay of the sentence.

import type { Cue, SentenceView } from './cue-types.ts'
import { looksLikeOutlet } from './outlets.ts'

const SUBORDINATORS = /^(?:after|before|when|since|until|because|while|once|although|though)$/

const outletSpeaks = (c: Cue) => c.speaker?.type === 'name' && (c.speaker.titles.includes('outlet') || looksLikeOutlet(c.speaker.name))

export function subordinateReports(view: SentenceView, cues: Cue[]): void {
  const { tokens, from } = view
  for (let n = cues.length - 1; n >= 0; n--) {
    const c = cues[n]!
    if (c.kind !== 'verb' || c.inQuote || !outletSpeaks(c)) continue
    let a = from
    while (a < view.to && tokens[a]!.start < c.start) a++
    if (a - 1 < from || !SUBORDINATORS.test(tokens[a - 1]!.lower)) continue
    if (cues.some((o) => o !== c && o.kind === 'verb' && !o.inQuote && o.end <= tokens[a - 1]!.start && !outletSpeaks(o))) cues.splice(n, 1)
  }
}
