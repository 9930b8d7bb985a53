// Words an outlet passes on, named by whose they are (GUIDE 5): "..., the
// Global Times newspaper quotes the expert's opinion", "RIA carried his
// remarks". The owner of the words is the speaker and the outlet its relay,
// where "the Global Times reported the plan", naming no one's words, leaves
// the outlet the source. Reads a few tokens after each outlet cue's verb.
// (The passive "His words were reported by KCNA" is remark-relays.ts's.)

import type { Cue, SentenceView } from './cues.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'

// Nouns for what someone said.
const WORDS = /^(?:words|remarks|comments?|statements?|opinion|views?|assessment|position|speech|address|message|warning|claims?|testimony)$/
// Verbs by which an outlet passes words on.
const PASSES = /^(?:quotes|quoted|cites|cited|carries|carried|reports|reported|publishes|published|relays|relayed|broadcast|aired)$/
const OWNERS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']])
// Words a named owner is made of: "the expert", "Kim Jong Un", "the North Korean leader".
const OWNER_WORD = /^(?:DET|NOUN|PROPN|ADJ)$/
const REACH = 6

export function possessedRelays(view: SentenceView, cues: Cue[], isOutlet: (s: Speaker | null) => boolean): void {
  const { tokens } = view
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n]!
    if (c.kind !== 'verb' || c.inQuote || !isOutlet(c.speaker)) continue
    const verb = tokens[c.verb]!.lower
    // "the Global Times newspaper quotes the expert's opinion": the owner after the outlet's verb.
    if (!PASSES.test(verb) || tokens[c.verb]!.end > c.end) continue
    const owner = ownerAfter(view, c.verb + 1)
    if (owner) cues[n] = { ...c, kind: 'quoted', speaker: owner.speaker, quotedOuter: c.speaker, end: Math.max(c.end, tokens[owner.end]!.end) }
  }
}

// "his words", "the expert's opinion" from token k: the owner's speaker and the index of the words' noun.
function ownerAfter(view: SentenceView, k: number): { speaker: Speaker; end: number } | null {
  const { text, tokens, to } = view
  if (k >= to) return null
  const pronoun = OWNERS.get(tokens[k]!.lower)
  if (pronoun) return k + 1 < to && WORDS.test(tokens[k + 1]!.lower) ? { speaker: { type: 'pronoun', word: pronoun }, end: k + 1 } : null
  let s = k
  while (s < to && s < k + REACH && OWNER_WORD.test(tokens[s]!.pos) && !/^['’]s$/.test(tokens[s]!.text)) s++
  if (s === k || s + 1 >= to || !/^['’]s$/.test(tokens[s]!.text) || !WORDS.test(tokens[s + 1]!.lower)) return null
  const speaker = describe(text, tokens, { a: k, b: s, descriptor: [] })
  return speaker ? { speaker, end: s + 1 } : null
}
