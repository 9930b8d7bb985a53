// A sentence's cues looked up by token, as plain loops: a `cues.some((c) => c.verb === k)` inside a
// loop over the sentence's tokens makes V8 keep `k` in a context allocated for every token, whether
// or not the closure is ever made (test/shared/attribution-loop-contexts.test.ts).

import type { Cue } from './cue-types.ts'

// Whether a cue already has token k as its verb.
export function hasVerbAt(cues: readonly Cue[], k: number): boolean {
  for (const c of cues) if (c.verb === k) return true
  return false
}

// Whether a cue's span holds token t.
export function coversToken(cues: readonly Cue[], t: { start: number; end: number }): boolean {
  for (const c of cues) if (c.start <= t.start && c.end >= t.end) return true
  return false
}

// The first cue outside quotation marks whose verb is token k.
export function outerCueAt(cues: readonly Cue[], k: number): Cue | undefined {
  for (const c of cues) if (c.verb === k && !c.inQuote) return c
  return undefined
}
