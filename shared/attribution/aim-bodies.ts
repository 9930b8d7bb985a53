// Bodies named for their aim: "Committee to Protect Journalists", "Campaign
// to End Loneliness". Inside such a name "to" joins the body's word to the
// capitalised verb of its aim; after any other word ("Leaders to Meet") it
// is a headline's verb, and no name runs over it.

import type { Token } from './nlp.ts'
import { ORG_WORDS } from './lexicon.ts'

const AIM_WORDS = new Set([...ORG_WORDS, 'campaign', 'coalition', 'movement', 'society', 'network', 'project', 'initiative', 'league', 'alliance', 'trust', 'action'])

// Whether a name may run over "to" after this word ("Committee", "Campaign").
export const aimBodyWord = (word: string): boolean => AIM_WORDS.has(word.toLowerCase())

// Whether token k is such a "to": a capitalised body's word before it, a capitalised verb after it.
export function aimLink(tokens: readonly Token[], k: number, floor: number, ceil: number): boolean {
  const to = tokens[k]
  const body = tokens[k - 1]
  const aim = tokens[k + 1]
  if (!to || to.lower !== 'to' || k - 1 < floor || k + 1 >= ceil || !body || !aim) return false
  // (The tagger reads "to" as an infinitive's or "Protect" as a verb; "the Audit Office to Parliament" is an address.)
  return body.cap && aimBodyWord(body.lower) && aim.cap && (to.pos === 'PART' || aim.pos === 'VERB')
}
