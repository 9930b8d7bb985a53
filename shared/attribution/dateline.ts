// What a wire dateline tells: the publisher ("BEIJING, Nov. 5 (Xinhua) --")
// and the country the article is written from ("ANKARA, Sept 12 (Reuters) -").

import { COUNTRY_OF_CAPITAL, DEMONYM_OF } from './lexicon.ts'
import { knownOutlet } from './outlets.ts'

// The adjective of the country a dateline's capital is in: "ANKARA, Sept 12 (Reuters) -" -> Turkish.
export function countryOf(text: string): string | null {
  const m = /^\s*(?:[^\n]*\n+)?\s*([A-Z][A-Z .'-]{2,30}),/.exec(text.slice(0, 400))
  const country = m ? COUNTRY_OF_CAPITAL.get(m[1]!.trim().toLowerCase()) : undefined
  return country ? DEMONYM_OF.get(country) ?? null : null
}

// The publisher a wire dateline names: "BEIJING, Nov. 5 (Xinhua) --", "MOSCOW, March 3. /TASS/.".
export function publisherOf(text: string): string | null {
  const head = text.slice(0, 200)
  const m = /\(([A-Z][A-Za-z]{1,20})\)\s*(?:--|—|–|-)/.exec(head) ?? /\/([A-Z]{2,10})\//.exec(head)
  return m ? knownOutlet(m[1]!) ?? null : null
}
