// A story that is a write-up of another outlet's report: its headline gives
// the outlet as the source ("Reuters: Trump has stopped ...", "..., Reuters
// reports") and so does its lede ("..., according to Reuters"). The unnamed
// sources it cites after that ("According to three officials", "one insider
// told Reuters") are the report's sources, known only through it (GUIDE 5's
// exception across paragraphs): each takes the outlet as its relay. Named
// people may have spoken in public, so only unnamed sources do.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import type { Publisher } from './publisher.ts'

export function relayedStory(own: (Attribution | null)[], paraOf: (i: number) => number, publisher: Publisher): void {
  const head = own[0]
  if (!head || head.kind !== 'outlet' || head.via || publisher.isOwn(head.source)) return
  const outlet = fold(head.source)
  // The lede: the first paragraph after the headline's.
  let lede = 1
  while (lede < own.length && paraOf(lede) === paraOf(0)) lede++
  let told = false
  for (let i = lede; i < own.length && paraOf(i) === paraOf(lede); i++) if (own[i]?.kind === 'outlet' && fold(own[i]!.source) === outlet) told = true
  if (!told) return
  for (let i = lede + 1; i < own.length; i++) {
    const a = own[i]
    if (a && a.kind === 'anonymous' && !a.via && !a.venue) own[i] = { ...a, via: head.source }
  }
}
