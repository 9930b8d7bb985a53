// A speaker the article knows only through one relay (GUIDE 5's exception
// across paragraphs): "Han said the drills went well, Reuters reported.
// [next paragraph] Han voiced satisfaction"; "..., said Budi, as quoted by
// Detik.com. [next paragraph] Budi said he saw ...". When every relayed
// attribution of a person or unnamed source names the same outlet and no
// attribution of it shows a channel the writer could reach directly (a
// venue of its own, the press in person, its own statement, an event or
// talks it spoke at, a broadcast anyone could watch), the writer can know
// the source's later words only through that outlet, named or not, so they
// take it too. Two outlets relaying the same speaker leave the later words
// open. Words before the first relay stay bare when it is named after the
// lede (the lede may sum up in the writer's own voice: scoop, relay-spread
// tests), but the headline and dek before a lede that names it take it, as
// do all words an outlet's "X made the remarks ..." looks back on.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { onAir } from './on-air.ts'
import { namesSource, ownChannel } from './own-channels.ts'
import type { Publisher } from './publisher.ts'
import { remarksRelayedFrom } from './remark-relays.ts'
import { spokeAtEvent } from './spoken-events.ts'
import { isStanding } from './standing-positions.ts'

// ("In a statement, the airline said", "in an email to the AP"): the party's own text, reachable without the relay.
const OWN_TEXT = /\b[Ii]n\s+(?:an?|its|their|his|her)\s+(?:written\s+)?(?:statement|press release|email|e-mail|filing|op-ed|column|essay|post|letter|tweet)\b/
// ("Responding to media queries, her spokesman confirmed", "said in response to questions", "Asked by reporters
// about ..., the minister said"): the press asked in person (not "questions from Interfax", a relay's).
const MEDIA_QUERIES = new RegExp('\\b(?:[Rr]esponding|[Ii]n (?:a )?responses? to|[Rr]eplying)\\s+(?:to\\s+)?(?:(?:media|press|reporters[’\']?|journalists[’\']?)\\s+)?' +
  '(?:queries|questions|inquiries|enquiries)\\b(?!\\s+(?:from|by)\\b)|\\b[Aa]sked\\s+by\\s+(?:reporters|journalists|the press|the media)\\b')
// ("During the meeting on Tuesday, Xi urged ...", the seed): words at talks or a meeting with others, which official
// readouts and the press there report too, not the relay alone.
const MEETING = /\b(?:[Dd]uring|[Aa]t|[Aa]fter)\s+(?:the|a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|conference|session|ceremony|forum|visit)\b/
// ("had said", "has said"): words from before the story, which the writer may know from elsewhere.
const EARLIER = /\b(?:had|has|have)\s+(?:\w+\s+)?(?:said|told|stated|announced|declared)\b/
// ("In a separate comment, Han addressed ...", "Han predicted in April ...", "last year"): another occasion than the
// relayed one, which the writer may know from elsewhere; the source's words after it are no longer the relay's alone.
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December'
const OTHER_OCCASION = new RegExp(`\\b(?:[Ii]n|[Oo]n)\\s+(?:a|an)\\s+(?:separate|different|other|earlier|later|previous)\\s+(?:\\w+\\s+)?` +
  `(?:comments?|remarks|statement|interview|post|speech|appearance)\\b|\\bin\\s+(?:${MONTH})\\b|\\bin\\s+(?:19|20)\\d\\d\\b|` +
  `\\blast\\s+(?:week|month|year)\\b|\\bearlier\\s+this\\s+(?:week|month|year)\\b`)

// People and unnamed sources: a body or a text speaks in statements the writer can read (relay-inherit.ts reads those).
const SPEAKERS: ReadonlySet<string> = new Set(['person', 'anonymous'])

interface Heard {
  name: string
  relay: string | null
  mixed: boolean
  direct: boolean
  first: number
  // The first relay looks back on the words before it ("Kim made the remarks ..., according to KCNA").
  back: boolean
}

