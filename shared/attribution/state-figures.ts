// A state's own figures named by no body are the state's (GUIDE 4, a
// document named by its issuer): "Customs figures show that China imported
// ..." is `Chinese customs figures`, "Official reports show Yugoslavia ended
// ..." `Yugoslav official reports`, "Taiwan's official figures"
// `Taiwanese official figures`, as the labels of the read sets write them.
// The state is the country the cue's sentence names, else the dateline's.

import { DEMONYM_OF } from './lexicon.ts'
import type { SourceKind } from './kinds.ts'

interface Named { source: string; sourceKind: SourceKind; sourceId: string | null; cue: { start: number; end: number } }

// Only the words a government's figures go by, no issuer of their own ("IHS figures", "Bundesbank data" have one).
const STATE_FIGURES = /^(?:(?:preliminary|provisional|latest) )?(?:official|customs|government) (?:trade )?(?:figures|statistics|reports?|data|estimates)$/i
const OWNED = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)['’]s (.+)$/u
// A country's name in the sentence: one or two capitalised words.
const COUNTRY = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?/gu
// How far past the cue the sentence is read (bounded).
const REACH = 200

export function stateFigures(out: Named[], text: string, dateline: string | null, match: (name: string) => string | null): void {
  for (const s of out) {
    if (s.sourceKind !== 'document') continue
    const owned = OWNED.exec(s.source)
    const figures = owned ? owned[2]! : s.source
    if (!STATE_FIGURES.test(figures)) continue
    const adjective = owned ? DEMONYM_OF.get(owned[1]!.toLowerCase()) : namedCountry(text, s.cue) ?? dateline
    if (!adjective) continue
    s.source = `${adjective} ${figures[0]!.toLowerCase()}${figures.slice(1)}`
    s.sourceId = match(s.source)
  }
}

// The adjective of the first country named from the cue to the sentence's end ("... show that China imported").
function namedCountry(text: string, cue: { start: number; end: number }): string | undefined {
  const after = text.slice(cue.start, cue.end + REACH)
  const stop = after.slice(cue.end - cue.start).search(/[.!?](?:\s|$)/)
  const sentence = stop < 0 ? after : after.slice(0, cue.end - cue.start + stop)
  for (const m of sentence.matchAll(COUNTRY)) {
    const adjective = DEMONYM_OF.get(m[0].toLowerCase()) ?? DEMONYM_OF.get(m[0].split(' ')[0]!.toLowerCase())
    if (adjective) return adjective
  }
  return undefined
}
