// Unnamed speakers: a sentence with only the anonymity formula ("speaking
// on condition of anonymity") names its speakers, and a group that speaks
// as a whole keeps its group name.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Token } from './nlp.ts'
import { phraseStartingAt } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'

// "three U.S. officials said", "the officials said" (not "one of the officials said"): the group as a whole speaks.
export function groupSpeaks(text: string, cue: Cue): boolean {
  const sp = cue.speaker
  return sp?.type === 'anonymous' && /s \((?:anonymous|unnamed)\)$/.test(sp.name) && !/\bone of\s*$/i.test(text.slice(Math.max(0, cue.start - 8), cue.start))
}

// "Officials said, speaking on condition of anonymity": the speaker is anonymous;
// a sentence with only the anonymity formula names its unnamed speakers.
export function anonymise(cues: Cue[], resolved: Map<Cue, Resolved>, text: string, tokens: readonly Token[], s: Sentence): void {
  const formula = cues.find((c) => c.kind === 'anonymity')
  if (!formula) return
  // "according to three officials ..., who spoke on condition of anonymity": the cue already names them.
  if ([...resolved.keys()].some((c) => !c.inQuote && (c.kind === 'verb' || c.speaker?.type === 'anonymous'))) return
  for (let k = s.from; k < formula.verb; k++) {
    const p = phraseStartingAt(tokens, k, formula.verb)
    const speaker = p ? describe(text, tokens, p) : null
    if (p && speaker?.type === 'anonymous') {
      const c: Cue = { ...formula, kind: 'verb', speaker, start: tokens[p.a]!.start, end: formula.end, trailing: true }
      cues.push(c)
      resolved.set(c, { name: speaker.name.replace(/^(?:the|a|an)\s+/i, ''), kind: 'anonymous', via: null, named: true })
      return
    }
  }
}
