// The engine's pass over the sentences, one by one: each sentence's cues,
// the speakers they name (cue-speakers.ts), the attribution they compose,
// and what the sentence leaves for those after it (sentence-memory.ts).

import type { Attribution } from './attribute.ts'
import { compose } from './attribute.ts'
import type { Article } from './article.ts'
import { findCues } from './cues.ts'
import { frontedPronouns } from './fronted-clauses.ts'
import { resolveCues } from './cue-speakers.ts'
import { remember } from './sentence-memory.ts'
import { participleSource } from './participles.ts'
import { creditHeadline } from './headline-credit.ts'
import { headlineSpeaker } from './headline-speaker.ts'
import { headlineGroup, thingGroup } from './headline-groups.ts'
import { mastheadsCiting } from './mastheads.ts'
import { shapedRelays } from './shaped-relays.ts'
import { relayFrame } from './relay-frames.ts'
import { passivesInContent } from './content-passives.ts'
import { hasContent } from './content-span.ts'
import { frameSpeaker, framesNext } from './list-frames.ts'
import { anonymise } from './anonymity-cues.ts'
import { mediaCiting } from './unnamed-media.ts'
import { mediaInner } from './media-inner.ts'
import { expectationSource } from './expectation-sources.ts'

const BYLINE = /^\(?(?:reporting|additional reporting|editing|writing|compiled|produced) by\b/i

export interface SentenceAttributions {
  // Each sentence's own attribution, by sentence index.
  own: (Attribution | null)[]
  // As composed, before the check that the sentence holds content.
  composed: (Attribution | null)[]
  // The speaker of a sentence that introduces the next ("He said:").
  frames: (Attribution | null)[]
}

export function readSentences(article: Article): SentenceAttributions {
  const { text, tokens, sentences, quote, publisher, discourse, named } = article
  const own: (Attribution | null)[] = []
  const composed: (Attribution | null)[] = []
  const frames: (Attribution | null)[] = []
  for (const s of sentences) {
    const view = { text, tokens, from: s.from, to: s.to, inside: quote.inside }
    const cues = BYLINE.test(text.slice(s.start, s.start + 40)) ? [] : findCues(view)
    passivesInContent(text, cues)
    frontedPronouns(tokens, s, cues)
    discourse.here = named[s.index]!
    const resolved = resolveCues(article, s, cues)
    anonymise(cues, resolved, text, tokens, s)
    mastheadsCiting(text, tokens, cues, resolved)
    shapedRelays(text, tokens, cues, resolved)
    relayFrame(text, tokens, s, cues, resolved)
    mediaCiting(cues, resolved)
    mediaInner(cues, resolved)
    let attribution = compose(cues, resolved, publisher) ?? participleSource(text, tokens, s, cues, quote.inside, discourse)
    // ("..., exceeding the $4.32 expected, according to LSEG": the figures' compiler, expectation-sources.ts.)
    attribution = expectationSource(text, attribution, cues, resolved)
    composed.push(attribution)
    if (attribution && !hasContent(tokens, s, attribution, 2, quote.inside)) attribution = null
    if (s.heading) attribution = creditHeadline(attribution, text, tokens, s, discourse)
    // ("Daily Varnian: ... as Western states recognise ...": a title's group of things yields to whom it names, headline-groups.ts.)
    if (attribution && (s.heading || s.index === 0) && thingGroup(attribution)) attribution = headlineGroup(attribution, headlineSpeaker(text, s, discourse))
    // (A title may end in a quote mark, which the splitter does not take for a heading.)
    if (!attribution && (s.heading || s.index === 0)) attribution = headlineSpeaker(text, s, discourse)
    let frame: Attribution | null = null
    const next = sentences[s.index + 1]
    if (framesNext(text, s, next)) {
      frame = attribution ?? frameSpeaker(text, tokens, s, discourse)
      if (attribution && !hasContent(tokens, s, attribution, 4)) attribution = null
    }
    own.push(attribution)
    frames.push(frame)
    remember(article, s, cues, resolved, attribution)
  }
  return { own, composed, frames }
}
