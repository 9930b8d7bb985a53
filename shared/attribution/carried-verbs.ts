// Words of a reporting verb's shape that, beside a speaker's account, carry
// that account on rather than report anew (asides.ts asks before it stops a
// neighbouring cue's reach there, GUIDE 3 "next" and "previous"):
// - a forecast, "Iran was expected to present its proposal": what the
//   speaker said would happen, not an agentless evidential ("is thought");
// - a modal prediction, "food prices will determine inflation": no one
//   reports anything, the verb is the content's own;
// - a noun the tagger read as a verb after a quantifier, "Several suspects
//   were taken": the subject, not a report by it.

import type { Token } from './nlp.ts'

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must'])
const QUANTIFIERS = new Set(['several', 'many', 'some', 'few', 'both', 'all', 'two', 'three', 'four', 'five', 'other', 'more'])

// Whether the word at k, of a reporting verb's form, carries the account on.
export function carriesAccount(tokens: readonly Token[], k: number, from: number): boolean {
  const w = tokens[k]!.lower
  if (w === 'expected' && tokens[k + 1]?.lower === 'to') return true
  const before = k > from ? tokens[k - 1]! : null
  return before !== null && (MODALS.has(before.lower) || QUANTIFIERS.has(before.lower))
}
