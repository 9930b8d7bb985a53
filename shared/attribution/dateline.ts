// What a wire dateline tells: the publisher ("BEIJING, Nov. 5 (Xinhua) --")
// and the country the article is written from ("ANKARA, Sept 12 (Reuters) -").

import { stateAdjective } from './state-bodies.ts'
import { COUNTRY_OF_CAPITAL } from './lexicon.ts'
import { isDistributor, knownOutlet } from './outlets.ts'
import { housePublisher } from './wire-datelines.ts'
import { wireCredit } from './wire-credits.ts'

// The adjective of the country a dateline's capital is in: "ANKARA, Sept 12 (Reuters) -" -> Turkish.
export function countryOf(text: string): string | null {
  const place = datelinePlace(text.slice(0, 600))
  // ("SEOUL": the capital of a divided country stands for its own half, state-bodies.ts.)
  return place && COUNTRY_OF_CAPITAL.has(place.trim().toLowerCase()) ? stateAdjective(place.trim()) ?? null : null
}

// ("MOSCOW, Nov 28", "MOSCOW. Nov 28 (Interfax)", "VIENNA —", "VIENNA (Reuters) -": capitals before a comma, a dot, a dash or a bracket.)
const PLACE = /([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]*){0,3})(?:,|\. |\s+(?:—|–|--?)\s|\s+\()/y

// The capitals opening one of the first five lines that are not blank:
// after a headline, a dek and a byline, "NAIROBI, Kenya (AP) —" may open the
// third block. A walk over the lines, not one pattern, because a pattern
// that skips lines lets blank lines be split between its parts in
// exponentially many ways (a text opening with 150 line breaks never ended).
function datelinePlace(head: string): string | null {
  let from = 0
  for (let line = 0; line < 5; line++) {
    const start = firstNonSpace(head, from)
    if (start < 0) return null
    PLACE.lastIndex = start
    const m = PLACE.exec(head)
    if (m) return m[1]!
    const end = head.indexOf('\n', start)
    if (end < 0) return null
    from = end + 1
  }
  return null
}

function firstNonSpace(text: string, from: number): number {
  const space = /\S/g
  space.lastIndex = from
  return space.exec(text)?.index ?? -1
}

// The publisher a wire dateline names: "BEIJING, Nov. 5 (Xinhua) --", "MOSCOW, March 3. /TASS/.",
// "MOSCOW, May 3 (RIA Novosti) -"; else a byline ("By Anna Keller, Reuters") or a
// closing credit ("© 2026 AFP", "Copyright 2026 The Associated Press"). (A photo
// credit, "(Dustin Franz/AFP/Getty Images)", names the picture's agency, not the writer.) Last, an agency's
// byline or closing credit on a site that carries its copy ("By The Associated Press", "— AFP"; wire-credits.ts).
export function publisherOf(text: string): string | null {
  const joint = jointWires(text)
  if (joint.length > 0) return joint[0]!
  const head = text.slice(0, 300)
  const m = /\(([A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})\)\s*(?:--|—|–|-)/.exec(head) ?? /(?<![\p{L}\p{N}])\/([A-Z]{2,10})\/(?![\p{L}])/u.exec(head) ??
    /^By [^\n,|]{2,60}[,|]\s*([A-Z][^\n]{1,40}?)\s*$/m.exec(head) ??
    /(?:©|\bCopyright)\s*(?:\d{4}\s+)?([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*){0,3})\.?\s*(?:All rights reserved\.?)?\s*$/.exec(text.slice(-200))
  const written = m ? m[1]! : housePublisher(text)
  const outlet = written ? knownOutlet(written) : undefined
  // A press-release distributor ("(GLOBE NEWSWIRE) --") carries others' text: no outlet of its own.
  return outlet && !isDistributor(outlet) ? outlet : wireCredit(text)
}

// A joint wire dateline ("WASHINGTON (Reuters/AFP) -") makes the copy every
// named agency's own, so "told Reuters" there is a venue, as under "(Reuters) -".
// Only when every name is a known agency: a photo credit ("(Jane Doe/AFP)") is not one.
const JOINT = /\(([A-Z][A-Za-z.]{1,20}(?: ?\/ ?[A-Z][A-Za-z.]{1,20}){1,2})\)\s*(?:--|—|–|-)/
export function jointWires(text: string): string[] {
  const m = JOINT.exec(text.slice(0, 300))
  if (!m) return []
  const names = m[1]!.split('/').map((part) => knownOutlet(part.trim()))
  return names.every((n) => n !== undefined && !isDistributor(n)) ? names as string[] : []
}
