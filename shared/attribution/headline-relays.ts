// A headline over a story whose lede relays another outlet ("IRAQ SAYS IRAN
// FIRED MISSILES" over "Aziz was quoted as saying ..., al-Thawra"; "PERU
// SAYS IT HELD TALKS" over "..., the official newspaper El Peruano said")
// sums up words known only through that outlet, so it takes the lede's
// relay (GUIDE 5): the relay of the lede's attribution, or the outlet
// itself when the lede is the outlet reporting. The lede is the first
// attributed sentence of the story's first paragraph after the headline; a
// lede paragraph with no attribution, a headline crediting an outlet or a
// venue of its own, and a lede heard in an interview ("..., Baghaei told
// IRNA", where the headline is the writer's own summary) are left alone.

import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

// ("the official newspaper El Peruano said", "Xinhua reported": an outlet by name or by its kind, not a
// company's report the engine took for one.)
const PRESS = /\b(?:newspaper|paper|daily|weekly|agency|radio|television|tv|news|magazine|broadcaster)\b/i
const CREDITS_PRESS = /\b(?:media|press|newspapers?|papers?|daily|agency|radio|television|tv)\b/i
const isPress = (name: string, cue: string) => knownOutlet(name) !== undefined || PRESS.test(cue)

export function headlineRelays(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const top = sentences[0]
  const head = placed[0]?.attribution
  // (A headline crediting the press itself, "..., state media says", names its source, not a relay.)
  if (!top || !head || !top.heading || head.via || head.venue || head.kind === 'outlet' || CREDITS_PRESS.test(head.source)) return
  const body = sentences.find((s) => !s.heading)
  if (!body) return
  const lede = sentences.find((s) => s.para === body.para && placed[s.index] && !s.heading)
  const a = lede ? placed[lede.index]!.attribution : null
  if (!a) return
  const interview = a.via !== null && a.venue !== null && fold(a.venue) === fold(a.via)
  const relay = a.via ?? (a.kind === 'outlet' && !a.venue && isPress(a.source, text.slice(a.main.start, a.main.end)) ? a.source : null)
  if (relay && !interview) placed[0] = { ...placed[0]!, attribution: { ...head, via: relay } }
}