export function relayedSpeakers(text: string, own: (Attribution | null)[], paraOf: (i: number) => number, publisher: Publisher,
  toPress: (i: number) => boolean, said: (i: number) => string, heading: (i: number) => boolean = () => false): void {
  // The lede: the first paragraph that is no headline or dek.
  let lede = -1
  for (let i = 0; i < own.length && lede < 0; i++) if (!heading(i)) lede = paraOf(i)
  const heard = new Map<string, Heard>()
  const relayOf = (source: string, via: string, i: number, back = false) => {
    const h = heard.get(fold(source)) ?? { name: source, relay: null, mixed: false, direct: false, first: -1, back: false }
    heard.set(fold(source), h)
    if (h.relay === null) { h.relay = via; h.first = i; h.back = back }
    else if (fold(h.relay) !== fold(via)) h.mixed = true
  }
  own.forEach((a, i) => {
    // ("Kim made the remarks ..., according to KCNA": the outlet passed on the words the story gave before.)
    const k = a?.kind === 'outlet' && !publisher.isOwn(a.source) ? remarksRelayedFrom(own, i, said(i)) : -1
    if (k >= 0) relayOf(own[k]!.source, a!.source, i, true)
    if (!a || !SPEAKERS.has(a.kind)) return
    if (!heard.has(fold(a.source))) heard.set(fold(a.source), { name: a.source, relay: null, mixed: false, direct: false, first: -1, back: false })
    if (!a.via || publisher.isOwn(a.via)) return
    relayOf(a.source, a.via, i)
  })
  own.forEach((a, i) => {
    // ("Earlier, Zakharova published the interview on her Telegram channel": a channel of the source's own, own-channels.ts.)
    if (!a?.via && ownChannel(said(i))) for (const s of heard.values()) if (s.relay !== null && namesSource(s.name, said(i))) s.direct = true
    const h = a ? heard.get(fold(a.source)) : undefined
    if (!a || !h || h.relay === null) return
    const words = said(i)
    // (The relayed sentence too: "Lvova-Belova, speaking to reporters ..., said" in answer to an agency's question.)
    if (toPress(i) || OWN_TEXT.test(words) || MEDIA_QUERIES.test(words) || spokeAtEvent(words) || MEETING.test(words) || a.via && onAir(words)) h.direct = true
    // (A venue the headline and lede name before the relay may be where the relayed report placed the words.)
    if (!a.via && a.venue && i > h.first) h.direct = true
  })
  // The paragraph of each source's latest relayed words: within it the paragraph's own reading decides (relay-inherit.ts).
  const relayedIn = new Map<string, number>()
  own.forEach((a, i) => {
    if (!a) return
    const key = fold(a.source)
    if (a.via) { relayedIn.set(key, paraOf(i)); return }
    const h = heard.get(key)
    if (!h || h.relay === null || h.mixed || h.direct || relayedIn.get(key) === paraOf(i) && i > h.first) return
    // (Before the relay: only the headline, dek and lede that sum up the relayed words, when the relay is in the lede.)
    // (Before the relay: the headline and dek that sum up a lede naming it, or all the words the relay looks back on.)
    if (i < h.first) { if ((h.back || heading(i) && paraOf(h.first) === lede) && !EARLIER.test(said(i))) own[i] = { ...a, via: h.relay }; return }
    if (i === h.first) return
    if (OTHER_OCCASION.test(outsideQuotes(said(i)))) { h.direct = true; return }
    const cue = text.slice(a.main.start, a.main.end)
    if (isStanding(cue) || EARLIER.test(cue)) return
    own[i] = { ...a, via: h.relay }
  })
}

// The writer's words of a sentence: a date inside the quoted words ("infected with neo-Nazism in 2014," he noted) is
// what the speaker talked about, not when. Drops quoted pairs, then the rest of a quote the sentence opens or closes
// (a closing mark follows a non-space). Linear in the sentence.
function outsideQuotes(sentence: string): string {
  const paired = sentence.replace(/["“][^"“”]*["”]/g, ' ')
  const m = /["“”]/.exec(paired)
  if (!m) return paired
  const closes = m[0] === '”' || m[0] === '"' && m.index > 0 && !/\s/.test(paired[m.index - 1]!)
  return closes ? paired.slice(m.index + 1) : paired.slice(0, m.index)
}
