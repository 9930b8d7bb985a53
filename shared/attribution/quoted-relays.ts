// Words a story says were "quoted" with no outlet named ("Aziz was quoted
// as saying ...", "a Soviet scientist was quoted as saying") came through
// some outlet's report: the writer read them, and GUIDE 5 gives such words
// the relay through which alone they are known. When the story names one
// relay only ("Aziz said in an interview with al-Thawra newspaper",
// "he told the Communist Party newspaper Pravda"), that outlet is it: each
// agentless quote takes it, and so does every other attribution of a source
// that outlet relays, in any paragraph ("Aziz said ...", "Sytnik said"), as
// long as the source is heard through no other channel (another outlet, a
// venue of its own, the press in person) and the words are not ones said
// before ("had said"). A story with two relays or none is left alone.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'
import { knownOutlet } from './outlets.ts'

// "was quoted as saying", "were quoted as telling", "is quoted saying" (no agent: no "by").
const AGENTLESS = /\b(?:was|were|is|are|has been|have been)\s+quoted\s+(?:as\s+)?(?:saying|telling|stating|describing|calling|warning)\b/
const EARLIER = /\bhad\b/

const key = (name: string) => fold(knownOutlet(name) ?? name)

// (The cue may start at "quoted": the auxiliary before it is read too.)
export const agentlessQuote = (text: string, a: Attribution): boolean =>
  !a.via && AGENTLESS.test(text.slice(Math.max(0, a.main.start - 16), a.main.end + 12))

// "The China Daily quoted Yang Jike as saying": a source the relay quoted, met through it.
export const quotedBy = (a: Attribution, via: string): boolean =>
  a.main.kind === 'quoted' && a.main.quotedOuter !== null && a.via !== null && key(a.via) === key(via)

export function quotedRelays(text: string, own: (Attribution | null)[], toPress: (i: number) => boolean): void {
  const cue = (a: Attribution) => text.slice(a.main.start, a.main.end)
  if (!own.some((a) => a && a.kind !== 'outlet' && agentlessQuote(text, a))) return
  // The story's one relay.
  let only: string | null = null
  for (const a of own) {
    if (!a?.via) continue
    if (only !== null && key(only) !== key(a.via)) return
    only = a.via
  }
  if (only === null) return
  const relay = only
  // Sources that relay carries, and those heard some other way (a venue of their own, the press in person).
  const carried = new Set<string>()
  const apart = new Set<string>()
  own.forEach((a, i) => {
    if (!a || a.kind === 'outlet') return
    if (a.via) carried.add(fold(a.source))
    // (A piece of the source's own in a paper is its own words, not a channel the story heard it through: authored-pieces.ts.)
    else if (a.venue && !a.main.ownPiece || toPress(i)) apart.add(fold(a.source))
  })
  // The source of the sentence before when it was its own piece: "he said" right after goes on with that piece.
  let piece: string | null = null
  own.forEach((a, i) => {
    const after = piece
    if (a) piece = a.main.ownPiece ? fold(a.source) : null
    if (!a || a.via || a.kind === 'outlet' || a.venue || toPress(i)) return
    if (after === fold(a.source) && a.main.speaker?.type === 'pronoun') return
    const source = fold(a.source)
    const mine = agentlessQuote(text, a) || carried.has(source) && !apart.has(source) && !EARLIER.test(cue(a))
    if (mine) own[i] = { ...a, via: relay }
  })
}
