// A state's ministry named by its country's possessive ("Russia's foreign
// ministry", "Seoul's unification ministry", "Kazakhstan ..., its energy
// ministry said") is one body however the sentence words it, so it takes
// one name (GUIDE 4: the canonical name, aliases folded): the country's
// adjective and the body, as "the Russian foreign ministry" and "Russia's
// Ministry of Economic Development" (-> "Russian Ministry of Economic
// Development") are named. Case is no part of a name when names are
// compared, so the body keeps the words as written.

import { COUNTRY_OF_CAPITAL, DEMONYM_OF } from './lexicon.ts'
import { fold } from './fold.ts'

// Bodies of a state's government with a portfolio; not its army or central bank, which have names of their own.
const STATE_BODY = /^(?:ministry|department|embassy)$/
// Capitals of a divided country stand for their own half.
const HALF: ReadonlyMap<string, string> = new Map([['seoul', 'South Korean'], ['pyongyang', 'North Korean']])

// The adjective of the state that `owner` (a country or its capital, as written) names, or undefined.
export function stateAdjective(owner: string): string | undefined {
  const key = fold(owner)
  return HALF.get(key) ?? DEMONYM_OF.get(COUNTRY_OF_CAPITAL.get(key) ?? key)
}

// "Russian foreign ministry" for owner "Russia" and body "foreign ministry"; null when it is no state's body.
export function stateBodyName(owner: string, body: string): string | null {
  const head = /(\S+)$/.exec(body)?.[1]?.toLowerCase() ?? ''
  if (!STATE_BODY.test(head)) return null
  const adjective = stateAdjective(owner)
  return adjective ? `${adjective} ${body}` : null
}
