// A wire story's lede that sums up what one speaker said before the next
// paragraph says where it was read ("PEKING - The province's grain output
// is not rising, its vice-governor said. [next paragraph] The China Daily
// quoted Yang Jike, vice-governor of Anhui, as saying ..."): the writer
// knows the lede's words only through that outlet, so the lede takes its
// relay (GUIDE 5's exception across paragraphs), and so does a headline
// over it. Only the first attribution of the story's body counts, with no
// relay or venue of its own, and only when the very next attribution, in
// the paragraph after the lede's, is that same source (by its final name)
// passed on by an outlet that quoted it or reported it. An interview the
// outlet held ("the diplomat told the weekly Politika in an interview",
// relay and venue one) or a text it saw leaves the lede as the writer's own
// summary (session 16: relaying ledes before an interview only added false
// relays); so does a lede the writer heard at a press conference.
// The next attribution may also be a state agency or broadcaster speaking
// for itself ("Iraq said today ... . The official Iraqi news agency INA
// said ..."): the lede sums up its report (session 19).

import { fold } from './fold.ts'
import type { Publisher } from './publisher.ts'

interface Relayed {
  source: string
  sourceKind: string
  via: string | null
  venue: string | null
  cue: { text: string }
  viaId: string | null
}

export interface LedeLines {
  // The sentence each suggestion stands for (suggestions come in text order).
  sentence: (k: number) => number
  para: (i: number) => number
  heading: (i: number) => boolean
  toPress: (i: number) => boolean
  length: (i: number) => number
}

// "By Mark O'Neill, Reuters", "Washington CNN —": a line that is no sentence of the story.
const LINE = 60

// "according to a draft seen by Reuters", "a memo obtained by the Times": a text the outlet saw.
const SEEN = /\b(?:seen|obtained|reviewed)\s+by\b/i
// How a cue names a state agency or broadcaster: "the official Iraqi news agency INA said", "Tehran radio said".
const WIRE = /\b(?:news agency|agency|radio|television|official|state|state-run)\b/i
// "..., state media says": a headline naming the press as its source.
const CREDITS_PRESS = /\b(?:media|press|newspapers?|papers?|daily|agency|radio|television|tv)\b/i

export function ledeRelays(out: Relayed[], lines: LedeLines, publisher: Publisher, match: (name: string) => string | null): void {
  const at = out.findIndex((_, k) => !lines.heading(lines.sentence(k)))
  if (at < 0 || at + 1 >= out.length) return
  const lede = out[at]!
  const i = lines.sentence(at)
  // (The story's first sentence after its headline and a byline or bare dateline line, not one met lower down.)
  for (let k = i - 1; k >= 0 && !lines.heading(k); k--) if (lines.length(k) > LINE) return
  if (lede.via || lede.venue || lede.sourceKind === 'outlet' || lines.toPress(i)) return
  const relayed = out[at + 1]!
  const j = lines.sentence(at + 1)
  if (lines.para(j) !== lines.para(i) + 1) return
  // ("Iraq said today its forces had crushed an attack. [next paragraph] The official Iraqi news agency INA said the
  // attack was repelled ...": the agency or broadcaster whose report the lede sums up, speaking for itself. Only
  // one the cue calls so: a paper reporting next to the lede may have a story of its own.)
  const reporting = relayed.sourceKind === 'outlet' && !relayed.via && !relayed.venue && !publisher.isOwn(relayed.source) && WIRE.test(relayed.cue.text)
  if (reporting) {
    lede.via = relayed.source
    lede.viaId = match(relayed.source)
    const head = at > 0 ? out[at - 1]! : null
    if (head && lines.heading(lines.sentence(at - 1)) && !head.via && !head.venue && head.sourceKind !== 'outlet' && !CREDITS_PRESS.test(head.source)) {
      head.via = relayed.source
      head.viaId = lede.viaId
    }
    return
  }
  const via = relayed.via
  if (!via || relayed.venue && fold(relayed.venue) === fold(via) || SEEN.test(relayed.cue.text) || publisher.isOwn(via)) return
  if (fold(relayed.source) !== fold(lede.source)) return
  lede.via = via
  lede.viaId = match(via)
  // (The headline over that lede sums up the same words: "CHINA OFFICIAL CONDEMNS GRAIN POLICY".)
  const head = at > 0 ? out[at - 1]! : null
  if (head && lines.heading(lines.sentence(at - 1)) && !head.via && !head.venue && head.sourceKind !== 'outlet' && !CREDITS_PRESS.test(head.source)) {
    head.via = via
    head.viaId = lede.viaId
  }
}
