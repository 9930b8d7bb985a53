// An outlet described with the place it is from: "Ming Pao newspaper of Hong
// Kong said", "the Kyodo news agency of Japan reported". The subject reader
// stops at "of" and finds the place; the outlet is the phrase before it.

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { phraseEndingAt } from './phrases.ts'
import { outletShape } from './outlet-shape.ts'

const OUTLET_NOUN = /^(?:newspaper|paper|daily|weekly|magazine|agency|radio|television|tv|broadcaster)$/

export function outletBeforePlace(tokens: readonly Token[], from: number, p: Phrase): Phrase | null {
  if (p.a - 2 < from || tokens[p.a - 1]!.lower !== 'of' || !tokens[p.a]!.cap || !OUTLET_NOUN.test(tokens[p.a - 2]!.lower)) return null
  const outlet = phraseEndingAt(tokens, from, p.a - 2)
  return outlet && outletShape(tokens, outlet.a, outlet.b) ? outlet : null
}
