// "The minister said the cabinet would resign, according to Fontanka",
// "Smith said the deal is off, per Kathimerini", "..., the minister said,
// Fontanka reported": a name the outlet list does not know, closing a
// sentence whose words already have a speaker, passes those words on
// (GUIDE 5), so it is an outlet and the relay. Only a name shaped like a
// masthead (outlet-shapes.ts shapedOutlet: no given name, title, body's
// word or place, not the short form of a longer name the article writes,
// not a body's initials), and only after a speaker of its own: "..., per
// Gartner" alone stays whatever it is.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Token } from './nlp.ts'
import { shapedOutlet } from './outlet-shapes.ts'

const REPORTED = /^(?:reported|reports)$/

export function shapedRelays(text: string, tokens: readonly Token[], cues: readonly Cue[], resolved: ReadonlyMap<Cue, Resolved>): void {
  const spoken = cues.find((c) => !c.inQuote && (c.kind === 'verb' || c.kind === 'quoted') && resolved.get(c)?.kind !== 'outlet' && resolved.has(c))
  if (!spoken) return
  for (const c of cues) {
    const r = resolved.get(c)
    if (c === spoken || c.inQuote || !c.trailing || c.start < spoken.end || !r?.named || r.kind === 'outlet' || r.kind === 'document' || r.kind === 'anonymous') continue
    if (c.speaker?.type !== 'name' || c.speaker.titles.length > 0) continue
    const relayWord = c.kind === 'per' || c.kind === 'according' || c.kind === 'verb' && REPORTED.test(tokens[c.verb]!.lower)
    if (!relayWord) continue
    const at = nameTokens(text, tokens, c, c.speaker.name)
    if (at && shapedOutlet(text, tokens, at[0], at[1]) !== null) r.kind = 'outlet'
  }
}

// The tokens [a, b) that spell the cue's name (with a "the" before it), or null.
function nameTokens(text: string, tokens: readonly Token[], c: Cue, name: string): [number, number] | null {
  const found = text.slice(c.start, c.end).indexOf(name)
  if (found < 0) return null
  const from = c.start + found
  let a = 0
  let hi = tokens.length
  // (Binary search for the first token at or after the name: the sentence's tokens are in order.)
  while (a < hi) { const mid = (a + hi) >> 1; if (tokens[mid]!.start < from) a = mid + 1; else hi = mid }
  let b = a
  while (b < tokens.length && tokens[b]!.end <= from + name.length) b++
  if (b === a || tokens[a]!.start !== from) return null
  if (a > 0 && tokens[a - 1]!.lower === 'the' && tokens[a - 1]!.start >= c.start) a--
  return [a, b]
}
