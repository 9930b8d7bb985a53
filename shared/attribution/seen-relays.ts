// "According to a transcript reviewed by Business Insider", "in a letter
// obtained by The Times": the outlet that got hold of the text passes its
// words on (GUIDE 5), unless it is the story's own outlet. The story shows
// its own outlet as one its sources speak to directly: the dateline's
// publisher, or a venue it does not relay ("told TRD", "when contacted by
// Reuters"), written out or as initials. "Seen by" is the idiom an outlet
// uses for its own scoops ("a draft seen by the Financial Times"): that one
// relays only an outlet the story relays elsewhere.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'
import type { Publisher } from './publisher.ts'

const key = (name: string) => fold(knownOutlet(name) ?? name)
// "told TRD", "contacted by TRD": the story's own outlet by its initials ("The Real Deal"), which may name
// no known outlet, so the venue reader does not take them for one.
function toldInitials(text: string, name: string): boolean {
  const initials = name.split(/\s+/).map((w) => w[0] ?? '').join('')
  return /^\p{Lu}{2,5}$/u.test(initials) && new RegExp(`\\b(?:told|tells|to|by)\\s+(?:the\\s+)?${initials}\\b`).test(text)
}
const SEEN_BY = /\bseen\s+(?:\S+\s+)?by\s/i

export function seenRelays(text: string, own: (Attribution | null)[], publisher: Publisher): void {
  const relays = new Set<string>()
  const direct = new Set<string>()
  if (publisher.name) direct.add(key(publisher.name))
  for (const a of own) {
    if (a?.via && !a.viaSeen) relays.add(key(a.via))
    if (a?.venue && !a.via) direct.add(key(a.venue))
  }
  // (Each outlet's initials are looked for once.)
  const initials = new Map<string, boolean>()
  const told = (via: string) => initials.get(via) ?? initials.set(via, toldInitials(text, via)).get(via)!
  const mine = (via: string, seen: boolean) => !relays.has(key(via)) && (seen || direct.has(key(via)) || publisher.isOwn(via) || told(via))
  own.forEach((a, i) => {
    if (!a?.viaSeen || !a.via) return
    const seen = a.cues.some((c) => c.seenBy && SEEN_BY.test(text.slice(Math.max(0, c.start - 16), c.end)))
    if (mine(a.via, seen)) own[i] = { ...a, via: null }
  })
}
