// Where an unquoted continuation after "X said that ..." stops (GUIDE 3
// `next`): it carries on the speaker's own account only, so a sentence in
// which the writer turns ("By comparison, ...", "But ...", "However, ..."),
// a credit in parentheses ("(Reuters)") or a narrated past event ("Nvidia
// shares fell 2.1% overnight.", "The target was set in the plan.") is the
// writer's again, and so is the rest of the paragraph after it. What
// speakers go on to claim is put in the present ("Such cooperation is ...",
// "Neither has worked."). An outlet's trailing report does not reach back
// to the sentence before it either.

import { EVIDENTIAL, REFUSALS, REPORTING } from './lexicon.ts'
import type { Token } from './nlp.ts'
import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const TURN = /^(?:by comparison|in comparison|by contrast|in contrast|but|however|meanwhile|still|yet|even so|at the same time)\b/i
const CREDIT = /^\([^()]{1,60}\)\.?$/
const PAST_AUX = new Set(['was', 'were', 'had', 'did'])
// Irregular past forms that are no present form too.
const PAST = new Set(['fell', 'rose', 'held', 'took', 'made', 'gave', 'came', 'went', 'left', 'began', 'grew', 'saw', 'found', 'won',
  'lost', 'paid', 'sold', 'bought', 'built', 'met', 'kept', 'spent', 'sent', 'ran', 'stood', 'brought', 'fought', 'led', 'drew', 'flew'])

export function writerTurns(text: string, tokens: readonly Token[], sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  // (Read once per cue: a long run of past sentences after one cue would otherwise walk back to it from each.)
  const backshift = new Map<Attribution, boolean>()
  const told = (i: number) => {
    const a = placed[i]!.attribution
    if (!backshift.has(a)) backshift.set(a, backshifted(tokens, sentences, placed, i))
    return backshift.get(a)!
  }
  for (let i = 0; i < sentences.length; i++) {
    const p = placed[i]
    const s = sentences[i]!
    // "Trump flung statistics about it. The claims reflected nothing, reported MSNBC.": an outlet's
    // report qualifies its own sentence; the one before is the writer's narration.
    if (p?.contentIn === 'previous' && p.attribution.kind === 'outlet') { placed[i] = null; continue }
    if (i === 0 || p?.contentIn !== 'next' || s.item || sentences[i - 1]!.para !== s.para) continue
    const words = text.slice(s.start, s.end)
    if (!TURN.test(words) && !CREDIT.test(words) && (!narratedPast(tokens, s) || told(i))) continue
    for (let k = i; k < sentences.length && sentences[k]!.para === s.para && placed[k]?.attribution === p.attribution && placed[k]!.contentIn === 'next'; k++) placed[k] = null
  }
}

// The sentence's first verb is in the past tense, and no verb in it reports
// ("The company also noted ...", "..., citing", "declined to be identified"
// are someone's words, found by the cues or not).
function narratedPast(tokens: readonly Token[], s: Sentence): boolean {
  let past: boolean | null = null
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!
    if (REPORTING.has(t.lower) || EVIDENTIAL.has(t.lower) || REFUSALS.has(t.lower) || t.lower === 'citing' || t.lower === 'saying') return false
    if (past !== null) continue
    if (t.pos === 'AUX') past = PAST_AUX.has(t.lower)
    else if (t.pos === 'VERB') past = PAST.has(t.lower) || /ed$/.test(t.lower)
  }
  return past === true
}

const MORE_PAST = new Set(['shot', 'struck', 'caught', 'threw', 'broke', 'chose', 'drove', 'fled', 'hid', 'slid', 'spoke', 'stole', 'swore', 'tore', 'wore', 'sought', 'taught', 'sank', 'seized'])

// The speaker's account told in the past from the start: the cue's own
// clause is past ("He said that agencies had received intelligence ..."),
// so a past sentence after it goes on with that account.
function backshifted(tokens: readonly Token[], sentences: readonly Sentence[], placed: readonly (Placed | null)[], i: number): boolean {
  const a = placed[i]!.attribution
  let c = i - 1
  while (c >= 0 && placed[c]?.attribution === a && placed[c]!.contentIn === 'next') c--
  if (c < 0 || placed[c]?.attribution !== a || placed[c]!.contentIn !== 'same' || !a.main.leading) return false
  const s = sentences[c]!
  for (let k = Math.max(s.from, a.main.verb + 1); k < s.to; k++) {
    const t = tokens[k]!
    if (t.pos === 'AUX') return PAST_AUX.has(t.lower)
    if (t.pos === 'VERB' && !REPORTING.has(t.lower)) return PAST.has(t.lower) || MORE_PAST.has(t.lower) || /ed$/.test(t.lower)
  }
  return false
}
