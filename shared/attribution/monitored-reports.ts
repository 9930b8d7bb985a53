// "An Ankara Radio report monitored in London said", "A Tehran Radio
// broadcast heard in Nicosia said": the place where a far broadcast was
// picked up stands right before the verb, and the subject reader takes it
// for the speaker ("London said" read as Britain). The speaker is the report,
// and so the outlet that made it (GUIDE 5: an outlet reporting is the source,
// or the relay of one it reports: "... said Foreign Minister Halefoglu had
// called on Greece" is Halefoglu via Ankara Radio). Reads one sentence's cues.

import type { Cue, SentenceView } from './cue-types.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'

// The words before the verb's subject: "<Outlet> report monitored in ", "<Outlet> broadcast, received by ".
const FAR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s+(?:report|broadcast|dispatch|bulletin|commentary)\s*,?\s+(?:monitored|received|heard|picked up)\s+(?:in|by)\s+(?:the\s+)?$/u
// How far before the subject the outlet's words may start.
const WINDOW = 80

export function monitoredReports(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from } = view
  const start = tokens[from]?.start ?? 0
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!
    if (c.kind !== 'verb' || c.inQuote || c.speaker?.type !== 'name') continue
    const m = FAR.exec(text.slice(Math.max(start, c.start - WINDOW), c.start))
    if (!m) continue
    const article = /^(?:An?|The)\s+/.exec(m[1]!)?.[0].length ?? 0
    const written = m[1]!.slice(article)
    const outlet = knownOutlet(written) ?? (looksLikeOutlet(written) ? written : null)
    if (!outlet) continue
    cues[i] = { ...c, start: c.start - m[0].length + m.index + article, speaker: { type: 'name', name: outlet, titles: ['outlet'] } }
  }
}
