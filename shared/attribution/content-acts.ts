// Verbs that carry content only when someone does them (GUIDE 2: stance
// that carries content): a threat ("Moscow threatened to cut supplies"), a
// hope ("Investors are counting on a cut"). A thing doing them is no source:
// "Rising prices threaten to derail the recovery", "The storm threatened to
// flood the town". The verbs' particles are in lexicon.ts NEEDS_PARTICLE.

import { ANONYMOUS_HEADS, PERSON_ROLES } from './lexicon.ts'
import type { Speaker } from './speakers.ts'

const AGENT_ACTS = /^(?:threaten|threatens|threatened|threatening|counting)$/

// The unnamed group's head word: "local officials (anonymous)" -> "officials".
const headOf = (name: string) => name.replace(/\s*(?:#\d+\s*)?\((?:anonymous|unnamed)\)$/, '').split(/\s+/).at(-1)!.toLowerCase()

// Verb w needs an agent and this speaker is none.
export function noAgent(w: string, speaker: Speaker): boolean {
  if (!AGENT_ACTS.test(w)) return false
  switch (speaker.type) {
    case 'pronoun': return !/^(?:he|she|they|we|i)$/.test(speaker.word)
    case 'document': return true
    case 'role': return speaker.group === 'document'
    case 'anonymous': { const head = headOf(speaker.name); return !ANONYMOUS_HEADS.has(head) && !PERSON_ROLES.has(head.replace(/s$/, '')) }
    default: return false
  }
}
