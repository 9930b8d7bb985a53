// Reporting verbs that carry no attribution where they stand (GUIDE 2):
// negated, agentless passive, infinitive, modal or refused ("did not say",
// "is thought", "to describe", "would say", "declined to say"), and where a
// report is on a platform ("on Facebook"). Split from cues.ts, which reads
// these for every reporting verb it meets.

import type { Token } from './nlp.ts'
import { isCap } from './phrases.ts'
import { BE, MODALS, NEGATIONS, PLATFORMS, REFUSALS } from './lexicon.ts'
import { causedObjectEnd } from './causatives.ts'
import { concessive } from './concessive.ts'

export const CONTINUED = /^(?:continue|continues|continued|continuing)$/
// "went on to", "proceeded to", "went so far as to": a report that follows another, given its "to" at k + 1;
// the index of the verb whose subject speaks, or -1.
export function onwardVerb(tokens: readonly Token[], k: number): number {
  const w = (n: number) => tokens[n]?.lower ?? ''
  if (/^proceed(?:s|ed)?$/.test(w(k))) return k
  if (w(k) === 'on' && /^(?:went|goes|go)$/.test(w(k - 1))) return k - 1
  if (w(k) === 'as' && w(k - 1) === 'far' && w(k - 2) === 'so' && /^(?:went|goes|go|going)$/.test(w(k - 3))) return k - 3
  return -1
}
export const goesOn = (tokens: readonly Token[], k: number) => onwardVerb(tokens, k) >= 0

// Negated, passive, infinitive, modal or refused reports carry no attribution.
export function excluded(tokens: readonly Token[], floor: number, i: number): boolean {
  let k = i - 1
  while (k >= floor && (tokens[k]!.pos === 'ADV' && !NEGATIONS.has(tokens[k]!.lower))) k--
  if (k < floor) return false
  const before = tokens[k]!.lower
  // ("is hoping to", "are warning that": the progressive is active, not a passive.)
  if (BE.has(before)) return !isAgentPassive(tokens, i) && !/ing$/.test(tokens[i]!.lower)
  // ("continued to describe ... as": a report that goes on.)
  if (before === 'to' && k - 1 >= floor && (CONTINUED.test(tokens[k - 1]!.lower) || goesOn(tokens, k - 1))) return false
  // ("in May showed": the month, capitalised inside the sentence, is no modal.)
  // ("led the manufacturer to announce": a report a cause brought about, causatives.ts.)
  if (before === 'to' && causedObjectEnd(tokens, floor, k) >= 0) return false
  if (before === 'to' || MODALS.has(before) && !(tokens[k]!.cap && k > floor)) return true
  // ("Not yet, said Weber": a negation before a comma belongs to the words reported.)
  for (let n = i - 1; n >= Math.max(floor, i - 3) && tokens[n]!.pos !== 'PUNCT'; n--) {
    const w = tokens[n]!.lower
    if (NEGATIONS.has(w) || REFUSALS.has(w)) return true
  }
  // ("whatever Europe says, ...": concessive.ts.)
  return concessive(tokens, floor, i)
}

// "was quoted by Interfax as saying" still names who spoke.
function isAgentPassive(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.lower === 'quoted' && tokens[i + 1]?.lower === 'as'
}

// "on its Telegram channel", "on Facebook", "in a post on X".
export function platformAfter(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.lower !== 'on') continue
    for (let n = k + 1; n < Math.min(to + 2, k + 4, tokens.length); n++) {
      const platform = PLATFORMS.get(tokens[n]!.lower)
      if (platform && isCap(tokens[n]!)) return platform
    }
  }
  return null
}
