// A speaker defending a decision or a body (GUIDE 2: stance that carries
// content, like "insisted" or "denied"): "he defended his decision to engage
// with those governments", "Tillerson defended the department when he was
// asked ...". What is defended is a choice, a record or a body, so the
// sentence gives the speaker's case for it. Left alone: a title, a lead, a
// city or a goal defended (sport and war), and a defence in a quotation.

import type { Cue } from './cue-types.ts'
import { from, inQuote, to, tokens, word } from './cue-sentence.ts'
import { stanceCue } from './stance-speaker.ts'
import { hasVerbAt } from './verb-at.ts'

const DEFENDS = /^(?:defended|defends|defend)$/
const OWNER = /^(?:his|her|its|their|the|a|our|my)$/
// What a speaker argues for when it defends it.
const CASES = /^(?:decision|decisions|record|policy|policies|actions|action|move|moves|plan|plans|approach|choice|choices|comments|remarks|handling|response|stance|position|department|ministry|government|administration|agency|council|committee|board|company|party|institution|institutions|system|process|investigation|inquiry|report|findings|figures|deal|strategy|budget|law|bill|proposal|proposals|measure|measures|reform|reforms|conduct|tactics|use|visit|trip|statement|tweet|tweets|vote|ruling|verdict)$/
// Words between the owner and the noun ("his controversial decision", "the State Department").
const BETWEEN = 3

export function defenceCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 2; k++) {
    if (!DEFENDS.test(word(k)) || tokens[k]!.pos !== 'VERB' || inQuote(k) || !OWNER.test(word(k + 1)) || hasVerbAt(cues, k)) continue
    // (Not a negation nor a plan: "did not defend", "refused to defend".)
    if (/^(?:not|n't|never|to)$/.test(word(k - 1))) continue
    let n = k + 2
    while (n < Math.min(to, k + 2 + BETWEEN) && !CASES.test(word(n)) && tokens[n]!.pos !== 'PUNCT' && tokens[n]!.pos !== 'VERB') n++
    if (!CASES.test(word(n))) continue
    const c = stanceCue(k, k + 1, 2)
    if (c) cues.push(c)
  }
}
