// Unnamed media passing on a named speaker's words ("Japanese media reported
// that Prime Minister Fumio Kishida said ...", "According to foreign media,
// Antony Blinken said ...", "Japanese press reports said Nakasone has said
// ...") relay that speaker as a named outlet would (GUIDE 5: the outlet is
// transparent; the read sets label the media "(unnamed)" as the relay). The
// media become an outlet for compose() only when another cue of the sentence
// names a speaker who is neither the media nor unnamed press at large; the
// media reporting alone stay the source.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'

// "Japanese media (anonymous)", "foreign press (unnamed)", "local newspapers", "Japanese press reports".
const MEDIA = /\b(?:media|press|newspapers|outlets|broadcasters|television|tv|news agencies)(?:\s+reports?)?\s*\((?:anonymous|unnamed)\)$/i

export function mediaInner(cues: readonly Cue[], resolved: Map<Cue, Resolved>): void {
  const media = cues.filter((c) => { const r = resolved.get(c); return r !== undefined && r.kind === 'anonymous' && MEDIA.test(r.name) })
  if (!media.length) return
  // (A named inner speaker: a person or a body named in the sentence, not a pronoun's guess.)
  const inner = cues.some((c) => { const r = resolved.get(c); return r !== undefined && !media.includes(c) && r.named && (r.kind === 'person' || r.kind === 'organisation') })
  if (!inner) return
  for (const c of media) resolved.set(c, { ...resolved.get(c)!, kind: 'outlet' })
}
