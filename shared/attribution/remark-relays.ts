// "Kim made the remarks during an inspection ..., according to the Korean
// Central News Agency": an outlet's sentence telling where a speaker's words
// were said passes those words on (GUIDE 5). The outlet is the sentence's own
// source, and the relay of the speaker it names, the one whose words the
// story has just given (the subject is that speaker's name or a pronoun).
// Reads the sentence's first words and looks back over attributions only.

import type { Attribution } from './attribute.ts'

const REMARKS = /^\s*(\p{Lu}[\p{L}’'-]*|He|She)\s+(?:made|gave|delivered)\s+(?:the|these|those|his|her)\s+(?:remarks|comments|statements?|speech|address)\b/u
// ("His words were reported by the state news agency KCNA", "Kim's remarks were carried by KCNA": the same, passive.)
const PASSED = /^\s*(?:(His|Her)|(\p{Lu}[\p{L}’'-]*)['’]s)\s+(?:words|remarks|comments|statements?|speech|address)\s+(?:were|was)\s+(?:\w+\s+)?(?:reported|carried|quoted|published|relayed|broadcast)\s+by\b/u

// The index of the speaker's attribution the sentence at `i` says the outlet passed on, else -1.
export function remarksRelayedFrom(own: readonly (Attribution | null)[], i: number, said: string): number {
  const a = own[i]
  if (a?.kind !== 'outlet' || a.via) return -1
  const passed = PASSED.exec(said)
  const m = REMARKS.exec(said) ?? (passed ? [passed[0], passed[1] === 'His' ? 'He' : passed[1] === 'Her' ? 'She' : passed[2]!] : null)
  if (!m) return -1
  const pronoun = m[1] === 'He' || m[1] === 'She'
  // (The nearest earlier person: "Kim" names Kim Jong-un; "He" the last one quoted.)
  for (let k = i - 1; k >= 0; k--) {
    const b = own[k]
    if (b?.kind !== 'person') continue
    return pronoun || b.source.split(/\s+/).some((w) => w === m[1] || w.split('-')[0] === m[1]) ? k : -1
  }
  return -1
}
