// The sentence findCues is reading, shared by the cue modules. findCues runs
// for every sentence of a long article: its helpers read this module state
// instead of being closures made per call (each closure is an allocation,
// and under tsx a __name call too). Only read() writes it.

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { describe } from './speakers.ts'
import type { Speaker } from './speakers.ts'
import { bareSpeaker, withKnowledge } from './bare-bodies.ts'
import { bareGroup } from './bare-groups.ts'
import type { Cue, CueKind, SentenceView } from './cue-types.ts'

export let text = ''
export let tokens: readonly Token[] = []
export let from = 0
export let to = 0
let inside: Uint8Array = new Uint8Array(0)

export function read(view: SentenceView): void {
  ;({ text, tokens, from, to, inside } = view)
}

export const inQuote = (k: number) => inside[k] === 1
export const word = (k: number) => (k >= from && k < to ? tokens[k]!.lower : '')
const span = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end })
// ("said someone at the meeting": one more person, unnamed, not the last one named as a pronoun would be.)
const SOMEONE = /^some(?:one|body)$/
export const speakerOf = (p: Phrase | null): Speaker | null => (p && p.b - p.a === 1 && SOMEONE.test(tokens[p.a]!.lower) ? { type: 'anonymous', name: 'someone (anonymous)', head: 'someone' } : p ? withKnowledge(text, tokens, p) ?? bareGroup(text, tokens, p, from) ?? describe(text, tokens, p) ?? bareSpeaker(text, tokens, p) : null)
export const nearStart = (k: number) => k - from <= 1
export const nearEnd = (k: number) => to - k <= 12

export function nextWithin(k: number, n: number, pattern: RegExp): boolean {
  for (let m = k; m < Math.min(to, k + n); m++) if (pattern.test(word(m))) return true
  return false
}

const QUOTE_MARK = /^(?:"|“|``)$/
export function quoteWithin(k: number): boolean {
  for (let n = k; n < Math.min(to, k + 6); n++) if (QUOTE_MARK.test(word(n))) return true
  return false
}

export function cue(kind: CueKind, a: number, b: number, speaker: Speaker | null, q: boolean, leading: boolean, trailing: boolean): Cue {
  return { kind, ...span(a, b), verb: a, speaker, inQuote: q, leading, trailing, venue: null, quotedOuter: null, descriptor: [] }
}
