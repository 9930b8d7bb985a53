// The monitoring service as the relay (GUIDE 5). A wire that heard another
// outlet through a listening service says so beside it: "SUNA, monitored by
// the British Broadcasting Corporation, said ...", "a spokesman, quoted in a
// broadcast monitored by the BBC in London, said ...". What the monitored
// outlet said itself, or what an unnamed broadcast carried, reached the
// writer through the service that monitored it: the service is the relay.
// A sentence that already names a relay ("Tehran radio, monitored by the BBC,
// quoted the minister") keeps it: the radio passed the minister's words on.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Publisher } from './publisher.ts'

// "monitored by the British Broadcasting Corporation", "monitored by BBC Monitoring".
const MONITORED_BY = /\bmonitored\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,4})/u

export function monitoringRelays(own: (Attribution | null)[], said: (i: number) => string, publisher: Publisher): void {
  own.forEach((a, i) => {
    if (!a || a.via) return
    const m = MONITORED_BY.exec(said(i))
    if (!m) return
    const name = m[1]!.replace(/\.$/, '')
    const outlet = knownOutlet(name) ?? (looksLikeOutlet(name) ? name : null)
    if (!outlet || publisher.isOwn(outlet) || fold(outlet) === fold(a.source)) return
    own[i] = { ...a, via: outlet }
  })
}
