// "Both Ford and Lockheed have denied the rumors, according to analysts",
// "company officials said the stock is undervalued ..., according to
// analysts": a sentence that ends in "according to" unnamed people puts the
// whole report before it in their mouths, so they are the outermost source
// (GUIDE 4). Left alone: a named person or body, a text or an outlet, which
// pass on the words of the speaker before them ("Peskov said ..., according
// to the Kremlin"; "according to a transcript"; "according to Xinhua", a
// relay, attribute.ts), and one with another cue after it.

import type { Cue } from './cue-types.ts'
import type { Resolved } from './attribute.ts'


export function trailingAccording(others: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): Cue | undefined {
  if (others.length < 2) return undefined
  const last = others.reduce((a, c) => (c.start > a.start ? c : a))
  if (last.kind !== 'according' || !last.trailing || last.inQuote) return undefined
  return resolved.get(last)?.kind === 'anonymous' ? last : undefined
}
