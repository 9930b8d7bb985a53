// "Both Ford and Lockheed have denied the rumors, according to analysts",
// "company officials said the stock is undervalued ..., according to
// analysts": a sentence that ends in "according to" unnamed people puts the
// whole report before it in their mouths, so they are the outermost source
// (GUIDE 4), and so does compiled data after unnamed forecasters ("Analysts
// had expected ..., according to LSEG data"). Left alone: a named person or
// body, any other text or an outlet, which
// pass on the words of the speaker before them ("Peskov said ..., according
// to the Kremlin"; "according to a transcript"; "according to Xinhua", a
// relay, attribute.ts), and one with another cue after it.

import type { Cue } from './cue-types.ts'
import type { Resolved } from './attribute.ts'


export function trailingAccording(others: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): Cue | undefined {
  if (others.length < 2) return undefined
  const last = others.reduce((a, c) => (c.start > a.start ? c : a))
  if (last.kind !== 'according' || !last.trailing || last.inQuote) return undefined
  const source = resolved.get(last)
  if (source?.kind === 'anonymous') return last
  // ("Analysts had expected revenue of $1.56 billion, according to LSEG data": the unnamed forecasters' figure is
  // the data's, compiled by its issuer, so the data is outermost; "Lamb Weston said ..., according to LSEG data" keeps the firm.)
  const unnamedBefore = others.every((c) => c === last || resolved.get(c)?.kind === 'anonymous')
  return source?.kind === 'document' && DATA.test(source.name) && unnamedBefore ? last : undefined
}

// A text of compiled figures, not anyone's words.
const DATA = /\s(?:data|estimates|figures|statistics|poll|survey|consensus)$/i
