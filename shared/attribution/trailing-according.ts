// "Both Ford and Lockheed have denied the rumors, according to analysts",
// "company officials said the stock is undervalued ..., according to
// analysts": a sentence that ends in "according to" people or a body puts
// the whole report before it in their mouths, so they are the outermost
// source (GUIDE 4). Left alone: a text ("according to a transcript posted by
// the ministry", which passes on the words of the speaker before it) and an
// outlet (a relay, attribute.ts), and one with another cue after it.

import type { Cue } from './cue-types.ts'
import type { Resolved } from './attribute.ts'

const PEOPLE = new Set(['person', 'organisation', 'anonymous'])

export function trailingAccording(others: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): Cue | undefined {
  if (others.length < 2) return undefined
  const last = others.reduce((a, c) => (c.start > a.start ? c : a))
  if (last.kind !== 'according' || !last.trailing || last.inQuote) return undefined
  return PEOPLE.has(resolved.get(last)?.kind ?? '') ? last : undefined
}
